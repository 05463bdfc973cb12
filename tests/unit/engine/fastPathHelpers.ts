/**
 * What the fast-path tests share (fast-path.test.ts, fast-path-county.test.ts): the settings, the
 * reference path's results, comparisons field by field, a worker stand-in and a global change.
 */
import { isDeepStrictEqual } from 'node:util';
import { expect } from 'vitest';
import { ObjectScenarioRunner } from '../../../bench/reference/objectRunner.ts';
import type { Dataset } from '../../../src/lib/data/model.ts';
import type { Assumption } from '../../../src/lib/domain/engine/index.ts';
import { seriesKey } from '../../../src/lib/scenario/apply.ts';
import { answer, type BatchState } from '../../../src/lib/scenario/batchProtocol.ts';
import type { WorkerLike } from '../../../src/lib/scenario/batchPool.ts';
import type { RunResult } from '../../../src/lib/scenario/run.ts';
import type { RunSettings } from '../../../src/lib/scenario/settings.ts';

export const settings: RunSettings = { horizon: 2035, milestones: [2027, 2029, 2035], asOf: 2026 };

/** The reference's results for `assumptions` (a fresh object runner every time). */
export function reference(dataset: Dataset, assumptions: Map<string, Assumption>, s = settings) {
	return new ObjectScenarioRunner(dataset).run(assumptions, s);
}

/** Every part of a run the page reads, as the reference gives it, compared field by field. */
export function expectSame(run: RunResult, ref: ReturnType<typeof reference>): void {
	expect(run.results.length).toBe(ref.results.length);
	expect(run.composite).toStrictEqual(ref.composite);
	expect(run.results).toStrictEqual(ref.results);
	expect([...run.projections.keys()]).toStrictEqual([...ref.projections.keys()]);
	expect([...run.projections.values()]).toStrictEqual([...ref.projections.values()]);
	expect([...run.byRegion.keys()]).toStrictEqual([...ref.byRegion.keys()]);
	for (const [region, rows] of ref.byRegion) expect(run.byRegion.get(region)).toStrictEqual(rows);
	for (const [key, rows] of ref.byKey) expect(run.byKey.get(key)).toStrictEqual(rows);
}

/** The same, for a dataset too large for `toStrictEqual` to be quick: row by row. */
export function expectSameLarge(run: RunResult, ref: ReturnType<typeof reference>): void {
	expect(run.composite).toStrictEqual(ref.composite);
	const rows = run.results;
	expect(rows.length).toBe(ref.results.length);
	let differ = 0;
	for (let i = 0; i < rows.length; i++) if (!isDeepStrictEqual(rows[i], ref.results[i])) differ++;
	expect(differ).toBe(0);
	const mine = [...run.projections.values()];
	const theirs = [...ref.projections.values()];
	expect(mine.length).toBe(theirs.length);
	let projections = 0;
	for (let i = 0; i < mine.length; i++) if (!isDeepStrictEqual(mine[i], theirs[i])) projections++;
	expect(projections).toBe(0);
}

/** A worker stand-in: the worker's own message handler, with messages cloned as a worker's are. */
export function inProcessWorker(): WorkerLike {
	const state: BatchState = { share: null };
	const w: WorkerLike = {
		onmessage: null,
		onerror: null,
		terminate() {},
		postMessage(message, transfer = []) {
			const request = structuredClone(message, { transfer });
			setTimeout(() => {
				const { reply, transfer: back } = answer(state, request);
				w.onmessage?.({ data: structuredClone(reply, { transfer: back }) });
			});
		}
	};
	return w;
}

/** One assumption per series of the dataset (a global change, e.g. "compound for all"). */
export function forAll(dataset: Dataset, assumption: Assumption): Map<string, Assumption> {
	const out = new Map<string, Assumption>();
	for (const r of dataset.regions)
		for (const i of dataset.indicators) out.set(seriesKey(r.id, i.id), assumption);
	return out;
}
