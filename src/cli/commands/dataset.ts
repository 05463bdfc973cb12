/** `dataset [--data FILE…] [--format csv|json]`: the whole loaded dataset. */
import { writeCanonical } from '../../lib/data/canonical.ts';
import { option, onlyOptions, type Args } from '../args.ts';
import { out } from '../io.ts';
import { loadData } from '../load.ts';

export async function datasetCommand(args: Args): Promise<void> {
	onlyOptions(args, ['data', 'format']);
	const format = option(args, 'format', ['csv', 'json'] as const, 'csv');
	const dataset = await loadData(args.options.get('data') ?? []);
	out(format === 'json' ? JSON.stringify(dataset, null, 2) : writeCanonical(dataset));
}
