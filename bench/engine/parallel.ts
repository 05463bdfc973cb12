/**
 * Re-assessment split over workers (one per core): each holds a share of the series, all
 * re-assess at once after a change, and the page adds up their composites. The main thread
 * only posts the change and sums the answers.
 */
import type { Dataset } from '../../src/lib/data/model.ts';
import type { Assumption } from '../../src/lib/domain/engine/index.ts';
import { BENCH_OPTIONS, engineInput, GLOBAL_CHANGES } from './engine.ts';
import { packedBuffers, packInput } from './packed.ts';
import type { ReassessReply, ReassessRequest } from './reassessWorker.ts';
import { round, spread, type Spread } from '../stats.ts';

export interface ParallelFigures {
	workers: number;
	/** Posting a global change → every worker's composite summed on the main thread, ms. */
	reassess: Spread;
	/** The slowest worker's own re-assessment, median, ms. */
	workerMedianMs: number;
	/** Preparing and handing the series to the workers (once per dataset), ms. */
	loadMs: number;
	/** Σ P over all regions and milestones of the last run (equals the single-thread sum). */
	expectedMet: number;
}

function ask(
	worker: Worker,
	request: ReassessRequest,
	transfer: Transferable[] = []
): Promise<ReassessReply> {
	return new Promise((resolve, reject) => {
		worker.onmessage = (event: MessageEvent<ReassessReply>) => resolve(event.data);
		worker.onerror = (event) => reject(new Error(event.message));
		worker.postMessage(request, transfer);
	});
}

export async function parallelBench(
	dataset: Dataset,
	workers = 2,
	runs = 15
): Promise<ParallelFigures> {
	const t0 = performance.now();
	const input = engineInput(dataset, BENCH_OPTIONS);
	const pool = Array.from(
		{ length: workers },
		() => new Worker(new URL('./reassessWorker.ts', import.meta.url), { type: 'module' })
	);
	try {
		const share = Math.ceil(input.series.length / workers);
		await Promise.all(
			pool.map((w, i) => {
				const packed = packInput(input, i * share, Math.min(input.series.length, (i + 1) * share));
				return ask(w, { type: 'load', input: packed }, packedBuffers(packed));
			})
		);
		const loadMs = performance.now() - t0;
		const total = new Float64Array(input.regions * BENCH_OPTIONS.milestones.length);
		const times: number[] = [];
		const workerTimes: number[] = [];
		for (let i = 0; i < runs + 2; i++) {
			const assumption: Assumption = GLOBAL_CHANGES[i % GLOBAL_CHANGES.length]!;
			const start = performance.now();
			const replies = await Promise.all(pool.map((w) => ask(w, { type: 'reassess', assumption })));
			total.fill(0);
			for (const r of replies)
				if (r.type === 'done') for (let k = 0; k < total.length; k++) total[k]! += r.expected[k]!;
			const elapsed = performance.now() - start;
			if (i >= 2) {
				times.push(elapsed);
				workerTimes.push(Math.max(...replies.map((r) => (r.type === 'done' ? r.ms : 0))));
			}
		}
		return {
			workers,
			reassess: spread(times),
			workerMedianMs: round(
				workerTimes.sort((a, b) => a - b)[Math.floor(workerTimes.length / 2)] ?? NaN
			),
			loadMs: round(loadMs),
			expectedMet: round(
				total.reduce((a, b) => a + b, 0),
				3
			)
		};
	} finally {
		for (const w of pool) w.terminate();
	}
}
