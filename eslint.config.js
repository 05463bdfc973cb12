// ESLint (`npm run lint`, and a step of `npm test`): the recommended rules of ESLint,
// typescript-eslint and eslint-plugin-svelte, and the layer rules that keep the product apart
// from the tooling and each layer of src/lib from the ones above it (README, "Project layout").
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** A relative import that climbs into one of `folders` (`../data/x.ts`, `../../bench/y.ts`). */
const into = (folders) => `^(\\.\\./)+(${folders.join('|')})/`;

/** No product file imports the tooling: benchmarks, scripts, tests, the browser drivers. */
const TOOLING = [
	{
		regex: into(['bench', 'scripts', 'tests']),
		message: 'The product imports nothing from bench/, scripts/ or tests/.'
	},
	{
		group: ['@playwright/test', 'playwright', 'playwright-core', 'vitest', 'vitest/*'],
		message: 'The product does not depend on test or browser-driving tools.'
	}
];

/** Node's own modules: only the command line and the node-only modules below. */
const NODE = [
	{
		regex: `^(node:.*|(${builtinModules.filter((m) => !m.includes('/')).join('|')})(/.*)?)$`,
		message:
			'Node modules run only in src/cli/ and in the node-only modules named in eslint.config.js.'
	}
];

/** Files of src that run only in node (the build reads the seed files with them). */
const NODE_ONLY = ['src/cli/**', 'src/lib/data/seedFiles.ts'];

/** The domain is pure: no UI, DOM, storage, parsing or validation libraries, no upper layer. */
const DOMAIN = [
	{
		group: ['svelte', 'svelte/*', 'echarts', 'echarts/*', 'idb-keyval', 'papaparse', 'zod'],
		message: 'src/lib/domain is pure TypeScript: no UI, DOM, storage, CSV or schema library.'
	},
	{
		regex: into(['data', 'scenario', 'state', 'charts', 'components', 'i18n']),
		message: 'src/lib/domain imports nothing from the layers above it.'
	}
];

/** Data and scenarios know nothing of the page. */
const BELOW_PAGE = [
	{
		regex: into(['state', 'charts', 'components']),
		message: 'src/lib/data and src/lib/scenario import nothing from state, charts or components.'
	}
];

/** Components get values through props and state; types from the logic are fine. */
const NO_LOGIC_VALUES = [
	{
		regex: into(['data', 'scenario', 'domain']),
		allowTypeImports: true,
		message:
			'Components import no value from lib/data, lib/scenario or lib/domain (types are fine): take it as a prop or from a state class.'
	}
];

const restrict = (patterns) => ({
	'no-restricted-imports': 'off',
	'@typescript-eslint/no-restricted-imports': ['error', { patterns }]
});

const SVELTE_FILES = ['**/*.svelte', '**/*.svelte.ts'];

export default ts.config(
	{
		ignores: [
			'node_modules/',
			'dist/',
			'.cache/',
			'test-results/',
			'playwright-report/',
			'coverage/',
			'tests/fixtures/'
		]
	},
	js.configs.recommended,
	ts.configs.recommended,
	svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: SVELTE_FILES,
		languageOptions: {
			parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig }
		}
	},
	{
		// A `let` read by a closure before its one assignment cannot be a `const`. (Svelte files
		// have the plugin's own svelte/prefer-const instead.)
		ignores: SVELTE_FILES,
		rules: { 'prefer-const': ['error', { ignoreReadBeforeAssign: true }] }
	},
	{
		rules: {
			// Taking a key out of an object by destructuring the rest is how a copy omits it.
			'@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }]
		}
	},

	// The layers (each block lists every restriction of its files: a later block replaces the rule).
	{
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: NODE_ONLY,
		rules: restrict([...TOOLING, ...NODE])
	},
	{
		files: ['src/lib/data/**', 'src/lib/scenario/**'],
		ignores: NODE_ONLY,
		rules: restrict([...TOOLING, ...NODE, ...BELOW_PAGE])
	},
	{
		files: ['src/lib/data/seedFiles.ts'],
		rules: restrict([...TOOLING, ...BELOW_PAGE])
	},
	{
		files: ['src/lib/domain/**'],
		rules: restrict([...TOOLING, ...NODE, ...DOMAIN])
	},
	{
		files: ['src/lib/components/**'],
		rules: restrict([...TOOLING, ...NODE, ...NO_LOGIC_VALUES])
	},
	{
		files: ['src/cli/**'],
		rules: restrict(TOOLING)
	}
);
