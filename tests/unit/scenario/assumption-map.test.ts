import { describe, expect, it } from 'vitest';
import type { Assumption as EngineAssumption } from '../../../src/lib/domain/engine/index.ts';
import {
	AssumptionOverlay,
	keysBetween,
	withChanges
} from '../../../src/lib/scenario/assumptionMap.ts';
import { resolveAssumptions } from '../../../src/lib/scenario/apply.ts';
import { knownSeriesKey, seriesKeyIn } from '../../../src/lib/data/seriesKeys.ts';
import { ScenarioRunner, type RunResult } from '../../../src/lib/scenario/run.ts';
import type { Assumption } from '../../../src/lib/scenario/schema.ts';
import { DEFAULT_MILESTONES } from '../../../src/lib/scenario/settings.ts';

/** Each result's key, status, probability and projected value, in the run's order. */
const verdicts = (r: RunResult) =>
	r.results.map((x) => [
		x.key,
		x.assessment.status,
		x.assessment.probability,
		x.assessment.projected
	]);

const flat = new Map<string, EngineAssumption>([
	['a', { rate: 1 }],
	['b', { rate: 2 }],
	['c', { method: 'compound' }]
]);

describe('an overlay of assumption changes', () => {
	it('reads as the flat map with the changes made', () => {
		// b changed, c dropped, d added: by hand, a 1 · b 20 · d 4.
		const o = new AssumptionOverlay(
			flat,
			new Map<string, EngineAssumption | undefined>([
				['b', { rate: 20 }],
				['c', undefined],
				['d', { rate: 4 }]
			])
		);
		expect(o.size).toBe(3);
		expect([...o]).toEqual([
			['a', { rate: 1 }],
			['b', { rate: 20 }],
			['d', { rate: 4 }]
		]);
		expect(o.has('c')).toBe(false);
		expect(o.get('c')).toBeUndefined();
		expect(o.get('a')).toEqual({ rate: 1 });
		expect([...o.keys()]).toEqual(['a', 'b', 'd']);
	});

	it('keeps one flat map under every change, and names the keys two maps can differ by', () => {
		const one = withChanges(flat, new Map([['a', { rate: 9 }]]));
		const two = withChanges(one, new Map([['b', undefined]]));
		expect(two).toBeInstanceOf(AssumptionOverlay);
		expect((two as AssumptionOverlay).base).toBe(flat);
		expect([...two]).toEqual([
			['a', { rate: 9 }],
			['c', { method: 'compound' }]
		]);
		expect(keysBetween(one, two)).toEqual(new Set(['a', 'b']));
		expect(keysBetween(flat, one)).toEqual(new Set(['a']));
		// Different flat maps: nothing known, every key must be compared.
		expect(keysBetween(new Map(flat), one)).toBeNull();
	});

	it('folds into a flat map again once the changes are many', () => {
		let m: ReadonlyMap<string, EngineAssumption> = flat;
		for (let i = 0; i < 300; i++) m = withChanges(m, new Map([[`k${i}`, { rate: i }]]));
		// 256 changes at most over one flat map: by the 300th, a new flat map holds the first 257.
		expect(m).toBeInstanceOf(AssumptionOverlay);
		const base = (m as AssumptionOverlay).base;
		expect(base).not.toBe(flat);
		expect(base.size).toBe(3 + 257);
		expect(m.size).toBe(303);
		expect(m.get('k299')).toEqual({ rate: 299 });
	});
});

describe('resolving a list that changed by one entry', () => {
	// A dataset of its own for each test: the shortcut follows the list resolved last per dataset.
	const dataset = () => ({
		sources: [],
		regions: ['r1', 'r2', 'r3'].map((id) => ({
			id,
			zh: id,
			en: id,
			aliases: [],
			level: 'county' as const
		})),
		indicators: [
			{ id: 'x', zh: '指标', en: 'X', aliases: [], unit: '%', direction: 'up' as const }
		],
		observations: [],
		targets: []
	});
	const key = (r: string) => `${r}\u0000x`;

	it('gives what resolving the whole list gives: replaced in place, added, dropped at the end', () => {
		const data = dataset();
		const a1: Assumption = { region: 'r1', indicator: 'x', rate: 1 };
		const a2: Assumption = { region: 'r2', indicator: 'x', rate: 2 };
		const first = resolveAssumptions(data, [a1, a2]);
		expect([...first.assumptions]).toEqual([
			[key('r1'), { rate: 1 }],
			[key('r2'), { rate: 2 }]
		]);
		// r1's rate moved, as a slider writes it (same place in the list).
		const moved = resolveAssumptions(data, [{ ...a1, rate: 1.5 }, a2]);
		expect(moved.assumptions).toBeInstanceOf(AssumptionOverlay);
		expect(new Map(moved.assumptions)).toEqual(
			new Map([
				[key('r1'), { rate: 1.5 }],
				[key('r2'), { rate: 2 }]
			])
		);
		const added = resolveAssumptions(data, [
			{ ...a1, rate: 1.5 },
			a2,
			{ region: 'r3', indicator: 'x', sigma: 0.5 }
		]);
		expect(new Map(added.assumptions).get(key('r3'))).toEqual({ sigma: 0.5 });
		expect(added.assumptions.size).toBe(3);
		const dropped = resolveAssumptions(data, [{ ...a1, rate: 1.5 }, a2]);
		expect(dropped.assumptions.has(key('r3'))).toBe(false);
		expect(dropped.assumptions.size).toBe(2);
	});

	it('still warns of a name the data lacks, and lets a repeated series be decided as before', () => {
		const data = dataset();
		const a1: Assumption = { region: 'r1', indicator: 'x', rate: 1 };
		resolveAssumptions(data, [a1]);
		const unknown = resolveAssumptions(data, [a1, { region: '无此地', indicator: 'x', rate: 3 }]);
		expect(unknown.warnings).toHaveLength(1);
		expect(unknown.assumptions.size).toBe(1);
		// The same series twice: the later entry holds, as when the list is resolved whole.
		const twice = resolveAssumptions(data, [a1, { region: 'r1', indicator: 'x', rate: 7 }]);
		expect(new Map(twice.assumptions)).toEqual(new Map([[key('r1'), { rate: 7 }]]));
	});
});

