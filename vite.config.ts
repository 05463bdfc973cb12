import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readSeedFiles } from './src/cli/seedFiles.ts';
import { buildSeedDataset } from './src/lib/data/seeds.ts';

/**
 * `virtual:seed-dataset`: the built-in dataset, read and validated from `seeds/` when the app
 * is built, so the page starts without parsing CSV. A seed error fails the build.
 */
function seedDataset(): Plugin {
	const id = 'virtual:seed-dataset';
	return {
		name: 'mubiao-seed-dataset',
		resolveId: (source) => (source === id ? `\0${id}` : null),
		load(resolved) {
			if (resolved !== `\0${id}`) return null;
			for (const name of ['regions', 'indicators', 'sources', 'figures', 'reference']) {
				this.addWatchFile(`${process.cwd()}/seeds/${name}.csv`);
			}
			const { dataset, issues } = buildSeedDataset(readSeedFiles());
			const errors = issues.filter((i) => i.issue.severity === 'error');
			if (errors.length > 0) {
				const first = errors[0];
				throw new Error(`${errors.length} seed rows rejected; first: ${first?.file} line ${first?.issue.row}: ${first?.issue.message.en}`);
			}
			return `export default JSON.parse(${JSON.stringify(JSON.stringify(dataset))});`;
		}
	};
}

export default defineConfig({
	plugins: [svelte(), seedDataset()],
	base: './',
	build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 800 },
	worker: { format: 'es' },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 20_000
	}
});
