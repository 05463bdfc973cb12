/**
 * What the views of the comparison are built from, on a small hand-made dataset whose numbers
 * are worked out in the comments: the table, the ranking, the dashboard's groups, the sources,
 * the exports' stamp and rounding, and the scenario compared with.
 */
import { describe, expect, it } from 'vitest';
import { builtInDataset } from '../../../src/cli/seedFiles.ts';
import { seriesOf } from '../../../src/lib/data/dataset.ts';
import type { Dataset, Observation } from '../../../src/lib/data/model.ts';
import { indexDataset } from '../../../src/lib/data/registry.ts';
import { splitDetails } from '../../../src/lib/data/seedSplit.ts';
import { projectIndicator, type Projection } from '../../../src/lib/domain/engine/index.ts';
import { parseScenarioValue } from '../../../src/lib/scenario/parse.ts';
import type { ResultRow } from '../../../src/lib/scenario/run.ts';
import { AppState } from '../../../src/lib/state/app.svelte.ts';
import { dashboardGroups } from '../../../src/lib/state/dashboard.ts';
import { tableCsv } from '../../../src/lib/state/exports.ts';
import { bestYear, ranking, rankScopeOf, rankScopes } from '../../../src/lib/state/ranking.ts';
import { seriesTable, sortTableRows } from '../../../src/lib/state/seriesTable.ts';
import { sourcesView } from '../../../src/lib/state/sourcesView.ts';
import { assumptionText, round12, stampLine } from '../../../src/lib/state/stamp.ts';

const obs = (region: string, year: number, value: number, source: string): Observation => ({
	region,
	indicator: 'x',
	year,
	value,
	provenance: [{ source }]
});
const region = (
	id: string,
	level: 'national' | 'province' | 'city' | 'district',
	parent?: string
) => ({
	id,
	zh: id.toUpperCase(),
	en: id,
	aliases: [],
	level,
	...(parent ? { parent } : {})
});

/** p1: 50 (2018, seed), 2020 given twice (54 reference, 55 imported); p2: 60 (2019); cn: 58 (2019). */
const data: Dataset = {
	sources: [
		{ id: 'seed', kind: 'seed', title: 'Seed' },
		{ id: 'ref', kind: 'reference', title: 'Reference' },
		{ id: 'mine', kind: 'import', title: 'My file' }
	],
	regions: [
		region('cn', 'national'),
		region('p1', 'province', 'cn'),
		region('p2', 'province', 'cn'),
		region('p3', 'province', 'cn'),
		region('c1', 'city', 'p1'),
		region('d1', 'district', 'c1')
	],
	indicators: [{ id: 'x', zh: 'X', en: 'X', aliases: [], unit: '%', direction: 'up' }],
	observations: [
		obs('p1', 2018, 50, 'seed'),
		obs('p1', 2020, 54, 'ref'),
		obs('p1', 2020, 55, 'mine'),
		obs('p2', 2019, 60, 'ref'),
		obs('cn', 2019, 58, 'ref')
	],
	targets: []
};

const traits = { bounds: { lo: 0, hi: 100 }, direction: 'up' as const };
const projectionOf = (id: string): Projection =>
	projectIndicator(
		seriesOf(data, id, 'x').map((p) => ({ year: p.year, value: p.value })),
		traits,
		undefined,
		{}
	);
const projections = new Map(['p1', 'p2', 'cn'].map((id) => [id, projectionOf(id)]));

