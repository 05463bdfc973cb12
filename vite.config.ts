import { availableParallelism } from 'node:os';
import { posix } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readSeedFiles } from './src/lib/data/seedFiles.ts';
import { SEED_FILE_NAMES, buildSeedDataset } from './src/lib/data/seeds.ts';
import { splitDetails } from './src/lib/data/seedSplit.ts';

/** The built-in dataset's core as the build emits it, next to the scripts. */
const SEED_ASSET = 'seed-dataset.json';

const inline = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;

/**
 * `virtual:seed-dataset` and `virtual:seed-details`: the built-in dataset, read and validated from
 * `seeds/` when the app is built (a seed error fails the build), split into what the first
 * screen needs and the provenance details the page loads later.
 *
 * In a build, the core is a JSON file of its own, preloaded from the page's head and fetched by
 * `loadSeedDataset()`: data, not script, for the browser to parse. The dev server and the unit
 * tests inline it. (Not a top-level await: a module that awaits splits the chunks around it.)
 */
function seedDataset(): Plugin {
	const ids = ['virtual:seed-dataset', 'virtual:seed-details'];
	let split: ReturnType<typeof splitDetails> | undefined;
	let building = false;
	const read = () => {
		if (split) return split;
		const { dataset, issues } = buildSeedDataset(readSeedFiles());
		const errors = issues.filter((i) => i.issue.severity === 'error');
		if (errors.length > 0) {
			const first = errors[0];
			throw new Error(
				`${errors.length} seed rows rejected; first: ${first?.file} line ${first?.issue.row}: ${first?.issue.message.en}`
			);
		}
		return (split = splitDetails(dataset));
	};
	return {
		name: 'mubiao-seed-dataset',
		configResolved(config) {
			building = config.command === 'build';
		},
		resolveId: (source) => (ids.includes(source) ? `\0${source}` : null),
		buildStart() {
			split = undefined;
		},
		load(resolved) {
			const id = ids.find((i) => resolved === `\0${i}`);
			if (!id) return null;
			for (const name of SEED_FILE_NAMES) this.addWatchFile(`${process.cwd()}/seeds/${name}`);
			const { core, details } = read();
			if (id === 'virtual:seed-details') return `export default ${inline(details)};`;
			// One load, one object: the page's data and the details' lookup share its figures.
			const load = building
				? `fetch(import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'asset', name: SEED_ASSET, source: JSON.stringify(core) })}).then(fetched)`
				: `Promise.resolve(${inline(core)})`;
			return [
				'let loaded = null;',
				'const fetched = (response) => {',
				'	if (!response.ok) throw new Error(`The built-in data (${response.url}) did not load: HTTP ${response.status}`);',
				'	return response.json();',
				'};',
				`export const loadSeedDataset = () => (loaded ??= ${load});`
			].join('\n');
		},
		generateBundle: {
			order: 'post',
			handler(_options, bundle) {
				const files = Object.values(bundle);
				const asset = files.find((f) => f.type === 'asset' && f.names.includes(SEED_ASSET));
				if (!asset) return;
				for (const html of files) {
					if (html.type !== 'asset' || !html.fileName.endsWith('.html')) continue;
					// Fetched as soon as the page starts, not once every script has arrived.
					const href = `./${posix.relative(posix.dirname(html.fileName), asset.fileName)}`;
					const link = `<link rel="preload" as="fetch" crossorigin="anonymous" href="${href}">`;
					html.source = String(html.source).replace('</head>', `\t${link}\n\t</head>`);
				}
			}
		}
	};
}

export default defineConfig({
	plugins: [svelte(), seedDataset()],
	base: './',
	build: {
		target: 'es2022',
		// Every browser the target admits supports modulepreload: no polyfill in the first load.
		modulePreload: { polyfill: false },
		sourcemap: false,
		chunkSizeWarningLimit: 800,
		// Everything the first screen imports goes into one file. Split by which later chunks share
		// them, the same modules made 22 files, and each compressed on its own cost 10 kB more
		// gzip before any user action (docs/performance.md); the later chunks import from it.
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [{ name: 'first', tags: ['$initial'] }]
				}
			}
		}
	},
	worker: { format: 'es' },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		// Vitest's default leaves one core free: on a 2-core machine that ran every file one
		// after another (161 s for the suite here, 91 s with two workers).
		maxWorkers: Math.max(2, availableParallelism() - 1),
		environment: 'node',
		testTimeout: 20_000
	}
});
