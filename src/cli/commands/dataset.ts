/**
 * `dataset [--data FILE…] [--region R] [--indicator I] [--sheet S] [--encoding E]
 * [--format csv|json|xlsx] [--out FILE]`: the whole loaded dataset. The file options apply to
 * every `--data` file; an .xlsx workbook needs `--out`.
 */
import { writeCanonical } from '../../lib/data/canonical.ts';
import { option, onlyOptions, type Args } from '../args.ts';
import { FILE_OPTIONS, fileOptions } from '../importFile.ts';
import { jsonText, out, outText } from '../io.ts';
import { loadData } from '../load.ts';
import { builtInDataset } from '../seedFiles.ts';
import { writeDatasetWorkbook } from './datasetXlsx.ts';
import { writeOut } from './output.ts';

export async function datasetCommand(args: Args): Promise<void> {
	onlyOptions(args, ['data', 'format', 'out', ...FILE_OPTIONS]);
	const format = option(args, 'format', ['csv', 'json', 'xlsx'] as const, 'csv');
	const dataset = await loadData(
		args.options.get('data') ?? [],
		builtInDataset(),
		fileOptions(args.options)
	);
	const outPath = args.options.get('out')?.at(-1);
	if (format === 'xlsx') return writeDatasetWorkbook(dataset, outPath);
	const text = format === 'json' ? jsonText(dataset) : writeCanonical(dataset);
	if (outPath) return writeOut(outPath, text);
	// Exact in a file or a pipe; on a terminal, no control character from data acts on it.
	if (format === 'json') out(text);
	else outText(text);
}
