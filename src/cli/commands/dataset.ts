/** `dataset [--data FILE…] [--format csv|json|xlsx] [--out FILE]`: the whole loaded dataset. */
import { writeCanonical } from '../../lib/data/canonical.ts';
import { option, onlyOptions, type Args } from '../args.ts';
import { out } from '../io.ts';
import { loadData } from '../load.ts';
import { writeDatasetWorkbook } from './datasetXlsx.ts';
import { writeOut } from './output.ts';

export async function datasetCommand(args: Args): Promise<void> {
	onlyOptions(args, ['data', 'format', 'out']);
	const format = option(args, 'format', ['csv', 'json', 'xlsx'] as const, 'csv');
	const dataset = await loadData(args.options.get('data') ?? []);
	const outPath = args.options.get('out')?.at(-1);
	if (format === 'xlsx') return writeDatasetWorkbook(dataset, outPath);
	const text = format === 'json' ? JSON.stringify(dataset, null, 2) : writeCanonical(dataset);
	if (outPath) writeOut(outPath, text);
	else out(text);
}