describe('the table view', () => {
	const table = seriesTable({
		dataset: data,
		view: { region: 'p1', compare: ['p2'], indicator: 'x' },
		lang: 'zh',
		projections,
		horizon: 2022,
		targetLabel: () => ''
	});
	const cell = (year: number, col: number) => table.rows.find((r) => r.year === year)?.cells[col];

	it('one row a year, from the first actual to the horizon', () => {
		expect(table.rows.map((r) => r.year)).toEqual([2018, 2019, 2020, 2021, 2022]);
		expect(table.columns.map((c) => [c.region, c.focus])).toEqual([
			['p1', true],
			['p2', false]
		]);
	});

	it('the imported 55 wins 2020 over the reference 54, and says both "entered" and "conflict"', () => {
		expect(cell(2020, 0)).toMatchObject({
			value: 55,
			kind: 'actual',
			entered: true,
			conflict: true
		});
		expect(cell(2018, 0)).toMatchObject({ value: 50, entered: false, conflict: false });
	});

	it('numbers the sources in order of first use', () => {
		expect(table.sources.map((s) => s.title)).toEqual(['Seed', 'My file', 'Reference']);
		expect(cell(2018, 0)?.marks).toEqual([1]);
		expect(cell(2020, 0)?.marks).toEqual([2]);
		expect(cell(2019, 1)?.marks).toEqual([3]);
	});

	it('projects after the anchor: p1 by its line, p2 (one point) held flat', () => {
		// p1: 50 (2018) → 55 (2020), 2.5 a year: 57.5 in 2021, 60 in 2022
		expect(cell(2021, 0)).toMatchObject({ kind: 'projected', assumed: false });
		expect(cell(2021, 0)?.value).toBeCloseTo(57.5, 9);
		expect(cell(2022, 0)?.value).toBeCloseTo(60, 9);
		expect(cell(2020, 1)).toMatchObject({ kind: 'held', value: 60 });
	});

	it('sorts by a region’s values with the empty cells last', () => {
		const byP2 = sortTableRows(table.rows, { by: 1, dir: 'desc' }).map((r) => r.year);
		expect(byP2.slice(-1)).toEqual([2018]); // p2 has nothing before 2019
		const byYear = sortTableRows(table.rows, { by: 'year', dir: 'desc' }).map((r) => r.year);
		expect(byYear).toEqual([2022, 2021, 2020, 2019, 2018]);
	});

	it('exports one line per cell, with its marks and the stamp', () => {
		const csv = tableCsv(table, 'X', '%', {
			scenario: 'S',
			asOf: 2026,
			date: '2026-11-25',
			assumptions: []
		});
		const lines = csv.trim().split('\n');
		expect(lines[0]).toBe(
			'region,indicator,unit,year,value,kind,assumed,entered,approximate,year_inferred,conflict,disputed,sources,scenario,as_of,exported'
		);
		expect(lines).toContain('P1,X,%,2020,55,actual,,true,,,true,,My file,S,2026,2026-11-25');
		expect(lines).toContain('P1,X,%,2021,57.5,projected,,,,,,,,S,2026,2026-11-25');
	});
});

describe('the ranking view', () => {
	it('offers the levels with two regions or more and every region with children', () => {
		expect(rankScopes(data.regions)).toEqual([
			{ level: 'province', parent: null },
			{ level: null, parent: 'p1' },
			{ level: null, parent: 'c1' }
		]);
	});

	it('opens on the focus region’s peers: its siblings below a province, else its level', () => {
		const view = { rankLevel: null, rankParent: null };
		expect(rankScopeOf({ ...view, region: 'd1' }, data.regions)).toEqual({
			level: null,
			parent: 'c1'
		});
		expect(rankScopeOf({ ...view, region: 'p2' }, data.regions)).toEqual({
			level: 'province',
			parent: null
		});
	});

	it('reads between actuals, best first, and lists who has no value', () => {
		// 2019: p1 between 50 (2018) and 55 (2020) = 52.5; p2 60 (actual); p3 nothing; cn 58
		const r = ranking({
			dataset: data,
			scope: { level: 'province', parent: null },
			indicator: 'x',
			direction: 'up',
			year: 2019,
			focus: 'p1',
			projections
		});
		expect(r.entries.map((e) => [e.region, e.kind, e.focus])).toEqual([
			['p2', 'actual', false],
			['p1', 'interpolated', true]
		]);
		expect(r.entries[1]?.value).toBeCloseTo(52.5, 9);
		expect(r.missing).toEqual(['p3']);
		expect(r.national).toEqual({ region: 'cn', value: 58, kind: 'actual' });
	});

	it('never ranks a latest value merely held flat (p2 has one point)', () => {
		const r = ranking({
			dataset: data,
			scope: { level: 'province', parent: null },
			indicator: 'x',
			direction: 'up',
			year: 2021,
			focus: 'p1',
			projections
		});
		expect(r.entries.map((e) => [e.region, e.kind])).toEqual([['p1', 'projected']]);
		expect(r.missing).toEqual(['p2', 'p3']);
	});

	it('opens on the year most regions have an actual for, the latest of those', () => {
		// p1 has 2018 and 2020, p2 has 2019: one each, so the latest, 2020; with cn, 2019 has two
		expect(bestYear(data, ['p1', 'p2', 'p3'], 'x')).toBe(2020);
		expect(bestYear(data, ['p1', 'p2', 'cn'], 'x')).toBe(2019);
		expect(bestYear(data, ['p3'], 'x')).toBeNull();
	});
});

describe('the dashboard’s groups', () => {
	const row = (key: string, year: number | null, evaluatedYear: number, status: string) =>
		({ key, target: { year }, assessment: { evaluatedYear, status } }) as unknown as ResultRow;

	it('dated targets by milestone, then those without a year by where they are judged', () => {
		const groups = dashboardGroups(
			[
				row('history', 2012, 2012, 'met'),
				row('a', 2026, 2026, 'on-track'),
				row('b', 2027, 2027, 'off-track'),
				row('c', 2029, 2029, 'at-risk'),
				row('d', null, 2035, 'no-data'),
				row('e', null, 2025, 'unverified')
			],
			[2027, 2029, 2035],
			2024
		);
		expect(groups.map((g) => [g.kind, g.year, g.rows.map((r) => r.key)])).toEqual([
			['milestone', 2027, ['b', 'a']], // off track before on track
			['milestone', 2029, ['c']],
			['undated', 2025, ['e']],
			['undated', 2035, ['d']]
		]);
		expect(groups[0]?.counts).toEqual({ 'off-track': 1, 'on-track': 1 });
	});
});

