/**
 * `seeds/figures.csv` is reproducible from the seed documents: extractor + recorded decisions
 * (`seeds/corrections.json`) give the committed file byte for byte. And decisions that no longer
 * fit the extractor's output are errors, never silently applied.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../src/cli/seedFiles.ts';
import { extractFigures, type Candidate } from '../../../src/lib/domain/extract/index.ts';
import { buildFigures } from '../../../scripts/seeds/build.ts';
import { parseCorrections, type Corrections } from '../../../scripts/seeds/corrections.ts';
import { rebuild, seedDir, lineDiff } from '../../../scripts/build-seeds.ts';

const dir = seedDir();
const corrections = parseCorrections(
	JSON.parse(readFileSync(`${ROOT}seeds/corrections.json`, 'utf8'))
);
const haveSeedTexts = corrections.documents.every((d) => existsSync(`${dir}${d.file}`));
if (!haveSeedTexts) {
	console.warn(
		`../shared/seeds is absent (${dir}): the rebuild of seeds/figures.csv from the seed documents is skipped.`
	);
}

describe.skipIf(!haveSeedTexts)(
	'seeds/figures.csv rebuilt from the documents in ../shared/seeds',
	() => {
		const { result, missing } = rebuild(dir);

		it('fits every candidate with exactly one decision', () => {
			expect(missing).toEqual([]);
			expect(result.errors).toEqual([]);
		});

		it('equals the committed file byte for byte', () => {
			const committed = readFileSync(`${ROOT}seeds/figures.csv`, 'utf8');
			expect(lineDiff(committed, result.csv)).toEqual([]);
			expect(result.csv).toBe(committed);
		});

		it('keeps the plan copied in 004 and 000 as one row per figure, 004 first', () => {
			// The plan's 10 figures (the four 2027 targets, 2 h of exercise, 1–2 sports and arts,
			// 100 特色高中, one special-education school per district, 4 % of GDP) are in both copies.
			expect(result.counts.merged).toBe(10);
			const row = result.csv.split('\r\n').find((l) => l.startsWith('重庆市,教共体覆盖率,2027'));
			expect(row).toContain('004_f6d3116d4cc072a8.txt | 000_feb311baa4a463b7.txt');
		});
	}
);

/** A candidate as the extractor would give it, with the fields a test cares about. */
function candidate(text: string, number: string, fields: Partial<Candidate> = {}): Candidate {
	const start = text.indexOf(number);
	return {
		indicatorPhrase: '学前教育普及率',
		region: '南岸区',
		year: 2025,
		value: Number(number),
		valueMax: null,
		unit: '%',
		comparator: '>=',
		kind: 'target',
		approximate: false,
		soft: false,
		confidence: 0.9,
		span: { start: 0, end: text.length },
		valueSpan: { start, end: start + number.length + 1 },
		section: '（二）具体目标',
		...fields
	};
}

const TEXT = '到2025年，学前教育普及率保持100%';
const COPY = '到2025年,學前教育普及率保持100%';

function doc(decisions: Corrections['documents'][number]['decisions']): Corrections {
	return { documents: [{ file: 'a.txt', decisions }] };
}

