/**
 * Reading one data file from disk into the dataset (`dataset --data FILE…`), through the same
 * import pipeline as the page: any supported encoding, delimiter and shape.
 */
import { applyImport } from '../lib/data/import/apply.ts';
import { importBytes } from '../lib/data/import/pipeline.ts';
import { InputError, type DataIssue } from '../lib/data/issues.ts';
import type { Dataset } from '../lib/data/model.ts';
import { readInput } from './io.ts';

/** `base` plus the file's figures (all of them or, when none can be read, an InputError). */
export async function importFile(
	path: string,
	base: Dataset
): Promise<{ dataset: Dataset; issues: DataIssue[] }> {
	const name = path.split(/[\\/]/).pop() || path;
	const report = importBytes(readInput(path), base, { fileName: name });
	if (report.rowsAccepted === 0) {
		const why = report.issues.find((i) => i.severity === 'error')?.message;
		throw new InputError(
			`${name}：没有可导入的数据行${why ? `（${why.zh.replace(/[。.]$/, '')}）。` : '。'}`,
			`${name}: no row could be imported${why ? ` (${why.en.replace(/[。.]$/, '')}).` : '.'}`
		);
	}
	return { dataset: applyImport(base, report), issues: report.issues };
}
