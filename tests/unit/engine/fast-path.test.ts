/**
 * The page's engine path (columnar dataset, packed register table, incremental re-assessment,
 * batch workers) against the reference path it replaced: the object runner of
 * bench/reference/, which builds every series and target group from the dataset's objects and
 * assesses each target with `assessTarget` (engine.md, rule by rule). Every result, projection
 * and composite row must be identical — not close: the same numbers, the same objects' fields —
 * on the built-in data and on the county-level benchmark dataset (its two long tests in
 * fast-path-county.test.ts), after single changes, global changes, new settings, and through the
 * workers.
 */
import { describe, expect, it } from 'vitest';
import { makeCountyDataset } from '../../../bench/engine/county.ts';
import { objectScorecardRows } from '../../../bench/reference/objectScorecard.ts';
import { builtInDataset } from '../../../src/cli/seedFiles.ts';
import { asColumnar } from '../../../src/lib/data/columnar.ts';
import type { Dataset } from '../../../src/lib/data/model.ts';
import type { Assumption } from '../../../src/lib/domain/engine/index.ts';
import { seriesKey } from '../../../src/lib/scenario/apply.ts';
import { answer, type BatchState } from '../../../src/lib/scenario/batchProtocol.ts';
import { expectSame, forAll, inProcessWorker, reference, settings } from './fastPathHelpers.ts';
import { packAssumptions } from '../../../src/lib/scenario/packedAssumptions.ts';
import { runnerInput } from '../../../src/lib/scenario/entries.ts';
import { batchWorkers, type WorkerLike } from '../../../src/lib/scenario/batchPool.ts';
import { ScenarioRunner } from '../../../src/lib/scenario/run.ts';
import type { RunSettings } from '../../../src/lib/scenario/settings.ts';
import { scorecardRows, SORT_KEYS } from '../../../src/lib/state/scorecard.ts';
import { DEFAULT_VIEW_EXTRAS, type View } from '../../../src/lib/state/view.ts';

describe('fast path = reference path, built-in data', () => {
	const plain = builtInDataset();
	const focus = seriesKey('chongqing', plain.targets[0]!.indicator);
	// Each step changes the assumptions of the one before, as the assumption panel does.
	const steps: [string, Map<string, Assumption>][] = [
		['fitted trends', new Map()],
		['a rate', new Map([[focus, { rate: 1.5 }]])],
		['the rate moved', new Map([[focus, { rate: 1.75 }]])],
		['a spread', new Map([[focus, { rate: 1.75, sigma: 0.4 }]])],
		['compound', new Map([[focus, { method: 'compound', rate: 0.02 }]])],
		[
			'gap with a baseline',
			new Map([[focus, { method: 'gap', baseline: { year: 2024, value: 50 } }]])
		],
		[
			'hold, and a second series',
			new Map<string, Assumption>([
				[focus, { method: 'hold' }],
				[seriesKey('national', plain.targets[0]!.indicator), { rate: -0.5, sigma: 0.1 }]
			])
		],
		['reset', new Map()]
	];

	for (const [name, dataset] of [
		['held as objects', plain],
		['held by column', asColumnar(plain)]
	] as const) {
		it(`gives the reference's results at every step (${name})`, () => {
			const runner = new ScenarioRunner(dataset);
			for (const [step, assumptions] of steps) {
				const run = runner.run(assumptions, settings);
				expect(run.pending, step).toBe(false);
				expectSame(run, reference(plain, assumptions));
			}
		});
	}

	it('after a global change and after new settings', () => {
		const dataset = asColumnar(plain);
		const runner = new ScenarioRunner(dataset);
		runner.run(new Map(), settings);
		for (const method of ['compound', 'gap', 'hold', 'linear'] as const) {
			const all = forAll(plain, { method });
			expectSame(runner.run(all, settings), reference(plain, all));
		}
		for (const next of [
			{ ...settings, asOf: 2030 },
			{ ...settings, milestones: [2025, 2030] },
			{ ...settings, baseYear: 2020 }
		]) {
			expectSame(runner.run(new Map(), next), reference(plain, new Map(), next));
		}
	});

	it('through the batch workers', async () => {
		let updates = 0;
		let updated = () => {};
		const runner = new ScenarioRunner(asColumnar(plain), {
			workers: batchWorkers(inProcessWorker, 3),
			workerMinRows: 1,
			onUpdate: () => (updates++, updated())
		});
		runner.run(new Map(), settings);
		for (const method of ['compound', 'gap'] as const) {
			const all = forAll(plain, { method });
			const done = new Promise<void>((resolve) => (updated = resolve));
			expect(runner.run(all, settings).pending).toBe(true);
			// Meanwhile the focus can be projected at once: as the workers' results will have it.
			const now = runner.projectionNow(focus, all.get(focus));
			await done;
			const run = runner.run(all, settings);
			expectSame(run, reference(plain, all));
			expect(now?.requestedMethod).toBe(method);
			expect(now).toEqual(run.projections.get(focus)?.projection);
		}
		expect(updates).toBe(2);
		// A single change after a global one is assessed here, at once.
		const one = forAll(plain, { method: 'gap' });
		one.set(focus, { method: 'gap', rate: 0.05 });
		const run = runner.run(one, settings);
		expect(run.pending).toBe(false);
		expectSame(run, reference(plain, one));
	});
});

