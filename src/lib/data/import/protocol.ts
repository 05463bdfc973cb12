/** The messages between {@link importInWorker} and the import worker (structured-cloneable). */
import type { Dataset } from '../model.ts';
import type { PackedFigures } from './transfer.ts';
import type { ImportDefaults, ImportReport } from './types.ts';

export interface ImportRequest {
	id: number;
	bytes: ArrayBuffer;
	base: Dataset;
	fileName?: string;
	defaults?: ImportDefaults;
}

/** The report's lists that can run to millions of items: they travel in parts. */
export const PART_LISTS = ['observations', 'targets', 'issues', 'conflicts'] as const;
export type PartList = (typeof PART_LISTS)[number];

/**
 * Items per part. Each message is read by the page in a task of its own: a packed part of this
 * size takes a few milliseconds to rebuild, one sent as objects about 30 ms to deserialise
 * (where one message with three million figures held the main thread for seconds).
 */
export const PART_SIZE = 10_000;

export type ImportResponse =
	| { id: number; type: 'progress'; fraction: number }
	/** The next items of one of the report's long lists, in order (figures usually packed). */
	| { id: number; type: 'part'; list: PartList; items: unknown[] }
	| { id: number; type: 'part'; list: PartList; packed: PackedFigures }
	/** The report, with the lists sent in parts left empty; how long the pipeline took. */
	| { id: number; type: 'done'; report: ImportReport; parted: PartList[]; pipelineMs: number }
	| { id: number; type: 'input-error'; zh: string; en: string }
	| { id: number; type: 'error'; message: string };

/** Where each list lives in a report. */
export function reportList(report: ImportReport, list: PartList): unknown[] {
	switch (list) {
		case 'observations':
			return report.addition.observations;
		case 'targets':
			return report.addition.targets;
		case 'issues':
			return report.issues;
		case 'conflicts':
			return report.conflicts;
	}
}

/** A shallow copy of `report` with `list` replaced by `items`. */
export function withList(report: ImportReport, list: PartList, items: unknown[]): ImportReport {
	switch (list) {
		case 'observations':
			return {
				...report,
				addition: { ...report.addition, observations: items as Dataset['observations'] }
			};
		case 'targets':
			return { ...report, addition: { ...report.addition, targets: items as Dataset['targets'] } };
		case 'issues':
			return { ...report, issues: items as ImportReport['issues'] };
		case 'conflicts':
			return { ...report, conflicts: items as ImportReport['conflicts'] };
	}
}
