/**
 * Extracted candidates → reviewed rows → a dataset addition with the document as its source,
 * against the built-in dataset (its indicator and region names and aliases).
 */
import { describe, expect, it } from 'vitest';
import { builtInDataset } from '../../../src/cli/seedFiles.ts';
import { mergeDataset } from '../../../src/lib/data/dataset.ts';
import {
	DEFAULT_TITLE,
	candidatesToAddition,
	documentSourceId,
	evidenceExcerpt,
	rowsFromCandidates,
	type ExtractedRow
} from '../../../src/lib/data/extracted.ts';
import { DatasetSchema, type Dataset } from '../../../src/lib/data/model.ts';
import { extractFigures } from '../../../src/lib/domain/extract/index.ts';

const dataset = builtInDataset();

/** Rows for a text read as a 重庆市 document of 2024, all ticked. */
function read(
	text: string,
	defaults: { region?: string } = { region: 'chongqing' }
): ExtractedRow[] {
	const candidates = extractFigures(text, { defaultRegion: '重庆市', documentYear: 2024 });
	return rowsFromCandidates(candidates, dataset, defaults).map((r) => ({ ...r, accept: true }));
}

const PLAN =
	'到2025年，学前三年毛入园率达到95%，培育智慧校园示范校30—50所，确保近视率每年降低1个百分点。';

describe('rows from candidates', () => {
	const rows = read(PLAN);

	it('maps a phrase onto an existing indicator by its alias', () => {
		// 学前三年毛入园率 is an alias of 学前教育毛入园率.
		expect(rows[0]).toMatchObject({
			phrase: '学前三年毛入园率',
			indicatorId: 'preschool-gross-enrolment',
			indicatorName: ''
		});
		expect(rows[2]).toMatchObject({ phrase: '近视率', indicatorId: 'child-myopia-rate' });
	});

	it('matches a close name of a compatible unit, and says so', () => {
		// The dataset has 劳动教育特色学校与基地数 (所); the plan says 劳动教育特色学校与基地.
		const [c] = extractFigures('到2025年，培育劳动教育特色学校与基地30—50所。');
		const [row] = rowsFromCandidates(c ? [c] : [], dataset);
		expect(row).toMatchObject({
			indicatorId: 'labour-education-schools-bases',
			match: { by: 'similar', name: '劳动教育特色学校与基地数' }
		});
		// The same words with a share are not that count.
		const [p] = extractFigures('到2025年，劳动教育特色学校与基地达到30%。');
		expect(rowsFromCandidates(p ? [p] : [], dataset)[0]).toMatchObject({ indicatorId: '' });
	});

	it('proposes a new indicator named by the phrase when nothing matches', () => {
		expect(rows[1]).toMatchObject({ indicatorId: '', indicatorName: '智慧校园示范校' });
	});

	it("maps the candidate's region, or the document's, onto the registry", () => {
		expect(rows.map((r) => r.regionId)).toEqual(['chongqing', 'chongqing', 'chongqing']);
		// A traditional-script name in the text resolves through the aliases.
		const [c] = extractFigures('到2025年，学前教育毛入园率达到95%。', { defaultRegion: '重慶' });
		expect(rowsFromCandidates(c ? [c] : [], dataset)[0]).toMatchObject({
			regionId: 'chongqing',
			regionName: ''
		});
		// A region the registry does not know is kept by name, to be created.
		const [d] = extractFigures('到2025年，学前教育毛入园率达到95%。', { defaultRegion: '某县' });
		expect(rowsFromCandidates(d ? [d] : [], dataset)[0]).toMatchObject({
			regionId: '',
			regionName: '某县'
		});
	});

	it('ticks only candidates the extractor is sure of', () => {
		const fresh = rowsFromCandidates(extractFigures(PLAN), dataset);
		expect(fresh.every((r) => r.accept === r.confidence >= 0.7)).toBe(true);
	});

	it('gives every target a comparator of the data model (never `=`)', () => {
		expect(rows.map((r) => r.comparator)).toEqual(['>=', 'range', 'rate<=']);
	});
});