describe('the focus region first', () => {
	const plain = builtInDataset();
	const other = 'zhejiang';

	it("while the workers assess, the focus region's results are already the reference's under the change", async () => {
		let updated = () => {};
		let first: string | null = 'chongqing';
		const runner = new ScenarioRunner(asColumnar(plain), {
			workers: batchWorkers(inProcessWorker, 2),
			workerMinRows: 1,
			onUpdate: () => updated(),
			first: () => first
		});
		const before = reference(plain, new Map());
		runner.run(new Map(), settings);
		const all = forAll(plain, { method: 'compound' });
		const after = reference(plain, all);
		const done = new Promise<void>((resolve) => (updated = resolve));
		const meanwhile = runner.run(all, settings);
		expect(meanwhile.pending).toBe(true);
		expect(meanwhile.fresh).toBe('chongqing');
		// Chongqing: the new numbers, its projections under compound, its composite counted anew.
		expect(meanwhile.byRegion.get('chongqing')).toStrictEqual(after.byRegion.get('chongqing'));
		expect(meanwhile.compositeOf('chongqing')).toStrictEqual(
			after.composite.filter((c) => c.region === 'chongqing')
		);
		for (const [key, row] of after.projections)
			if (row.region === 'chongqing') expect(meanwhile.projections.get(key)).toStrictEqual(row);
		// Another region: still the previous run's until the workers are done.
		expect(meanwhile.byRegion.get(other)).toStrictEqual(before.byRegion.get(other));
		expect(after.byRegion.get(other)).not.toStrictEqual(before.byRegion.get(other));
		// A change meanwhile (a slider on the focus) is run once the workers are done: until
		// then the focus shown is not the latest either, and the run says so.
		const moved = new Map(all);
		moved.set(seriesKey('chongqing', plain.targets[0]!.indicator), {
			method: 'compound',
			rate: 0.01
		});
		expect(runner.run(moved, settings).fresh).toBe(null);
		expect(runner.run(moved, settings).pending).toBe(true);
		await done;
		const run = runner.run(all, settings);
		expect([run.pending, run.fresh]).toEqual([false, null]);
		expectSame(run, after);

		// New settings are laid out anew: nothing can be shown early, the focus waits too.
		first = 'zhejiang';
		const next = { ...settings, asOf: 2030 };
		const settled = new Promise<void>((resolve) => (updated = resolve));
		const waiting = runner.run(all, next);
		expect([waiting.pending, waiting.fresh]).toEqual([true, null]);
		expect(waiting.byRegion.get(other)).toStrictEqual(after.byRegion.get(other));
		await settled;
		expectSame(runner.run(all, next), reference(plain, all, next));
	});
});

describe('new settings through the batch workers', () => {
	const plain = builtInDataset();
	const steps: RunSettings[] = [
		{ ...settings, asOf: 2030 },
		{ ...settings, milestones: [2025, 2030] },
		{ ...settings, baseYear: 2020, horizon: 2030 },
		settings
	];

	it('show the previous run meanwhile, then the reference results under the new settings', async () => {
		let updated = () => {};
		const runner = new ScenarioRunner(asColumnar(plain), {
			workers: batchWorkers(inProcessWorker, 2),
			workerMinRows: 1,
			onUpdate: () => updated()
		});
		const all = forAll(plain, { method: 'compound' });
		let shown = runner.run(all, settings);
		// The first run has nothing to show meanwhile: on this thread.
		expect(shown.pending).toBe(false);
		for (const next of steps) {
			const before = shown.rows.count;
			const done = new Promise<void>((resolve) => (updated = resolve));
			const meanwhile = runner.run(all, next);
			expect(meanwhile.pending).toBe(true);
			expect(meanwhile.rows.count).toBe(before);
			await done;
			shown = runner.run(all, next);
			expect(shown.pending).toBe(false);
			expectSame(shown, reference(plain, all, next));
		}
	});

	it('are assessed on this thread when the workers fail', async () => {
		let updated = () => {};
		const failing: WorkerLike = {
			postMessage(message) {
				const reply =
					message.type === 'load'
						? { type: 'loaded' as const, id: message.id }
						: { type: 'error' as const, id: message.id, message: 'out of memory' };
				queueMicrotask(() => failing.onmessage?.({ data: reply }));
			},
			onmessage: null,
			onerror: null,
			terminate() {}
		};
		const runner = new ScenarioRunner(asColumnar(plain), {
			workers: batchWorkers(() => failing, 2),
			workerMinRows: 1,
			onUpdate: () => updated()
		});
		runner.run(new Map(), settings);
		const next = { ...settings, milestones: [2025, 2030] };
		const done = new Promise<void>((resolve) => (updated = resolve));
		expect(runner.run(new Map(), next).pending).toBe(true);
		await done;
		expectSame(runner.run(new Map(), next), reference(plain, new Map(), next));
	});
});

