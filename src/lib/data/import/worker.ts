/**
 * The Web Worker that runs the import pipeline off the main thread, posting progress while it
 * parses. Started by {@link importInWorker} as a module worker.
 */
import { InputError } from '../issues.ts';
import { importBytes } from './pipeline.ts';
import type { ImportRequest, ImportResponse } from './protocol.ts';

/** The worker's global scope, typed by what is used (the project's lib has no WebWorker types). */
const scope = self as unknown as {
	postMessage(message: ImportResponse): void;
	onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
};

scope.onmessage = (event) => {
	const { id, bytes, base, fileName, defaults } = event.data;
	let last = -1;
	try {
		const report = importBytes(bytes, base, {
			...(fileName ? { fileName } : {}),
			...(defaults ? { defaults } : {}),
			onProgress: (fraction) => {
				// At most one message per percent.
				const step = Math.floor(fraction * 100);
				if (step === last) return;
				last = step;
				scope.postMessage({ id, type: 'progress', fraction });
			}
		});
		scope.postMessage({ id, type: 'done', report });
	} catch (error) {
		if (error instanceof InputError) {
			scope.postMessage({
				id,
				type: 'input-error',
				zh: error.bilingual.zh,
				en: error.bilingual.en
			});
		} else {
			scope.postMessage({
				id,
				type: 'error',
				message: error instanceof Error ? error.message : String(error)
			});
		}
	}
};
