/** The messages between {@link importInWorker} and the import worker (structured-cloneable). */
import type { Dataset } from '../model.ts';
import type { ImportDefaults, ImportReport } from './types.ts';

export interface ImportRequest {
	id: number;
	bytes: ArrayBuffer;
	base: Dataset;
	fileName?: string;
	defaults?: ImportDefaults;
}

export type ImportResponse =
	| { id: number; type: 'progress'; fraction: number }
	| { id: number; type: 'done'; report: ImportReport }
	| { id: number; type: 'input-error'; zh: string; en: string }
	| { id: number; type: 'error'; message: string };
