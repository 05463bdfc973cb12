// `npm test`: type check, lint, unit tests, end-to-end tests; ends with one line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './browser.mjs';

const bin = (name) => `node_modules/.bin/${name}`;
mkdirSync('.cache', { recursive: true });
let passed = 0;
let failed = 0;

function run(label, command, args, env = {}) {
	console.log(`\n── ${label} ──`);
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	return result.status ?? 1;
}

function readJson(path) {
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return null;
	}
}

// 1. Type check (svelte-check covers .ts and .svelte). Counted as one test.
const checkStatus = run('type check (svelte-check)', bin('svelte-check'), [
	'--tsconfig',
	'./tsconfig.json',
	'--fail-on-warnings'
]);
if (checkStatus === 0) passed += 1;
else failed += 1;

// 2. Lint (ESLint: recommended rules and the layer rules of eslint.config.js). Counted as one test.
const lintStatus = run('lint (eslint)', bin('eslint'), ['.']);
if (lintStatus === 0) passed += 1;
else failed += 1;

// 3. Unit tests.
rmSync('.cache/vitest.json', { force: true });
run('unit tests (vitest)', bin('vitest'), [
	'run',
	'--reporter=default',
	'--reporter=json',
	'--outputFile.json=.cache/vitest.json'
]);
const unit = readJson('.cache/vitest.json');
if (unit) {
	passed += unit.numPassedTests;
	failed += unit.numFailedTests;
} else {
	console.error('The unit tests did not report results.');
	failed += 1;
}

// 4. End-to-end tests in headless Chromium.
if (process.env.SKIP_E2E === '1') {
	console.log('\n(end-to-end tests skipped: SKIP_E2E=1)');
} else {
	const chromium = await ensureChromium();
	if (!chromium) {
		failed += 1;
	} else {
		rmSync('.cache/e2e.json', { force: true });
		run('end-to-end tests (Playwright, Chromium)', bin('playwright'), ['test'], {
			CHROMIUM_PATH: chromium
		});
		const e2e = readJson('.cache/e2e.json');
		if (e2e?.stats) {
			passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
			failed += e2e.stats.unexpected;
		} else {
			console.error('The end-to-end tests did not report results.');
			failed += 1;
		}
	}
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
