/** Reading one data file from disk into the dataset (the canonical CSV, UTF-8). */
import { parseRows } from '../lib/data/csv.ts';
import { readRecords, recordsFromRows } from '../lib/data/canonical.ts';
import { mergeDataset } from '../lib/data/dataset.ts';
import { InputError, type DataIssue } from '../lib/data/issues.ts';
import type { Dataset } from '../lib/data/model.ts';
import { readInput } from './io.ts';

export async function importFile(
	path: string,
	base: Dataset
): Promise<{ dataset: Dataset; issues: DataIssue[] }> {
	const text = new TextDecoder('utf-8').decode(readInput(path));
	const { records, headers } = recordsFromRows(parseRows(text));
	const name = path.split('/').pop() ?? path;
	const read = readRecords(records, base, {
		sourceKind: 'import',
		headers,
		fileSource: { id: `file:${name}`, kind: 'import', title: name }
	});
	if (read.rowsAccepted === 0) {
		throw new InputError(`${name}：没有可导入的数据行。`, `${name}: no row could be imported.`);
	}
	return { dataset: mergeDataset(base, read.addition), issues: read.issues };
}