describe('applying decisions', () => {
	const texts = { 'a.txt': TEXT, 'b.txt': COPY };
	const at = TEXT.indexOf('100');

	it('writes an accepted candidate with the human fields, CRLF line ends and a final CRLF', () => {
		const built = buildFigures(
			{ 'a.txt': TEXT },
			{ 'a.txt': [candidate(TEXT, '100')] },
			{
				documents: [
					{
						file: 'a.txt',
						sections: { '（二）具体目标': '二、(二)' },
						decisions: [
							{ at, value: 100, accept: { indicator: '学前教育普及率', note: '保持, a, b' } }
						]
					}
				]
			}
		);
		expect(built.errors).toEqual([]);
		expect(built.csv).toBe(
			'region,indicator,year,value,unit,kind,comparator,value_max,approximate,source,section,excerpt,note,year_inferred,horizon\r\n' +
				`南岸区,学前教育普及率,2025,100,%,target,>=,,,a.txt,二、(二),${TEXT},"保持, a, b",,\r\n`
		);
		expect(built.counts).toMatchObject({
			acceptedAsIs: 1,
			acceptedWithEdits: 0,
			sectionFromMap: 1
		});
	});

	it('reports a decision whose value is no longer at its offset, and writes nothing', () => {
		const moved = candidate(TEXT, '100', { value: 95 });
		const built = buildFigures(
			{ 'a.txt': TEXT },
			{ 'a.txt': [moved] },
			doc([{ at, value: 100, accept: { indicator: '学前教育普及率' } }])
		);
		expect(built.csv).toBe('');
		expect(built.errors).toHaveLength(2); // the stale decision, and the candidate left undecided
		expect(built.errors[0]).toMatch(
			new RegExp(`a\\.txt: decision at ${at} \\(100\\): the candidate there reads 95%`)
		);
		expect(built.errors[1]).toMatch(/no decision for the candidate at \d+ \(95%/);
	});

	it('reports a decision at an offset where the extractor no longer finds anything', () => {
		const built = buildFigures(
			{ 'a.txt': TEXT },
			{ 'a.txt': [] },
			doc([{ at, value: 100, reject: 'not a figure' }])
		);
		expect(built.errors).toEqual([
			`a.txt: decision at ${at} (100): no candidate has its value there (has the extractor changed?).`
		]);
	});

	it('asks for a phrase when two candidates share offset and value, and uses it', () => {
		const both = [
			candidate(TEXT, '100', { indicatorPhrase: '校内' }),
			candidate(TEXT, '100', { indicatorPhrase: '校外' })
		];
		const vague = buildFigures(
			{ 'a.txt': TEXT },
			{ 'a.txt': both },
			doc([
				{ at, value: 100, accept: { indicator: 'x' } },
				{ at, value: 100, accept: { indicator: 'y' } }
			])
		);
		expect(vague.errors.some((e) => e.includes('2 candidates read 100 there'))).toBe(true);
		const named = buildFigures(
			{ 'a.txt': TEXT },
			{ 'a.txt': both },
			doc([
				{ at, value: 100, phrase: '校外', accept: { indicator: '校外时间' } },
				{ at, value: 100, phrase: '校内', reject: 'duplicate' }
			])
		);
		expect(named.errors).toEqual([]);
		expect(named.csv).toContain('校外时间');
		expect(named.counts.rejected).toEqual({ duplicate: 1 });
	});

	it('merges a copy into one row with both provenances, the original first', () => {
		const built = buildFigures(
			texts,
			{
				'a.txt': [candidate(TEXT, '100')],
				'b.txt': [candidate(COPY, '100', { section: '(二)具体目标' })]
			},
			{
				documents: [
					{
						file: 'a.txt',
						decisions: [
							{ at, value: 100, accept: { indicator: '学前教育普及率', section: '二、（二）' } }
						]
					},
					{
						file: 'b.txt',
						sameAs: 'a.txt',
						sections: { '(二)具体目标': '二、(二)' },
						decisions: [{ at: COPY.indexOf('100'), value: 100, sameAs: at }]
					}
				]
			}
		);
		expect(built.errors).toEqual([]);
		const row = built.csv.split('\r\n')[1];
		// The copy's comma makes the excerpt cell quoted, as in the committed file.
		expect(row).toBe(
			`南岸区,学前教育普及率,2025,100,%,target,>=,,,a.txt | b.txt,二、（二） | 二、(二),"${TEXT} | ${COPY}",,,`
		);
		expect(built.counts.merged).toBe(1);
	});

	it('refuses a sameAs pointing at a different figure', () => {
		const built = buildFigures(
			texts,
			{ 'a.txt': [candidate(TEXT, '100')], 'b.txt': [candidate(COPY, '100', { unit: '所' })] },
			{
				documents: [
					{
						file: 'a.txt',
						decisions: [{ at, value: 100, accept: { indicator: '学前教育普及率' } }]
					},
					{
						file: 'b.txt',
						sameAs: 'a.txt',
						decisions: [{ at: COPY.indexOf('100'), value: 100, sameAs: at }]
					}
				]
			}
		);
		expect(built.errors[0]).toMatch(/is not the figure 100% it is said to be/);
	});

	it('adds a missed figure only with an excerpt found in the text', () => {
		const add = (excerpt: string) =>
			buildFigures(
				{ 'a.txt': TEXT },
				{ 'a.txt': [] },
				doc([
					{
						add: {
							region: '南岸区',
							indicator: '学前教育普及率',
							year: 2025,
							value: 100,
							unit: '%',
							kind: 'target',
							comparator: '>=',
							excerpt
						}
					}
				])
			);
		expect(add('学前教育普及率保持100%').csv).toContain(',a.txt,,学前教育普及率保持100%,');
		expect(add('学前教育普及率达到100%').errors[0]).toMatch(/is not in the text/);
	});

	it('drops the comparator of an actual value and needs a region', () => {
		const actual = candidate(TEXT, '100', { kind: 'actual', comparator: '>', region: null });
		const noRegion = buildFigures(
			{ 'a.txt': TEXT },
			{ 'a.txt': [actual] },
			doc([{ at, value: 100, accept: { indicator: 'x' } }])
		);
		expect(noRegion.errors[0]).toMatch(/no region/);
		const ok = buildFigures(
			{ 'a.txt': TEXT },
			{ 'a.txt': [actual] },
			doc([{ at, value: 100, accept: { indicator: 'x', region: '南岸区' } }])
		);
		expect(ok.csv.split('\r\n')[1]).toMatch(/^南岸区,x,2025,100,%,actual,,,,/);
		expect(ok.counts.edited).toEqual({ indicator: 1, region: 1 });
	});

	it('works on the extractor itself: an edited extractor result is caught', () => {
		const found = extractFigures(TEXT);
		const c = found[0] as Candidate;
		const ok = buildFigures(
			{ 'a.txt': TEXT },
			{ 'a.txt': found },
			doc([
				{
					at: c.valueSpan.start,
					value: 100,
					accept: { indicator: '学前教育普及率', region: '南岸区' }
				}
			])
		);
		expect(ok.errors).toEqual([]);
		const shifted = buildFigures(
			{ 'a.txt': TEXT },
			{ 'a.txt': found },
			doc([
				{
					at: c.valueSpan.start + 1,
					value: 100,
					accept: { indicator: '学前教育普及率', region: '南岸区' }
				}
			])
		);
		expect(shifted.errors).toHaveLength(2);
	});
});

describe('reading corrections', () => {
	it('refuses a decision that both accepts and rejects, or an unknown field', () => {
		expect(() =>
			parseCorrections(doc([{ at: 1, value: 1, reject: 'x', accept: { indicator: 'y' } } as never]))
		).toThrow(/corrections\.json/);
		expect(() =>
			parseCorrections({
				documents: [
					{
						file: 'a.txt',
						decisions: [{ at: 1, value: 1, accept: { indicator: 'y', colour: 'red' } }]
					}
				]
			})
		).toThrow();
	});

	it('reads the committed corrections', () => {
		expect(corrections.documents.map((d) => d.file.slice(0, 3))).toEqual([
			'004',
			'000',
			'001',
			'002',
			'003'
		]);
	});
});
