/**
 * The extractor measured against answer keys written by reading the documents
 * (tests/fixtures/extract/README.md): the scoring rules on hand-made cases first, then the
 * texts written for the tests (always present), then the seed documents (skipped, with a
 * message, where ../shared/seeds is absent, as in CI).
 */
import { describe, expect, it } from 'vitest';
import {
	keyItems,
	scoreExtraction,
	type KeyRow,
	type Scored
} from '../../../scripts/extractor-score.ts';
import { measureFixtures, measureSeeds } from '../../../scripts/measure-extractor.ts';

const TEXT = '到2027年，普惠率达到90%，公办率达到55%。新增学位2万个。';

function row(values: Partial<Record<string, string>>): KeyRow {
	return {
		file: 'a.txt',
		region: '',
		value: '',
		value_max: '',
		unit: '%',
		kind: 'target',
		comparator: '>=',
		year: '2027',
		group: '',
		...values
	} as KeyRow;
}

/** A candidate as the extractor would give it, at the first place `number` occurs in TEXT. */
function found(number: string, fields: Partial<Scored> = {}): Scored {
	const start = TEXT.indexOf(number);
	return {
		value: Number(number.replace(/[^\d.]/g, '')),
		valueMax: null,
		unit: '%',
		year: 2027,
		kind: 'target',
		comparator: '>=',
		region: null,
		indicatorPhrase: '',
		valueSpan: { start, end: start + number.length },
		...fields
	};
}

describe('scoring', () => {
	const key = [
		row({ excerpt: '普惠率达到90%', value: '90' }),
		row({ excerpt: '公办率达到55%', value: '55' }),
		row({ excerpt: '新增学位2万个', value: '20000', unit: '个' }),
		row({ excerpt: '不在文中', value: '7' })
	];
	const items = keyItems(key, { 'a.txt': TEXT });

	it('locates each excerpt, and reports the one that is not in the text', () => {
		expect(items.map((i) => i.occurrences.length)).toEqual([1, 1, 1, 0]);
		expect(scoreExtraction(items, new Map()).excerptsNotFound.map((i) => i.line)).toEqual([5]);
	});

	it('counts a value found in place, reads 万 in the unit, and checks year, kind and comparator', () => {
		const candidates = [
			found('90%'),
			found('55%', { kind: 'actual', comparator: null }),
			found('2万个', { value: 2, unit: '万个' }),
			found('2027', { value: 2027, unit: '' })
		];
		const s = scoreExtraction(items, new Map([['a.txt', candidates]])).overall;
		// By value: 90, 55 and 2万 of the 4 items, out of 4 candidates (2027 is no item).
		expect(s.value).toMatchObject({
			expected: 4,
			candidates: 4,
			matched: 3,
			recall: 0.75,
			precision: 0.75
		});
		// Strictly: 55 has the wrong kind, so 90 and 2万 only.
		expect(s.strict).toMatchObject({ matched: 2, recall: 0.5, precision: 0.5 });
	});

	it('does not count the right value in the wrong place, or a wrong year', () => {
		const elsewhere = found('55%', { value: 90 });
		const wrongYear = found('90%', { year: 2025 });
		const s = scoreExtraction(items, new Map([['a.txt', [elsewhere, wrongYear]]]));
		expect(s.overall.value.matched).toBe(1);
		expect(s.overall.strict.matched).toBe(0);
		expect(s.documents[0]!.wrong.map((w) => w.fields)).toEqual([['year']]);
	});

	it('counts a figure stated twice (one group) once, and its second candidate as neither', () => {
		const twice = '2020年毛入园率为90.6%。\n指标\t2020年\n毛入园率\t90.6';
		const rows = [
			row({
				excerpt: '为90.6%',
				value: '90.6',
				kind: 'actual',
				comparator: '',
				year: '2020',
				group: 'g'
			}),
			row({
				excerpt: '\t90.6',
				value: '90.6',
				kind: 'actual',
				comparator: '',
				year: '2020',
				group: 'g'
			})
		];
		const at = (i: number): Scored => ({
			...found('90%'),
			value: 90.6,
			kind: 'actual',
			comparator: null,
			year: 2020,
			valueSpan: { start: i, end: i + 4 }
		});
		const one = scoreExtraction(
			keyItems(rows, { 'a.txt': twice }),
			new Map([['a.txt', [at(twice.indexOf('90.6'))]]])
		);
		expect(one.overall.value).toMatchObject({ expected: 1, candidates: 1, matched: 1 });
		const both = scoreExtraction(
			keyItems(rows, { 'a.txt': twice }),
			new Map([['a.txt', [at(twice.indexOf('90.6')), at(twice.lastIndexOf('90.6'))]]])
		);
		expect(both.overall.value).toMatchObject({
			expected: 1,
			candidates: 1,
			matched: 1,
			precision: 1
		});
	});
});

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

describe('the texts written for the tests (tests/fixtures/extract/key.csv)', () => {
	const m = measureFixtures();

	it('are read with value-only recall and precision ≥ 97 %, strict ≥ 95 %', () => {
		const { value, strict } = m.scores.overall;
		console.log(
			`fixtures: value ${pct(value.recall)} / ${pct(value.precision)}, strict ${pct(strict.recall)} / ${pct(strict.precision)}`
		);
		expect(m.scores.excerptsNotFound).toEqual([]);
		expect(value.recall).toBeGreaterThanOrEqual(0.97);
		expect(value.precision).toBeGreaterThanOrEqual(0.97);
		expect(strict.recall).toBeGreaterThanOrEqual(0.95);
		expect(strict.precision).toBeGreaterThanOrEqual(0.95);
	});
});

describe('the seed documents (tests/fixtures/extract/seed-key.csv)', () => {
	const { measurement, missing } = measureSeeds();
	if (!measurement) {
		console.warn(
			`The seed documents are absent (${missing.join(', ')}): the extractor is not measured on them.`
		);
	}
	it.skipIf(measurement === null)('are read with the same thresholds', () => {
		const { value, strict } = measurement!.scores.overall;
		console.log(
			`seeds: value ${pct(value.recall)} / ${pct(value.precision)}, strict ${pct(strict.recall)} / ${pct(strict.precision)}`
		);
		expect(measurement!.scores.excerptsNotFound).toEqual([]);
		expect(value.recall).toBeGreaterThanOrEqual(0.97);
		expect(value.precision).toBeGreaterThanOrEqual(0.97);
		expect(strict.recall).toBeGreaterThanOrEqual(0.95);
		expect(strict.precision).toBeGreaterThanOrEqual(0.95);
	});
});
