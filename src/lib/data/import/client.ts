/**
 * The page's connection to the importer: an {@link ImportService} in a module Web Worker,
 * called through comlink, or — where workers are unavailable (node, a worker that fails to
 * start) — the same service on the main thread. Every call is a promise either way. The
 * performance timeline gets a `mubiao:import` measure per read, with the pipeline's own time.
 */
import { proxy, releaseProxy, transfer, wrap, type Remote } from 'comlink';
import type { Dataset, Observation, Target } from '../model.ts';
import { unpackPart } from './parts.ts';
import {
	ImportService,
	type ImportPreview,
	type ImportReview,
	type Outcome,
	type Prepared,
	type ServiceOptions
} from './service.ts';
import type { ImportMapping } from './types.ts';

/** The importer's calls, wherever it runs. */
export interface Importer {
	read(
		file: Blob,
		base: Dataset,
		options: ServiceOptions,
		onProgress?: (fraction: number) => void
	): Promise<Outcome<ImportPreview>>;
	review(mapping: ImportMapping): Promise<Outcome<ImportReview>>;
	prepare(mapping: ImportMapping): Promise<Outcome<Prepared>>;
	/** Part `i` of the prepared figures, unpacked. */
	part(i: number): Promise<{ observations: Observation[]; targets: Target[] }>;
	/** End the worker (the importer cannot be used afterwards). */
	close(): void;
}

function startWorker(): Worker | null {
	if (typeof Worker === 'undefined') return null;
	try {
		return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
	} catch {
		return null;
	}
}

/** Resolves when the worker reports an error before it ever answered (it did not start). */
function failure(worker: Worker): Promise<'failed'> {
	return new Promise((resolve) =>
		worker.addEventListener('error', (event) => {
			event.preventDefault();
			resolve('failed');
		})
	);
}

/** Connect to an importer: in a worker where possible, else on this thread. */
export function connectImporter(): Importer {
	const local = new ImportService();
	const worker = startWorker();
	let remote: Remote<ImportService> | null = worker ? wrap<ImportService>(worker) : null;
	const failed = worker ? failure(worker) : null;
	/** The base the service holds, so that an unchanged dataset is not sent again. */
	let sent: Dataset | null = null;
	let answered = false;

	const useLocal = () => {
		remote?.[releaseProxy]();
		worker?.terminate();
		remote = null;
		sent = null;
	};
	const service = () => remote ?? local;

	return {
		async read(file, base, options, onProgress) {
			const started = performance.now();
			const bytes = await file.arrayBuffer();
			let result: Outcome<ImportPreview>;
			if (remote && failed) {
				const call = remote.read(
					transfer(bytes, [bytes]),
					base === sent ? null : base,
					options,
					onProgress ? proxy(onProgress) : undefined
				);
				const first = await (answered ? call : Promise.race([call, failed]));
				if (first === 'failed') {
					// The worker never started (module workers unsupported): do it here instead.
					useLocal();
					result = await local.read(await file.arrayBuffer(), base, options, onProgress);
				} else result = first;
				answered = true;
			} else result = await local.read(bytes, base, options, onProgress);
			sent = base;
			if (result.ok) {
				performance.measure('mubiao:import', {
					start: started,
					detail: { pipelineMs: result.value.pipelineMs, figures: result.value.figures }
				});
			}
			onProgress?.(1);
			return result;
		},
		review: async (mapping) => service().review(mapping),
		prepare: async (mapping) => service().prepare(mapping),
		part: async (i) => unpackPart(await service().part(i)),
		close() {
			useLocal();
			local.clear();
		}
	};
}
