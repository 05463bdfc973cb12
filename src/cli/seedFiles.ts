/** The built-in dataset for the command line, read once from the seed files. */
import { buildSeedDataset } from '../lib/data/seeds.ts';
import { readSeedFiles } from '../lib/data/seedFiles.ts';
import type { Dataset } from '../lib/data/model.ts';

export { ROOT, readSeedFiles } from '../lib/data/seedFiles.ts';

let cached: Dataset | undefined;
/** The built-in dataset (seeds + reference statistics). */
export function builtInDataset(): Dataset {
	cached ??= buildSeedDataset(readSeedFiles()).dataset;
	return cached;
}
