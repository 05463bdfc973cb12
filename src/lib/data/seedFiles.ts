/**
 * Reading the built-in seed files from disk: for the build (vite.config.ts) and the command line.
 * Node only (the page gets the dataset built at build time, `virtual:seed-dataset`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SEED_FILE_NAMES, type SeedFiles } from './seeds.ts';

/** The repository's root folder, with a final slash. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The seed files in `dir` (by default the repository's `seeds/`), as text. */
export function readSeedFiles(dir = `${ROOT}seeds/`): SeedFiles {
	const files = {} as SeedFiles;
	for (const name of SEED_FILE_NAMES) files[name] = readFileSync(`${dir}${name}`, 'utf8');
	return files;
}