describe('resolving a new list of the same series in the same places', () => {
	// 100 regions: a new list that changes all of them is more than the few changes a slider
	// makes (those are laid over the last list instead).
	const ids = Array.from({ length: 100 }, (_, i) => `r${i}`);
	const dataset = () => ({
		sources: [],
		regions: ids.map((id) => ({
			id,
			zh: `地${id}`,
			en: id,
			aliases: [],
			level: 'county' as const
		})),
		indicators: [
			{ id: 'x', zh: '指标', en: 'X', aliases: [], unit: '%', direction: 'up' as const }
		],
		observations: [],
		targets: []
	});
	const key = (r: string) => `${r}\u0000x`;
	const every = (method: 'gap' | 'linear'): Assumption[] =>
		ids.map((region) => ({ region, indicator: 'x', method }));

	it('reads every entry anew: the new methods and rates, under the same keys', () => {
		const data = dataset();
		resolveAssumptions(data, every('gap'));
		const list = every('linear');
		list[2] = { region: 'r2', indicator: 'x', method: 'compound', rate: 0.02 };
		const next = resolveAssumptions(data, list);
		expect(next.warnings).toEqual([]);
		expect(next.assumptions.size).toBe(100);
		expect(next.assumptions.get(key('r0'))).toEqual({ method: 'linear' });
		expect(next.assumptions.get(key('r2'))).toEqual({ method: 'compound', rate: 0.02 });
		expect(next.assumptions.get(key('r99'))).toEqual({ method: 'linear' });
		expect(next.assumptions.has('r100\u0000x')).toBe(false);
		const all = [...next.assumptions];
		expect(all).toHaveLength(100);
		expect(all.filter(([, a]) => a.method === 'linear')).toHaveLength(99);
	});

	it('does not read series in other places, or names where ids were, into the old places', () => {
		const data = dataset();
		resolveAssumptions(data, every('gap'));
		// r0 and r1 swapped, every entry with its own rate (the region's number)
		const swapped = ids.map((region, i) => ({ region, indicator: 'x', rate: i }));
		[swapped[0], swapped[1]] = [swapped[1]!, swapped[0]!];
		const s = resolveAssumptions(data, swapped);
		expect(s.assumptions.get(key('r0'))).toEqual({ rate: 0 });
		expect(s.assumptions.get(key('r1'))).toEqual({ rate: 1 });
		expect(s.assumptions.get(key('r50'))).toEqual({ rate: 50 });
		resolveAssumptions(data, every('gap'));
		// the same series, the first by its names
		const named = ids.map((region, i) => ({ region, indicator: 'x', rate: 10 * i }));
		named[0] = { region: '地r7', indicator: '指标', rate: 70 };
		const n = resolveAssumptions(data, named);
		expect(n.assumptions.get(key('r7'))).toEqual({ rate: 70 });
		expect(n.assumptions.has(key('r0'))).toBe(false);
		expect(n.assumptions.size).toBe(99);
	});

	it('keeps the last of a series given twice, as a map set in order would', () => {
		const data = dataset();
		const twice = (scale: number): Assumption[] => [
			{ region: 'r1', indicator: 'x', rate: 1 * scale },
			...ids.map((region, i) => ({ region, indicator: 'x', rate: i * scale }))
		];
		resolveAssumptions(data, twice(1));
		const again = resolveAssumptions(data, twice(10));
		expect(again.assumptions.size).toBe(100);
		// r1 first at 10, then in its own place at 1 × 10: the later holds
		expect(again.assumptions.get(key('r1'))).toEqual({ rate: 10 });
		expect(again.assumptions.get(key('r2'))).toEqual({ rate: 20 });
		const entries = [...again.assumptions];
		expect(entries).toHaveLength(100);
		expect(entries.filter(([k]) => k === key('r1'))).toEqual([[key('r1'), { rate: 10 }]]);
	});
});

