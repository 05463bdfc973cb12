/**
 * `dataset [--data FILE…] [--region R] [--indicator I] [--sheet S] [--encoding E]
 * [--format csv|json]`: the whole loaded dataset. The file options apply to every `--data` file.
 */
import { writeCanonical } from '../../lib/data/canonical.ts';
import { option, onlyOptions, type Args } from '../args.ts';
import { FILE_OPTIONS, fileOptions } from '../importFile.ts';
import { jsonText, out, terminalText, toTerminal } from '../io.ts';
import { loadData } from '../load.ts';
import { builtInDataset } from '../seedFiles.ts';

export async function datasetCommand(args: Args): Promise<void> {
	onlyOptions(args, ['data', 'format', ...FILE_OPTIONS]);
	const format = option(args, 'format', ['csv', 'json'] as const, 'csv');
	const dataset = await loadData(
		args.options.get('data') ?? [],
		builtInDataset(),
		fileOptions(args.options)
	);
	if (format === 'json') return out(jsonText(dataset));
	const csv = writeCanonical(dataset);
	// Exact in a file or a pipe; on a terminal, no control character from data acts on it.
	out(toTerminal() ? terminalText(csv, true) : csv);
}