describe('the sources view on the built-in data', () => {
	const builtIn = builtInDataset();

	it('shows Chongqing’s series break of 义务教育巩固率 (seeds/conflicts.csv: new series from 2025)', () => {
		const v = sourcesView({
			dataset: builtIn,
			view: { region: 'chongqing', compare: [], indicator: 'compulsory-education-retention' },
			lang: 'zh',
			details: null,
			targetLabel: () => ''
		});
		expect(v.notes).toEqual([expect.objectContaining({ region: 'chongqing', breakYear: 2025 })]);
		expect(v.sources.map((s) => s.source.id)).toContain('003_7d9e99fae4955d64.txt');
	});

	it('the first screen’s dataset keeps the breaks and disagreements (the page judges with them)', () => {
		expect(splitDetails(builtIn).core.conflicts).toEqual(builtIn.conflicts);
	});
});

describe('the exports’ stamp', () => {
	it('rounds to 12 significant digits: no binary noise, every stated figure kept', () => {
		expect(round12(0.4000000000000057)).toBe(0.4);
		expect(round12(2.095588235294118)).toBe(2.09558823529);
		expect(round12(63.5)).toBe(63.5);
		expect(round12(null)).toBeNull();
	});

	it('says the scenario, the assumptions in words, "today" and the date', () => {
		const idx = indexDataset(builtInDataset());
		const a = {
			region: 'chongqing',
			indicator: 'education-community-coverage',
			method: 'compound' as const,
			rate: 0.03
		};
		// compound rates are fractions a year, shown in per cent: 0.03 → 3%
		expect(assumptionText(a, idx, 'zh')).toBe('重庆市 · 教共体覆盖率：复合增长（每年按比例）；3%');
		const stamp = { scenario: '基线 Baseline', asOf: 2026, date: '2026-11-25', assumptions: [] };
		expect(stampLine(stamp, idx, 'zh')).toBe(
			'情景：基线 Baseline｜假设：无（拟合趋势）｜研判基准年 2026｜导出于 2026-11-25'
		);
	});
});

describe('the scenario compared with', () => {
	const builtIn = builtInDataset();

	it('is the fitted trends once the scenario has an assumption, and nothing before', () => {
		const app = new AppState(builtIn);
		expect(app.reference.run).toBeNull();
		app.scenario.setAssumption('chongqing', 'education-community-coverage', { rate: 3 });
		expect(app.reference.run).not.toBeNull();
		// fitted, 教共体 has one point (85 %, 2025): held flat, so 85 in 2027 against 91 now
		const ghost = app.reference.projectionOf('chongqing', 'education-community-coverage');
		expect(ghost?.valueAt(2027)).toBe(85);
		expect(app.run.projections.get(app.focusKey)?.projection.valueAt(2027)).toBe(91);
		// an indicator whose projection did not change has no faint line
		expect(app.reference.projectionOf('chongqing', 'higher-ed-gross-enrolment')).toBeNull();
	});

	it('keeps the faint line where an assumption set on the series meets the fitted trend', () => {
		const app = new AppState(builtIn);
		// 教共体 has one point (85 %, 2025): fitted, it is held flat; a linear rate of 0 holds it
		// flat too, so the two projections are the same line
		app.scenario.setAssumption('chongqing', 'education-community-coverage', {
			method: 'linear',
			rate: 0
		});
		expect(app.run.projections.get(app.focusKey)?.projection.valueAt(2027)).toBe(85);
		const ghost = app.reference.projectionOf('chongqing', 'education-community-coverage');
		expect(ghost?.valueAt(2027)).toBe(85);
		// without an assumption of its own, a series the same in both runs still has none
		expect(app.reference.projectionOf('chongqing', 'higher-ed-gross-enrolment')).toBeNull();
	});

	it('is a chosen scenario, by name, in the view (and so in the link)', async () => {
		const { default: file } = await import('../../../scenarios/accelerated.json');
		const parsed = parseScenarioValue(file);
		if (!parsed.ok) throw new Error('the built-in scenario should parse');
		const app = new AppState(builtIn);
		app.reference.choose({ kind: 'builtin', name: 'accelerated' }, parsed.scenario);
		expect(app.view.against).toEqual({ kind: 'builtin', name: 'accelerated' });
		expect(app.reference.label).toBe('加速 Accelerated');
		expect(app.reference.run).not.toBeNull();
		expect(app.reference.open).toBe(true);
		app.reference.choose(null);
		expect(app.reference.label).toBe('拟合趋势（无假设）');
		expect(app.reference.run).toBeNull();
	});
});