describe('resolved keys and assumptions', () => {
	const data = () => ({
		regions: [
			{ id: 'r1', zh: '甲地', en: 'A', aliases: [], level: 'county' as const },
			{ id: 'r2', zh: '乙地', en: 'B', aliases: [], level: 'county' as const }
		],
		indicators: [
			{ id: 'x', zh: '指标', en: 'X', aliases: [], unit: '%', direction: 'up' as const }
		],
		sources: [],
		observations: [],
		targets: []
	});

	it('keys an id pair and its names alike, with one string per pair and dataset', () => {
		const d = data();
		const byId = resolveAssumptions(d, [{ region: 'r1', indicator: 'x', rate: 1 }]);
		const byName = resolveAssumptions(d, [{ region: '甲地', indicator: '指标', rate: 1 }]);
		const [k1] = [...byId.assumptions.keys()];
		const [k2] = [...byName.assumptions.keys()];
		expect(k1).toBe('r1\u0000x');
		expect(k2).toBe(k1);
		expect(seriesKeyIn(d, 'r1', 'x')).toBe(k1);
		// Asked for before: known; never asked for: not.
		expect(knownSeriesKey(d, 'r1', 'x')).toBe(k1);
		expect(knownSeriesKey(d, 'r2', 'x')).toBeUndefined();
		expect(knownSeriesKey(data(), 'r1', 'x')).toBeUndefined();
	});

	it('shares one read-only assumption per method among those that set only a method', () => {
		const d = data();
		const { assumptions } = resolveAssumptions(d, [
			{ region: 'r1', indicator: 'x', method: 'gap' },
			{ region: 'r2', indicator: 'x', method: 'gap' }
		]);
		const [a, b] = [...assumptions.values()];
		expect(a).toEqual({ method: 'gap' });
		expect(b).toBe(a);
		expect(Object.isFrozen(a)).toBe(true);
		// With a rate, its own object.
		const withRate = resolveAssumptions(d, [
			{ region: 'r1', indicator: 'x', method: 'gap', rate: 0.1 }
		]);
		expect([...withRate.assumptions.values()]).toEqual([{ method: 'gap', rate: 0.1 }]);
	});
});

describe('a runner given overlays', () => {
	it('re-assesses only what changed and agrees with a fresh run on the flat map', async () => {
		const { builtInDataset } = await import('../../../src/cli/seedFiles.ts');
		const data = builtInDataset();
		const settings = { horizon: 2035, milestones: DEFAULT_MILESTONES, asOf: 2026 };
		const runner = new ScenarioRunner(data);
		const every = new Map(runner.keys.map((k) => [k, { method: 'linear' as const }]));
		runner.run(every, settings);
		const cq = runner.keys.find((k) => k.startsWith('chongqing\u0000'))!;
		const other = runner.keys.find((k) => !k.startsWith('chongqing\u0000'))!;
		const moved = withChanges(every, new Map([[cq, { rate: 3, sigma: 0.5 }]]));
		runner.run(moved, settings);
		const back = withChanges(
			moved,
			new Map([
				[cq, undefined],
				[other, { rate: -1 }]
			])
		);
		const incremental = runner.run(back, settings);
		const fresh = new ScenarioRunner(data).run(new Map(back), settings);
		expect(verdicts(incremental)).toEqual(verdicts(fresh));
		expect(incremental.composite).toEqual(fresh.composite);
	});
});

describe('a fork of a runner', () => {
	it('gives under no assumptions what a fresh runner gives, and leaves the original as it was', async () => {
		const { builtInDataset } = await import('../../../src/cli/seedFiles.ts');
		const data = builtInDataset();
		const settings = { horizon: 2035, milestones: DEFAULT_MILESTONES, asOf: 2026 };
		const runner = new ScenarioRunner(data);
		// 教共体覆盖率: 85 % in 2025, ≥ 90 % due 2027; 3 points a year projects 91 in 2027
		const cq = 'chongqing\u0000education-community-coverage';
		const mine = new Map<string, EngineAssumption>([[cq, { rate: 3 }]]);
		const before = runner.run(mine, settings);
		const projected = (r: typeof before) =>
			r.results.find(
				(x) =>
					x.region === 'chongqing' &&
					x.indicator === 'education-community-coverage' &&
					x.assessment.evaluatedYear === 2027
			)?.assessment.projected;
		const mineBefore = verdicts(before);
		expect(projected(before)).toBe(91);
		const fork = runner.fork();
		expect(fork).not.toBeNull();
		const fitted = fork!.run(new Map(), settings);
		const fresh = new ScenarioRunner(data).run(new Map(), settings);
		expect(verdicts(fitted)).toEqual(verdicts(fresh));
		expect(fitted.composite).toEqual(fresh.composite);
		// the series differs between the runs, so the comparison above saw it re-assessed
		expect(projected(fitted)).toBe(85);
		expect(verdicts(runner.run(mine, settings))).toEqual(mineBefore);
		// nothing assessed yet: nothing to fork
		expect(new ScenarioRunner(data).fork()).toBeNull();
	});
});
