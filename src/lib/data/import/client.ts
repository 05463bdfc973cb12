/**
 * The page's entry to the importer: read a File/Blob, run the pipeline in a module Web Worker
 * (progress 0..1 reported while papaparse works through the chunks), and fall back to the main
 * thread where workers are unavailable (node, old browsers, a worker that fails to start).
 * The report's long lists arrive in parts, one message (one short task) each; the performance
 * timeline gets a `mubiao:import` measure with the pipeline's own time in its detail.
 */
import { InputError } from '../issues.ts';
import type { Dataset } from '../model.ts';
import { importBytes } from './pipeline.ts';
import { withList, type ImportRequest, type ImportResponse, type PartList } from './protocol.ts';
import { unpackFigures } from './transfer.ts';
import type { ImportDefaults, ImportReport } from './types.ts';

/** Options that can cross into a worker (no callbacks). */
export interface WorkerImportOptions {
	/** Defaults to the File's name. */
	fileName?: string;
	defaults?: ImportDefaults;
}

let nextId = 1;

function fileNameOf(file: Blob, options: WorkerImportOptions): string | undefined {
	if (options.fileName) return options.fileName;
	const name = (file as Partial<File>).name;
	return typeof name === 'string' && name !== '' ? name : undefined;
}

function onMainThread(
	bytes: ArrayBuffer,
	base: Dataset,
	fileName: string | undefined,
	options: WorkerImportOptions,
	onProgress?: (fraction: number) => void
): ImportReport {
	return importBytes(bytes, base, {
		...(fileName ? { fileName } : {}),
		...(options.defaults ? { defaults: options.defaults } : {}),
		...(onProgress ? { onProgress } : {})
	});
}

function startWorker(): Worker | null {
	if (typeof Worker === 'undefined') return null;
	try {
		return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
	} catch {
		return null;
	}
}

/**
 * Import a file off the main thread. Resolves with the report; rejects with
 * {@link InputError} (one sentence, both languages) when the file is not data.
 */
export async function importInWorker(
	file: Blob,
	base: Dataset,
	options: WorkerImportOptions = {},
	onProgress?: (fraction: number) => void
): Promise<ImportReport> {
	const bytes = await file.arrayBuffer();
	const fileName = fileNameOf(file, options);
	const worker = startWorker();
	if (!worker) return onMainThread(bytes, base, fileName, options, onProgress);

	const id = nextId++;
	const started = performance.now();
	return new Promise<ImportReport>((resolve, reject) => {
		let heard = false;
		const parts = new Map<PartList, unknown[]>();
		const finish = () => worker.terminate();
		worker.onmessage = (event: MessageEvent<ImportResponse>) => {
			const message = event.data;
			if (message.id !== id) return;
			heard = true;
			if (message.type === 'progress') onProgress?.(message.fraction);
			else if (message.type === 'part') {
				let items = parts.get(message.list);
				if (!items) parts.set(message.list, (items = []));
				for (const item of 'packed' in message ? unpackFigures(message.packed) : message.items)
					items.push(item);
			} else if (message.type === 'done') {
				finish();
				let report = message.report;
				for (const list of message.parted) report = withList(report, list, parts.get(list) ?? []);
				performance.measure('mubiao:import', {
					start: started,
					detail: { pipelineMs: message.pipelineMs, figures: report.figures }
				});
				onProgress?.(1);
				resolve(report);
			} else if (message.type === 'input-error') {
				finish();
				reject(new InputError(message.zh, message.en));
			} else {
				finish();
				reject(new Error(message.message));
			}
		};
		worker.onerror = (event) => {
			finish();
			if (heard) {
				reject(new Error(event.message || 'import worker failed'));
				return;
			}
			// The worker never started (e.g. module workers unsupported): do it here instead.
			event.preventDefault();
			try {
				resolve(onMainThread(bytes, base, fileName, options, onProgress));
			} catch (error) {
				reject(error);
			}
		};
		const request: ImportRequest = {
			id,
			bytes,
			base,
			...(fileName ? { fileName } : {}),
			...(options.defaults ? { defaults: options.defaults } : {})
		};
		// A copy, not a transfer: the main thread keeps the bytes for the fallback.
		worker.postMessage(request);
	});
}