describe("a batch worker's rows", () => {
	// An undated level target whose source has no horizon is judged at the scenario's horizon:
	// its row's year, and so its numbers, depend on the settings. (Built-in data has none.)
	const source = { id: 's', kind: 'reference' as const, title: 'test' };
	const figure = { region: 'r', indicator: 'x', provenance: [{ source: 's' }] };
	const data: Dataset = {
		sources: [source],
		regions: [{ id: 'r', zh: '甲', en: 'A', aliases: [], level: 'province' }],
		indicators: [{ id: 'x', zh: '指标', en: 'X', aliases: [], unit: '%', direction: 'up' }],
		observations: [2018, 2019, 2020, 2021, 2022].map((year, i) => ({
			...figure,
			year,
			value: 60 + 2 * i
		})),
		targets: [{ ...figure, year: null, comparator: '>=', value: 80, valueMax: null }]
	};
	const assess = (state: BatchState, s: RunSettings, id: number) => {
		const { reply } = answer(state, {
			type: 'assess',
			id,
			settings: s,
			assumptions: packAssumptions(() => undefined, 0, 1)
		});
		if (reply.type !== 'done') throw new Error(reply.type);
		return [...reply.data];
	};

	it('follow the settings of each request, as a fresh worker would', () => {
		const share = runnerInput(asColumnar(data));
		const worker: BatchState = { share: null };
		answer(worker, { type: 'load', id: 0, share });
		const later = { ...settings, horizon: 2030 };
		const first = assess(worker, settings, 1);
		const then = assess(worker, later, 2);
		const fresh = (s: RunSettings) => assess({ share }, s, 3);
		// The projection at 2035 and at 2030 differ (a rising trend of 2 points a year).
		expect(then).not.toEqual(first);
		expect(then).toEqual(fresh(later));
		expect(assess(worker, settings, 4)).toEqual(fresh(settings));
	});
});

describe('scorecard rows = the reference filter and sort', () => {
	const cases: [string, Dataset, string][] = [
		['built-in data', builtInDataset(), 'chongqing'],
		[
			'300 counties',
			makeCountyDataset({
				regions: 300,
				indicators: 30,
				years: 10,
				milestones: [2027, 2029, 2035]
			}),
			'county:7'
		]
	];
	for (const [name, dataset, region] of cases) {
		it(`every scope, filter and sort (${name})`, { timeout: 120_000 }, () => {
			const ref = reference(dataset, new Map());
			const run = new ScenarioRunner(asColumnar(dataset)).run(new Map(), settings);
			const base: View = {
				region,
				compare: [],
				indicator: '',
				mode: 'value',
				scope: 'focus',
				milestone: null,
				status: null,
				...DEFAULT_VIEW_EXTRAS
			};
			let compared = 0;
			for (const scope of ['focus', 'all'] as const)
				for (const milestone of [null, 2027, 2035])
					for (const status of [null, 'off-track', 'on-track'])
						for (const key of SORT_KEYS)
							for (const dir of ['asc', 'desc'] as const) {
								const view = { ...base, scope, milestone, status };
								const args = [dataset, view, settings.milestones, { key, dir }] as const;
								const mine = scorecardRows(run, ...args).map((r) => r.key);
								const theirs = objectScorecardRows(ref, ...args).map((r) => r.key);
								expect(mine, `${scope} ${milestone} ${status} ${key} ${dir}`).toEqual(theirs);
								compared += theirs.length;
							}
			expect(compared).toBeGreaterThan(1000);
			const all = { ...base, scope: 'all' as const };
			const sort = { key: 'probability' as const, dir: 'desc' as const };
			expect(
				[...scorecardRows(run, dataset, all, settings.milestones, sort)].slice(0, 200)
			).toStrictEqual(
				objectScorecardRows(ref, dataset, all, settings.milestones, sort).slice(0, 200)
			);
		});
	}
});
