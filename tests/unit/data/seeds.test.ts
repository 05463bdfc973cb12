import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { buildSeedDataset } from '../../../src/lib/data/seeds.ts';
import { readSeedFiles, ROOT } from '../../../src/cli/seedFiles.ts';
import { indexDataset } from '../../../src/lib/data/registry.ts';
import { seriesOf } from '../../../src/lib/data/dataset.ts';

const { dataset, issues } = buildSeedDataset(readSeedFiles());
const idx = indexDataset(dataset);
const SEED_DIR = `${ROOT}../shared/seeds/`;
const haveSeedTexts = existsSync(`${SEED_DIR}004_f6d3116d4cc072a8.txt`);
const figures = Papa.parse<Record<string, string>>(
	readFileSync(`${ROOT}seeds/figures.csv`, 'utf8'),
	{ header: true, skipEmptyLines: true }
).data;

const target = (region: string, indicator: string) =>
	dataset.targets.filter(
		(t) =>
			t.region === idx.regions.resolve(region)?.id &&
			t.indicator === idx.indicators.resolve(indicator)?.id
	);

describe('the built-in dataset', () => {
	it('loads every seed and reference row without an error', () => {
		expect(issues.filter((i) => i.issue.severity === 'error')).toEqual([]);
		const reference = Papa.parse<Record<string, string>>(
			readFileSync(`${ROOT}seeds/reference.csv`, 'utf8'),
			{ header: true, skipEmptyLines: true }
		).data;
		expect(dataset.targets.length + dataset.observations.length).toBe(
			figures.length + reference.length
		);
	});

	it('maps every reference row onto the registry (no region or indicator created on the fly)', () => {
		const registry = Papa.parse<string[]>(
			readFileSync(`${ROOT}seeds/regions.csv`, 'utf8').trim()
		).data;
		expect(dataset.regions).toHaveLength(registry.length - 1);
		const indicators = Papa.parse<string[]>(
			readFileSync(`${ROOT}seeds/indicators.csv`, 'utf8').trim()
		).data;
		expect(dataset.indicators).toHaveLength(indicators.length - 1);
	});

	it("holds the Chongqing plan's 2027 targets as the plan states them", () => {
		// The four numbers named in the plan's 2027 goals (004, 一、总体要求).
		expect(
			target('重庆市', '教共体覆盖率').map((t) => [t.year, t.comparator, t.value])
		).toContainEqual([2027, '>=', 90]);
		expect(
			target('重庆市', '智慧教育平台应用覆盖率').map((t) => [t.year, t.comparator, t.value])
		).toContainEqual([2027, '>', 80]);
		expect(target('重庆市', '职业教育双师型教师占比').map((t) => [t.year, t.value])).toContainEqual(
			[2027, 70]
		);
		expect(
			target('重庆市', '普通本科高校专任教师博士学位占比').map((t) => [t.year, t.value])
		).toContainEqual([2027, 45]);
	});

	it('keeps one entry with both sources for a figure in both copies of the plan', () => {
		const t = target('重庆市', '教共体覆盖率').find((x) => x.year === 2027);
		expect(t?.provenance.map((p) => p.source)).toEqual([
			'004_f6d3116d4cc072a8.txt',
			'000_feb311baa4a463b7.txt'
		]);
	});

	it("holds 南岸区's ranges and rate targets", () => {
		expect(
			target('南岸区', '劳动教育特色学校与基地数').map((t) => [t.comparator, t.value, t.valueMax])
		).toEqual([['range', 30, 50]]);
		expect(
			target('南岸区', '全国知名校长培养数').map((t) => [t.comparator, t.value, t.valueMax])
		).toEqual([['range', 3, 5]]);
		expect(
			target('南岸区', '儿童青少年近视率').map((t) => [t.comparator, t.value, t.year])
		).toEqual([['rate<=', -1, null]]);
		expect(idx.indicators.resolve('儿童青少年近视率')?.direction).toBe('down');
	});

	it('puts regions at the right level with the right parent', () => {
		const parent = (name: string) => idx.regions.byId(idx.regions.resolve(name)?.parent ?? '')?.zh;
		expect(parent('南岸区')).toBe('重庆市');
		expect(parent('赣州市')).toBe('江西省');
		expect(parent('嘉兴市')).toBe('浙江省');
		expect(parent('安化县')).toBe('湖南省');
		expect(parent('曹妃甸区')).toBe('河北省');
		expect(idx.regions.resolve('安化县')?.level).toBe('county');
		expect(idx.regions.resolve('重慶市')?.zh).toBe('重庆市'); // traditional alias
	});

	it("keeps both of Chongqing's compulsory-education retention figures", () => {
		const points = seriesOf(
			dataset,
			'chongqing',
			idx.indicators.resolve('九年义务教育巩固率')?.id ?? ''
		);
		// 95.5 (2020, reference), 95.9 (2024, seed 003, year read from the paragraph), 98.3 (2025)
		expect(points.map((p) => [p.year, p.value])).toEqual([
			[2020, 95.5],
			[2024, 95.9],
			[2025, 98.3]
		]);
		expect(points[1]?.observation.yearInferred).toBe(true);
		// …marks the two disputed years, and records the step as a series break at 2025
		expect(points.map((p) => p.disputed?.breakYear ?? null)).toEqual([null, 2025, 2025]);
	});
});

describe.skipIf(!haveSeedTexts)('provenance against the seed documents in ../shared/seeds', () => {
	const texts = new Map<string, string>();
	const text = (file: string) => {
		if (!texts.has(file)) texts.set(file, readFileSync(`${SEED_DIR}${file}`, 'utf8'));
		return texts.get(file) as string;
	};

	it('finds every excerpt verbatim in its file, with the value in it', () => {
		for (const row of figures) {
			const files = row.source?.split(' | ') ?? [];
			const excerpts = row.excerpt?.split(' | ') ?? [];
			expect(excerpts.length, row.excerpt).toBe(files.length);
			files.forEach((file, i) => {
				const excerpt = excerpts[i] ?? '';
				expect(text(file).includes(excerpt), `${file}: ${excerpt}`).toBe(true);
				expect(excerpt.length).toBeLessThanOrEqual(62);
				// the value in digits, or in words for a small number (每个区县办好一所…)
				const digits = String(Math.abs(Number(row.value)));
				const inWords = ['零', '一', '两', '三', '四', '五'][Number(row.value)] ?? digits;
				expect(excerpt.replace(/[，,]/g, ''), `${excerpt} / ${row.value}`).toMatch(
					new RegExp(`${digits}|${inWords}`)
				);
			});
		}
	});

	it('never takes anything from the junk first line of the scraped copy', () => {
		const junk = text('000_feb311baa4a463b7.txt').split('\n')[0] as string;
		expect(junk.length).toBeGreaterThan(5);
		for (const row of figures) expect(row.excerpt?.includes(junk.slice(0, 6))).toBe(false);
	});
});

if (!haveSeedTexts) {
	console.warn(
		`../shared/seeds is absent (${SEED_DIR}): the excerpt checks against the seed documents are skipped.`
	);
}
