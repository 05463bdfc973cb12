/**
 * Where the batch workers pay: a global change (one method for every series, taken in turn so
 * that every run refits everything) on the page's own runner, on this thread and in the page's
 * batch workers, for county datasets of growing size. The runner sends global changes to the
 * workers from `WORKER_MIN_ROWS` rows (src/lib/scenario/run.ts); this is the measurement that
 * number rests on. Timed from the change to the results being readable on this thread.
 */
import { asColumnar } from '../../src/lib/data/columnar.ts';
import type { Assumption } from '../../src/lib/domain/engine/index.ts';
import { seriesKey } from '../../src/lib/scenario/apply.ts';
import { batchWorkers } from '../../src/lib/scenario/batchPool.ts';
import { ScenarioRunner, WORKER_MIN_ROWS } from '../../src/lib/scenario/run.ts';
import { makeCountyDataset } from './county.ts';
import { median, round } from '../stats.ts';

export interface CrossoverRow {
	regions: number;
	/** Targets assessed (rows of the runner's table). */
	rows: number;
	threadMs: number;
	workersMs: number;
}

export interface CrossoverFigures {
	workers: number;
	/** The runner's threshold as built. */
	workerMinRows: number;
	sizes: CrossoverRow[];
}

const SETTINGS = { horizon: 2035, milestones: [2027, 2029, 2035], asOf: 2026 };
const METHODS = ['compound', 'gap', 'linear'] as const;

function allWith(keys: readonly string[], method: (typeof METHODS)[number]) {
	const m = new Map<string, Assumption>();
	for (const k of keys) m.set(k, { method });
	return m;
}

async function timeRunner(
	runner: ScenarioRunner,
	keys: string[],
	next: () => Promise<void>,
	runs: number
) {
	const times: number[] = [];
	for (let i = 0; i < runs + 2; i++) {
		const assumptions = allWith(keys, METHODS[i % METHODS.length]!);
		const t0 = performance.now();
		let result = runner.run(assumptions, SETTINGS);
		if (result.pending) {
			await next();
			result = runner.run(assumptions, SETTINGS);
		}
		void result.composite.length;
		if (i >= 2) times.push(performance.now() - t0);
	}
	return round(median(times));
}

export async function crossoverBench(
	sizes: readonly number[] = [30, 100, 300, 1000, 3000],
	runs = 5
): Promise<CrossoverFigures> {
	const pool = batchWorkers();
	const out: CrossoverRow[] = [];
	try {
		for (const regions of sizes) {
			const dataset = asColumnar(
				makeCountyDataset({ regions, indicators: 30, years: 10, milestones: [2027, 2029, 2035] })
			);
			const keys = dataset.regions.flatMap((r) =>
				dataset.indicators.map((ind) => seriesKey(r.id, ind.id))
			);
			const thread = new ScenarioRunner(dataset, { workers: null });
			thread.run(new Map(), SETTINGS);
			const threadMs = await timeRunner(thread, keys, async () => {}, runs);
			let resolve: () => void = () => {};
			const inWorkers = new ScenarioRunner(dataset, {
				workers: pool,
				workerMinRows: 0,
				onUpdate: () => resolve()
			});
			inWorkers.run(new Map(), SETTINGS);
			const next = () => new Promise<void>((r) => (resolve = r));
			const workersMs = await timeRunner(inWorkers, keys, next, runs);
			out.push({ regions, rows: thread.rowCount, threadMs, workersMs });
		}
	} finally {
		pool.close();
	}
	return {
		workers: Math.max(2, Math.min(4, navigator.hardwareConcurrency || 2)),
		workerMinRows: WORKER_MIN_ROWS,
		sizes: out
	};
}
