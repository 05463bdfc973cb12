import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readSeedFiles } from './src/lib/data/seedFiles.ts';
import { SEED_FILE_NAMES, buildSeedDataset } from './src/lib/data/seeds.ts';
import { splitDetails } from './src/lib/data/seedSplit.ts';

/**
 * `virtual:seed-dataset` and `virtual:seed-details`: the built-in dataset, read and validated from
 * `seeds/` when the app is built (a seed error fails the build), split into what the first
 * screen needs and the provenance details the page loads later.
 */
function seedDataset(): Plugin {
	const ids = ['virtual:seed-dataset', 'virtual:seed-details'];
	let split: ReturnType<typeof splitDetails> | undefined;
	return {
		name: 'mubiao-seed-dataset',
		resolveId: (source) => (ids.includes(source) ? `\0${source}` : null),
		buildStart() {
			split = undefined;
		},
		load(resolved) {
			const id = ids.find((i) => resolved === `\0${i}`);
			if (!id) return null;
			for (const name of SEED_FILE_NAMES) this.addWatchFile(`${process.cwd()}/seeds/${name}`);
			if (!split) {
				const { dataset, issues } = buildSeedDataset(readSeedFiles());
				const errors = issues.filter((i) => i.issue.severity === 'error');
				if (errors.length > 0) {
					const first = errors[0];
					throw new Error(
						`${errors.length} seed rows rejected; first: ${first?.file} line ${first?.issue.row}: ${first?.issue.message.en}`
					);
				}
				split = splitDetails(dataset);
			}
			const value = id === 'virtual:seed-dataset' ? split.core : split.details;
			return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
		}
	};
}

export default defineConfig({
	plugins: [svelte(), seedDataset()],
	base: './',
	build: {
		target: 'es2022',
		sourcemap: false,
		chunkSizeWarningLimit: 800
	},
	worker: { format: 'es' },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 20_000
	}
});
