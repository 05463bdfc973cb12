/**
 * Reading one data file from disk through the same import pipeline as the page (any supported
 * encoding, delimiter, shape or workbook): for `import` (the report) and `dataset --data` (the
 * file's figures added to the dataset).
 */
import { applyImport } from '../lib/data/import/apply.ts';
import { importData } from '../lib/data/import/pipeline.ts';
import {
	CHOSEN_ENCODINGS,
	type ChosenEncoding,
	type ImportDefaults,
	type ImportReport
} from '../lib/data/import/types.ts';
import { InputError, type DataIssue } from '../lib/data/issues.ts';
import type { Dataset } from '../lib/data/model.ts';
import { importMessage as m } from '../lib/i18n/import.ts';
import { readInput } from './io.ts';

/** What the command line lets the analyst say about a file. */
export interface FileOptions {
	/** A region or indicator (or unit) for a file that does not give one. */
	defaults?: ImportDefaults;
	/** The sheet of a workbook, by name or number from 1. */
	sheet?: string;
	/** The encoding of a text file, instead of the detected one. */
	encoding?: ChosenEncoding;
}

/** A file's name without its folders, as the report and the source name it. */
export function baseName(path: string): string {
	return path.split(/[\\/]/).pop() || path;
}

/** The import report of a file read against `base`. */
export async function readReport(
	path: string,
	base: Dataset,
	options: FileOptions = {}
): Promise<ImportReport> {
	return importData(readInput(path), base, {
		fileName: baseName(path),
		...(options.defaults ? { defaults: options.defaults } : {}),
		...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
		...(options.encoding ? { encoding: options.encoding } : {})
	});
}

/**
 * Why nothing of a file can be used, in one sentence — a dimension it lacks, no data rows, no
 * values, or the errors (the first one quoted) — or null when some row was accepted.
 */
export function nothingImported(report: ImportReport): InputError | null {
	const file = report.fileName;
	if (report.missing.length > 0) {
		const flags = report.missing.map((d) => `--${d}`).join(' ');
		const dims = report.missing.map((d) => (d === 'region' ? '地区' : '指标')).join('和');
		return InputError.from(
			m('none.missing', { file, dims, dimsEn: report.missing.join(' or '), flags })
		);
	}
	if (report.rowsAccepted > 0) return null;
	if (report.rowsRead === 0) return InputError.from(m('none.noRows', { file }));
	const first = report.issues.find((i) => i.severity === 'error');
	if (first)
		return InputError.from(
			m('none.because', {
				file,
				n: report.rowsRejected,
				row: first.row,
				why: first.message.zh,
				whyEn: first.message.en
			})
		);
	return InputError.from(m('none.onlyEmpty', { file, n: report.rowsRead }));
}

/** `base` plus the file's figures (all of them or, when none can be read, an InputError). */
export async function importFile(
	path: string,
	base: Dataset,
	options: FileOptions = {}
): Promise<{ dataset: Dataset; issues: DataIssue[]; report: ImportReport }> {
	const report = await readReport(path, base, options);
	const refusal = nothingImported(report);
	if (refusal) throw refusal;
	return { dataset: applyImport(base, report), issues: report.issues, report };
}

/** The options `import` and `dataset --data` share, as given on the command line. */
export const FILE_OPTIONS = ['region', 'indicator', 'unit', 'sheet', 'encoding'] as const;

/** {@link FileOptions} from the command line (the last value of each option counts). */
export function fileOptions(options: ReadonlyMap<string, readonly string[]>): FileOptions {
	const last = (name: string) => options.get(name)?.at(-1)?.trim() || undefined;
	const defaults: ImportDefaults = {};
	for (const key of ['region', 'indicator', 'unit'] as const) {
		const value = last(key);
		if (value) defaults[key] = value;
	}
	const out: FileOptions = {};
	if (Object.keys(defaults).length > 0) out.defaults = defaults;
	const sheet = last('sheet');
	if (sheet) out.sheet = sheet;
	const encoding = last('encoding')?.toLowerCase();
	if (encoding) {
		const known = (CHOSEN_ENCODINGS as readonly string[]).includes(encoding);
		if (!known)
			throw InputError.from(
				m('cli.encoding', { list: CHOSEN_ENCODINGS.join(', '), value: encoding })
			);
		out.encoding = encoding as ChosenEncoding;
	}
	return out;
}