describe('the addition', () => {
	const rows = read(PLAN);
	const result = candidatesToAddition(rows, dataset, { title: '某区教育规划', text: PLAN });
	const { addition } = result;

	it('adds every ticked row as a target, with the document as a source of kind document', () => {
		expect(result.count).toBe(3);
		expect(result.rejectedRows).toEqual([]);
		expect(addition.sources).toEqual([
			{ id: 'doc:某区教育规划', kind: 'document', title: '某区教育规划' }
		]);
		expect(addition.targets.flatMap((t) => t.provenance.map((p) => p.source))).toEqual(
			Array(3).fill('doc:某区教育规划')
		);
		expect(() => DatasetSchema.parse(mergeDataset(dataset, addition))).not.toThrow();
	});

	it('keeps existing indicators and regions by id, and creates the new indicator', () => {
		expect(addition.targets.map((t) => [t.region, t.indicator])).toEqual([
			['chongqing', 'preschool-gross-enrolment'],
			['chongqing', '智慧校园示范校'],
			['chongqing', 'child-myopia-rate']
		]);
		expect(addition.regions).toEqual([]);
		expect(addition.indicators).toEqual([
			{
				id: '智慧校园示范校',
				zh: '智慧校园示范校',
				en: '智慧校园示范校',
				aliases: [],
				unit: '所',
				direction: 'up'
			}
		]);
	});

	it('keeps a range target with both ends and a yearly-change target with its own unit', () => {
		const [, range, rate] = addition.targets;
		expect(range).toMatchObject({ comparator: 'range', value: 30, valueMax: 50, year: 2025 });
		expect(rate).toMatchObject({
			comparator: 'rate<=',
			value: -1,
			unit: '个百分点',
			valueMax: null
		});
		// The rate unit differs from the indicator's % on purpose: no warning for it.
		expect(result.issues.filter((i) => i.column === 'unit')).toEqual([]);
	});

	it('quotes the evidence around the value as the excerpt', () => {
		const excerpts = addition.targets.map((t) => t.provenance[0]?.excerpt ?? '');
		expect(excerpts[0]).toContain('95%');
		expect(excerpts[1]).toContain('30—50所');
		expect(excerpts[2]).toContain('每年降低1个百分点');
		for (const e of excerpts) expect(e.length).toBeLessThanOrEqual(62);
	});

	it('uses the analyst’s edits: another indicator, region, year, an actual value', () => {
		const edited = rows.map((r, i) =>
			i === 0
				? {
						...r,
						indicatorId: '',
						indicatorName: '学前毛入园率（新口径）',
						regionId: 'nanan',
						year: null
					}
				: i === 1
					? { ...r, kind: 'actual' as const }
					: { ...r, accept: false }
		);
		const out = candidatesToAddition(edited, dataset, { title: 'x', text: PLAN });
		expect(out.addition.targets).toHaveLength(1);
		expect(out.addition.targets[0]).toMatchObject({
			region: 'nanan',
			indicator: '学前毛入园率（新口径）',
			year: null
		});
		// Actual: no comparator, no upper end.
		expect(out.addition.observations).toEqual([
			expect.objectContaining({ indicator: '智慧校园示范校', value: 30, year: 2025 })
		]);
		expect(out.issues.filter((i) => i.severity === 'error')).toEqual([]);
	});

	it('makes a new indicator of a lowering target point down', () => {
		const text = '到2025年，近视发生率每年降低0.5个百分点。';
		const out = candidatesToAddition(read(text), dataset, { title: 'x', text });
		expect(out.addition.indicators.map((i) => [i.zh, i.direction])).toEqual([
			['近视发生率', 'down']
		]);
	});

	it('reports refused rows by their table row and adds the rest', () => {
		const broken = rows.map((r, i) =>
			i === 0 ? { ...r, regionId: '', regionName: '' } : i === 1 ? { ...r, valueMax: null } : r
		);
		const out = candidatesToAddition(broken, dataset, { title: 'x', text: PLAN });
		expect(out.rejectedRows).toEqual([1, 2]);
		expect(out.issues.filter((i) => i.severity === 'error').map((i) => [i.row, i.column])).toEqual([
			[1, 'region'],
			[2, 'value_max']
		]);
		expect(out.count).toBe(1);
		expect(out.addition.targets[0]?.indicator).toBe('child-myopia-rate');
	});

	it('adds nothing, not even the source, when no row is ticked or all are refused', () => {
		const none = candidatesToAddition(
			rows.map((r) => ({ ...r, accept: false })),
			dataset,
			{ title: 'x', text: PLAN }
		);
		expect(none.addition).toEqual({
			sources: [],
			regions: [],
			indicators: [],
			observations: [],
			targets: []
		});
		expect(none.count).toBe(0);
	});

	it('names a pasted text 粘贴的文本 and keeps the file name of an opened one', () => {
		const pasted = candidatesToAddition(rows, dataset, { title: '  ', text: PLAN });
		expect(pasted.addition.sources[0]).toMatchObject({
			id: `doc:${DEFAULT_TITLE}`,
			title: DEFAULT_TITLE
		});
		const opened = candidatesToAddition(rows, dataset, {
			title: '规划',
			text: PLAN,
			file: '规划.txt'
		});
		expect(opened.addition.sources[0]).toMatchObject({ file: '规划.txt', kind: 'document' });
	});

	it('gives the source an id not yet taken', () => {
		const withOne: Dataset = mergeDataset(dataset, addition);
		expect(documentSourceId('某区教育规划', withOne)).toBe('doc:某区教育规划 (2)');
		const again = candidatesToAddition(rows, withOne, { title: '某区教育规划', text: PLAN });
		expect(again.addition.sources.map((s) => s.id)).toEqual(['doc:某区教育规划 (2)']);
		expect(again.addition.targets[0]?.provenance[0]?.source).toBe('doc:某区教育规划 (2)');
	});

	it('keeps a section the extractor found in the provenance', () => {
		const text = '二、主要目标\n（一）学前教育\n到2025年，学前教育毛入园率达到95%。';
		const out = candidatesToAddition(read(text), dataset, { title: 'x', text });
		expect(out.addition.targets[0]?.provenance[0]?.section).toBe('（一）学前教育');
	});
});

describe('the evidence excerpt', () => {
	it('is the whole clause when short, whitespace folded', () => {
		const text = '到2025年，学前教育\n  毛入园率达到95%。';
		expect(evidenceExcerpt(text, { start: 0, end: text.length - 1 }, { start: 20, end: 23 })).toBe(
			'到2025年，学前教育 毛入园率达到95%'
		);
	});

	it('is cut around the value, marked with …, when the clause is long', () => {
		const text = `${'甲'.repeat(100)}达到95%${'乙'.repeat(100)}`;
		const value = { start: 102, end: 105 };
		const e = evidenceExcerpt(text, { start: 0, end: text.length }, value);
		expect(e).toContain('95%');
		expect(e.startsWith('…') && e.endsWith('…')).toBe(true);
		expect(e.length).toBe(62);
		const atEnd = evidenceExcerpt(text, { start: 0, end: 107 }, value);
		expect(atEnd.endsWith('达到95%乙乙')).toBe(true);
		expect(atEnd.startsWith('…')).toBe(true);
	});
});
