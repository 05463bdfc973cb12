/**
 * `npm run bench [-- --json] [--only slider,engine,load,import,links,memory]`: the performance
 * figures, each a median (or p95) over repeated runs, with their budgets (bench/budgets.ts).
 * Builds the app and the benchmark page if the build is stale (bench/browser/server.ts), serves
 * it with `vite preview` and drives headless Chromium. Figures, not tests: nothing here fails
 * on a slow machine. The result goes to stdout (text, or JSON with `--json`), progress to stderr.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { engineInChromium, linkBench, memoryBench, sliderBench } from './browser/app.ts';
import { launchChromium } from './browser/chromium.ts';
import { importBench } from './browser/import.ts';
import { loadBench } from './browser/load.ts';
import { ensureBuilt, startPreview, type Preview } from './browser/server.ts';
import { budgets, earlierBudgets } from './budgets.ts';
import { makeLongCsv, makeWideCsv } from './generators.ts';
import { machine } from './machine.ts';
import { runNodeBench } from './node/run.ts';
import { formatText, type BenchFigures, type BenchResult, type NodeFigures } from './report.ts';

export const BENCH_PARTS = ['slider', 'engine', 'load', 'import', 'links', 'memory'] as const;
export type Part = (typeof BENCH_PARTS)[number];

/** A mistake in the command line: one sentence, exit code 2. */
class UsageError extends Error {}

export interface BenchOptions {
	json: boolean;
	parts: Set<Part>;
}

/** `--json`, `--only a,b` (or `--only=a,b`, repeatable); anything else is a mistake. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
	let json = false;
	const only: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '--json') json = true;
		else if (arg === '--only' && i + 1 < argv.length) only.push(argv[++i]!);
		else if (arg.startsWith('--only=')) only.push(arg.slice('--only='.length));
		else
			throw new UsageError(
				`Unknown argument "${arg}". Usage: npm run bench [-- --json] [--only ${BENCH_PARTS.join(',')}]`
			);
	}
	const given = only
		.flatMap((v) => v.split(','))
		.map((v) => v.trim())
		.filter(Boolean);
	for (const p of given) {
		if (!(BENCH_PARTS as readonly string[]).includes(p))
			throw new UsageError(`--only takes ${BENCH_PARTS.join(', ')}, not "${p}".`);
	}
	return { json, parts: new Set((given.length > 0 ? given : BENCH_PARTS) as Part[]) };
}

const log = (text: string) => process.stderr.write(`${text}\n`);

/** Time one step, saying so on stderr. */
async function step<T>(label: string, run: () => Promise<T>): Promise<T> {
	log(`… ${label}`);
	const t0 = performance.now();
	const result = await run();
	log(`  done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
	return result;
}

/**
 * The node half, first, while nothing else runs: the engine, the dataset's heap, the import
 * pipeline, each in a fresh process (a heap grown by one part would slow the next one's GC).
 */
async function nodeHalf(parts: Set<Part>): Promise<NodeFigures | null> {
	const nodeParts = [
		parts.has('engine') ? 'engine' : '',
		parts.has('engine') || parts.has('memory') ? 'memory' : '',
		parts.has('import') ? 'import' : ''
	].filter(Boolean);
	let figures: NodeFigures | null = null;
	for (const part of nodeParts) {
		const some = (await step(`node: ${part}`, () =>
			runNodeBench([part])
		)) as unknown as NodeFigures;
		figures = { ...some, ...(figures ?? {}) };
	}
	return figures;
}

/** The import benchmark on two generated files, written to `dir`. */
async function importHalf(browser: Browser, url: string, dir: string, node: NodeFigures | null) {
	const longPath = join(dir, 'long-100000.csv');
	const widePath = join(dir, 'wide-20MB.csv');
	const longBytes = Buffer.from(makeLongCsv(100_000));
	const wideBytes = Buffer.from(makeWideCsv(20_000_000));
	writeFileSync(longPath, longBytes);
	writeFileSync(widePath, wideBytes);
	const long = await step('import: 100,000-row long CSV × 5', () =>
		importBench(browser, url, longPath, longBytes.length, 5)
	);
	const wide = await step('import: 20 MB wide CSV × 3', () =>
		importBench(browser, url, widePath, wideBytes.length, 3)
	);
	return { long, wide, ...(node?.import ? { node: node.import } : {}) };
}

/** The browser half: builds if needed, serves the build, drives Chromium. */
async function browserHalf(
	parts: Set<Part>,
	node: NodeFigures | null,
	result: BenchFigures
): Promise<void> {
	let preview: Preview | null = null;
	let browser: Browser | null = null;
	const files = mkdtempSync(join(tmpdir(), 'mubiao-bench-'));
	try {
		if (await ensureBuilt(log)) log('  built .cache/bench/dist/');
		preview = await startPreview();
		const launched = await launchChromium();
		browser = launched.browser;
		// The load average stays the one taken at the start, before this command's own work.
		result.machine = { ...machine(launched.version), loadAverage: result.machine.loadAverage };
		log(`Serving ${preview.url}; Chromium ${launched.version} (${launched.path})`);
		const b = browser;
		const url = preview.url;
		if (parts.has('load'))
			result.load = await step('load: 7 fresh loads', () => loadBench(b, url, 7));
		if (parts.has('slider'))
			result.slider = await step('slider: 240 moves, a burst, a drag', () =>
				sliderBench(b, url, 240)
			);
		if (parts.has('engine')) {
			const chromium = await step('engine in Chromium', () => engineInChromium(b, url));
			result.engine = {
				...(node?.engine ? { node: node.engine } : {}),
				chromium,
				...(node?.runner ? { runner: node.runner } : {})
			};
		}
		if (parts.has('import')) result.import = await importHalf(b, url, files, node);
		if (parts.has('links')) result.links = await step('links', () => linkBench(b, url));
		if (parts.has('memory')) {
			const chromium = await step('memory: county dataset in the page', () => memoryBench(b, url));
			result.memory = { chromium, ...(node?.memory ? { node: node.memory } : {}) };
		}
	} finally {
		await browser?.close().catch(() => {});
		preview?.stop();
		rmSync(files, { recursive: true, force: true });
	}
}

/** Run the parts asked for; the figures with their budgets. */
export async function runBench(parts: Set<Part>): Promise<BenchResult> {
	const figures: BenchFigures = { machine: machine() };
	const node = await nodeHalf(parts);
	await browserHalf(parts, node, figures);
	return { ...figures, budgets: budgets(figures), earlierBudgets: earlierBudgets(figures) };
}

async function main(argv: string[]): Promise<number> {
	let options: BenchOptions;
	try {
		options = parseBenchArgs(argv);
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		log(error.message);
		return 2;
	}
	const result = await runBench(options.parts);
	const text = options.json ? JSON.stringify(result, null, 2) : formatText(result);
	process.stdout.write(`${text}\n`);
	return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	process.exitCode = await main(process.argv.slice(2));
}
