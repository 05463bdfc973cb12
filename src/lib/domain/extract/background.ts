/**
 * Reading a document in a module Web Worker (worker.ts), with progress, stopped by an
 * AbortSignal; on the main thread where workers are unavailable (node, a worker that does not
 * start). Kept apart from worker.ts so that the worker does not bundle itself.
 */
import { readDocument } from './index.ts';
import type { DocumentReading, ExtractOptions } from './types.ts';
import type { ReadRequest, ReadResponse } from './worker.ts';

/** Reads a document; `signal` stops it. */
export type Reader = (
	text: string,
	options: ExtractOptions,
	onProgress: (fraction: number) => void,
	signal: AbortSignal
) => Promise<DocumentReading>;

/** Read in a module Web Worker; on the main thread where workers are unavailable (node). */
export const readInBackground: Reader = (text, options, onProgress, signal) => {
	if (typeof Worker === 'undefined')
		return Promise.resolve(readDocument(text, options, onProgress));
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./worker.ts', import.meta.url), {
			type: 'module'
		});
		const stop = () => {
			worker.terminate();
			reject(new DOMException('stopped', 'AbortError'));
		};
		signal.addEventListener('abort', stop, { once: true });
		const done = () => {
			signal.removeEventListener('abort', stop);
			worker.terminate();
		};
		worker.onmessage = (event: MessageEvent<ReadResponse>) => {
			const m = event.data;
			if (m.type === 'progress') onProgress(m.fraction);
			else if (m.type === 'done') {
				done();
				resolve(m.reading);
			} else {
				done();
				reject(new Error(m.message));
			}
		};
		worker.onerror = (event) => {
			done();
			event.preventDefault();
			// The worker did not start (module workers unsupported): read here instead.
			try {
				resolve(readDocument(text, options, onProgress));
			} catch (error) {
				reject(error);
			}
		};
		const request: ReadRequest = { id: 1, text, options };
		worker.postMessage(request);
	});
};
