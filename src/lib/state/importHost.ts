/**
 * How an import session and the app meet: the host gives the session the loaded data and takes
 * the new dataset when an import is applied; a file to download is its content and name.
 */
import { canonicalCsvForExcel, templateCsvForExcel } from '../data/import/template.ts';
import type { Bilingual } from '../data/issues.ts';
import type { ImportSummary } from '../data/layers.ts';
import type { Dataset } from '../data/model.ts';
import { loadSeedDetails } from './seedDetails.ts';

/** What an applied import brought, for the app to show it (focus, comparison, message). */
export interface AppliedImport {
	fileName: string;
	figures: number;
	/** What undo says it takes back. */
	label: Bilingual;
	/** Regions the import created (not mapped onto loaded ones). */
	regions: string[];
	/** Indicators that received observations, after mapping. */
	indicators: string[];
	/** What the import adds to the loaded data (`next` is the loaded data with it). */
	addition: Dataset;
	/** What the import report said, kept with the data. */
	summary: ImportSummary;
}

/** The app as an import sees it. */
export interface ImportHost {
	/** What the import reads against and adds to. */
	readonly dataset: Dataset;
	/** What "export all" writes (with the scenario's own data). */
	readonly effective: Dataset;
	/**
	 * Take the import (undo takes it back); a sentence to say besides "imported", if any (the
	 * file completes data a link needed, say), with whether it is an error.
	 */
	apply(
		next: Dataset,
		applied: AppliedImport
	): { kind: 'error' | 'notice'; text: Bilingual } | null | void;
	notify(kind: 'error' | 'notice', text: Bilingual): void;
}

/** A file to save: its content and name. */
export interface Download {
	blob: Blob;
	name: string;
}

const CSV = 'text/csv;charset=utf-8';

/** The whole dataset (with the seed provenance restored) as CSV for Excel. */
export async function datasetDownload(dataset: Dataset): Promise<Download> {
	const details = await loadSeedDetails();
	const text = canonicalCsvForExcel(details.dataset(dataset));
	return { blob: new Blob([text], { type: CSV }), name: 'mubiao-dataset.csv' };
}

/** An empty canonical CSV with Chinese headers and one example row. */
export function templateDownload(): Download {
	return { blob: new Blob([templateCsvForExcel()], { type: CSV }), name: 'mubiao-template.csv' };
}
