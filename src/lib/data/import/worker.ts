/**
 * The Web Worker that runs the import pipeline off the main thread, posting progress while it
 * parses. Started by {@link importInWorker} as a module worker. Long lists of the report
 * (figures, issues, conflicts) are posted in parts before the report itself (see protocol.ts).
 */
import { InputError } from '../issues.ts';
import { importBytes } from './pipeline.ts';
import {
	PART_LISTS,
	PART_SIZE,
	reportList,
	withList,
	type ImportRequest,
	type ImportResponse,
	type PartList
} from './protocol.ts';
import { packedBuffers, packFigures } from './transfer.ts';
import type { Observation, Target } from '../model.ts';

/** The worker's global scope, typed by what is used (the project's lib has no WebWorker types). */
const scope = self as unknown as {
	postMessage(message: ImportResponse, transfer?: Transferable[]): void;
	onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
};

scope.onmessage = (event) => {
	const { id, bytes, base, fileName, defaults } = event.data;
	let last = -1;
	try {
		const start = performance.now();
		let report = importBytes(bytes, base, {
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
		const pipelineMs = performance.now() - start;
		const parted: PartList[] = [];
		for (const list of PART_LISTS) {
			const items = reportList(report, list);
			if (items.length <= PART_SIZE) continue;
			const figures = list === 'observations' || list === 'targets';
			for (let at = 0; at < items.length; at += PART_SIZE) {
				const slice = items.slice(at, at + PART_SIZE);
				const packed = figures ? packFigures(slice as (Observation | Target)[], list) : null;
				if (packed) scope.postMessage({ id, type: 'part', list, packed }, packedBuffers(packed));
				else scope.postMessage({ id, type: 'part', list, items: slice });
			}
			report = withList(report, list, []);
			parted.push(list);
		}
		scope.postMessage({ id, type: 'done', report, parted, pipelineMs });
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
