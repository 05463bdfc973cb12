/**
 * The Web Worker that reads a document off the page's main thread, posting progress while it
 * reads; started by `readInBackground` (background.ts). With background.ts the only file of the
 * extractor that is not pure (it talks to its worker scope); {@link answer} is the pure part.
 */
import { readDocument } from './index.ts';
import type { DocumentReading, ExtractOptions } from './types.ts';

/** What the page asks: a document to read. */
export interface ReadRequest {
	id: number;
	text: string;
	options: ExtractOptions;
}

/** What the worker says: how far it is, the reading, or why it failed. */
export type ReadResponse =
	| { id: number; type: 'progress'; fraction: number }
	| { id: number; type: 'done'; reading: DocumentReading }
	| { id: number; type: 'error'; message: string };

/** Read the request's document, saying how far along through `post`. */
export function answer(request: ReadRequest, post: (message: ReadResponse) => void): void {
	const { id } = request;
	try {
		const reading = readDocument(request.text, request.options, (fraction) =>
			post({ id, type: 'progress', fraction })
		);
		post({ id, type: 'done', reading });
	} catch (error) {
		post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
	}
}

/** The worker's scope, typed by what is used (the project's lib has no WebWorker types). */
const scope = globalThis as unknown as {
	postMessage?: (message: ReadResponse) => void;
	onmessage?: ((event: MessageEvent<ReadRequest>) => void) | null;
	document?: unknown;
};

if (typeof scope.document === 'undefined' && typeof scope.postMessage === 'function') {
	scope.onmessage = (event) => answer(event.data, (m) => scope.postMessage?.(m));
}
