import { describe, expect, it } from 'vitest';
import { EMPTY_DATASET } from '../../../src/lib/data/model.ts';
import { applyScenario } from '../../../src/lib/scenario/apply.ts';
import { parseScenarioValue } from '../../../src/lib/scenario/parse.ts';
import { ScenarioRunner } from '../../../src/lib/scenario/run.ts';
import { DEFAULT_MILESTONES } from '../../../src/lib/scenario/settings.ts';
import { assessReport } from '../../../src/lib/scenario/report.ts';
import type { Scenario } from '../../../src/lib/scenario/schema.ts';

// A small case carried entirely by the scenario: 50, 54, 58 in 2020, 2022, 2024 lie on a line
// of slope 2 per year with no residual, so the fitted rate is 2 and its standard error 0.
const own = {
	format: 'mubiao-scenario',
	version: 2,
	name: '测试县案例',
	observations: [
		{ region: '测试县', indicator: '测试覆盖率', year: 2020, value: 50, unit: '%' },
		{ region: '测试县', indicator: '测试覆盖率', year: 2022, value: 54, unit: '%' },
		{ region: '测试县', indicator: '测试覆盖率', year: 2024, value: 58, unit: '%' }
	],
	targets: [
		{ region: '测试县', indicator: '测试覆盖率', year: 2027, comparator: '>=', value: 64 },
		{ region: '测试县', indicator: '测试覆盖率', year: 2030, comparator: '>=', value: 72 }
	]
};

function scenario(value: unknown): Scenario {
	const r = parseScenarioValue(value);
	if (!r.ok) throw new Error(r.error.en);
	return r.scenario;
}

function run(s: Scenario) {
	const applied = applyScenario(EMPTY_DATASET, s);
	const settings = { horizon: 2035, milestones: DEFAULT_MILESTONES, asOf: 2026 };
	const result = new ScenarioRunner(applied.dataset).run(applied.assumptions, settings);
	return { applied, result, report: assessReport(s.name, applied.dataset, result, settings) };
}

describe('running a scenario that carries its own data', () => {
	it('creates the region and indicator and assesses its targets on the fitted trend', () => {
		const { applied, report } = run(scenario(own));
		expect(applied.dataset.regions.map((r) => [r.zh, r.level])).toEqual([['测试县', 'county']]);
		const [t2027, t2030] = report.results;
		// 58 + 2·(2027 − 2024) = 64 ≥ 64, σ = 0 → met for certain → on track; r* = (64 − 58)/3 = 2
		expect(t2027).toMatchObject({
			region: '测试县',
			projected: 64,
			probability: 1,
			status: 'on-track',
			rate: 2,
			sigma: 0
		});
		expect(t2027?.requiredRate).toBeCloseTo(2, 12);
		// 58 + 2·6 = 70 < 72 → P = 0, off track; r* = (72 − 58)/6 = 2.3333…
		expect(t2030).toMatchObject({ projected: 70, probability: 0, status: 'off-track' });
		expect(t2030?.requiredRate).toBeCloseTo(14 / 6, 12);
		expect(report.projections[0]).toMatchObject({
			fitted: true,
			values: { 2027: 64, 2029: 68, 2035: 80 }
		});
	});

	it('uses the assumption it sets: rate 2.5 ± 0.5 gives P = Φ(1/3) for the 2030 target', () => {
		const { report } = run(
			scenario({
				...own,
				assumptions: [
					{ region: '测试县', indicator: '测试覆盖率', method: 'linear', rate: 2.5, sigma: 0.5 }
				]
			})
		);
		const t2030 = report.results[1];
		// P = 1 − Φ((r* − r)/σ) = 1 − Φ((2.3333 − 2.5)/0.5) = Φ(0.3333) = 0.630559 (normal table)
		expect(t2030?.probability).toBeCloseTo(0.630559, 5);
		expect(t2030).toMatchObject({ status: 'at-risk', projected: 73, rate: 2.5, sigma: 0.5 });
	});

	it('lets a scenario target replace a loaded target of the same region, indicator and year', () => {
		const first = applyScenario(EMPTY_DATASET, scenario(own)).dataset;
		const replaced = applyScenario(
			first,
			scenario({
				format: 'mubiao-scenario',
				version: 1,
				name: '改',
				targets: [{ region: '测试县', indicator: '测试覆盖率', year: 2027, value: 70 }]
			})
		);
		const t2027 = replaced.dataset.targets.filter((t) => t.year === 2027);
		expect(t2027.map((t) => t.value)).toEqual([70]);
		expect(replaced.dataset.targets).toHaveLength(2);
	});

	it('warns about assumptions for regions the data does not have', () => {
		const { applied } = run(
			scenario({ ...own, assumptions: [{ region: '不存在县', indicator: '测试覆盖率', rate: 1 }] })
		);
		expect(applied.warnings[0]?.en).toMatch(/"不存在县"/);
	});

	it('re-assesses only what changed: unchanged projections keep their results', () => {
		const s = scenario(own);
		const applied = applyScenario(EMPTY_DATASET, s);
		const runner = new ScenarioRunner(applied.dataset);
		const settings = { horizon: 2035, milestones: DEFAULT_MILESTONES, asOf: 2026 };
		const a = runner.run(new Map(), settings);
		const b = runner.run(new Map(), settings);
		expect(b.results[0]).toBe(a.results[0]);
		const key = [...a.projections.keys()][0] as string;
		const c = runner.run(new Map([[key, { rate: 3 }]]), settings);
		expect(c.results[0]).not.toBe(a.results[0]);
		expect(c.results[0]?.assessment.projected).toBe(67); // 58 + 3·3
	});
});

