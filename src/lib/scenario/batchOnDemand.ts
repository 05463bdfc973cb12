/**
 * The batch workers behind a stand-in that loads them (batchPool.ts, its share codec and the
 * workers' script) when a dataset first needs them: the built-in data never does, so the first
 * screen does not carry them. Calls keep their order across the load.
 */
import type { BatchWorkers } from './batchPool.ts';

export function batchWorkersOnDemand(): BatchWorkers {
	let pool: Promise<BatchWorkers> | null = null;
	const load = () => (pool ??= import('./batchPool.ts').then((m) => m.batchWorkers()));
	return {
		prepare(input) {
			void load().then((p) => p.prepare(input));
		},
		assess: (input, assumption, settings) =>
			load().then((p) => p.assess(input, assumption, settings)),
		close() {
			void pool?.then((p) => p.close());
			pool = null;
		}
	};
}
