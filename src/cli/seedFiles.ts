/** Reading the built-in seed files from disk for the command line. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SEED_FILE_NAMES, buildSeedDataset, type SeedFiles } from '../lib/data/seeds.ts';
import type { Dataset } from '../lib/data/model.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function readSeedFiles(dir = `${ROOT}seeds/`): SeedFiles {
	const files = {} as SeedFiles;
	for (const name of SEED_FILE_NAMES) files[name] = readFileSync(`${dir}${name}`, 'utf8');
	return files;
}

let cached: Dataset | undefined;
/** The built-in dataset (seeds + reference statistics). */
export function builtInDataset(): Dataset {
	cached ??= buildSeedDataset(readSeedFiles()).dataset;
	return cached;
}