describe('incremental runs', () => {
	it('give the same results, indexes and composite as a fresh run after an assumption changes', async () => {
		const { builtInDataset } = await import('../../../src/cli/seedFiles.ts');
		const dataset = builtInDataset();
		const settings = { horizon: 2035, milestones: DEFAULT_MILESTONES, asOf: 2026 };
		const runner = new ScenarioRunner(dataset);
		runner.run(new Map(), settings);
		const key = runner.keys.find((k) => k.startsWith('chongqing\u0000')) as string;
		const changed = new Map([[key, { rate: 5, sigma: 1 }]]);
		const incremental = runner.run(changed, settings);
		const fresh = new ScenarioRunner(dataset).run(changed, settings);
		const view = (r: typeof fresh) => ({
			results: r.results.map((x) => [x.key, x.assessment.status, x.assessment.probability]),
			composite: r.composite,
			byRegion: [...r.byRegion].map(([k, v]) => [k, v.length]),
			byKey: [...r.byKey].map(([k, v]) => [k, v.length])
		});
		expect(view(incremental)).toEqual(view(fresh));
		expect(incremental.byRegion.get('chongqing')?.every((r) => r.region === 'chongqing')).toBe(
			true
		);
	});
});

describe("a region's composite", () => {
	it('is the rows of that region in the whole composite, counted without the others', async () => {
		const { builtInDataset } = await import('../../../src/cli/seedFiles.ts');
		const dataset = builtInDataset();
		const settings = { horizon: 2035, milestones: DEFAULT_MILESTONES, asOf: 2026 };
		const run = new ScenarioRunner(dataset).run(new Map(), settings);
		// Read one region first: the whole composite is not needed for it.
		const one = run.compositeOf('chongqing');
		expect(one.length).toBeGreaterThan(0);
		expect(one).toEqual(run.composite.filter((c) => c.region === 'chongqing'));
		expect(run.compositeOf('no-such-region')).toEqual([]);
		const regions = new Set(run.composite.map((c) => c.region));
		for (const r of regions)
			expect(run.compositeOf(r)).toEqual(run.composite.filter((c) => c.region === r));
	});
});
