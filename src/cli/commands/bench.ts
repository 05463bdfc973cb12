/**
 * `npm run bench` / `cli bench [--json] [--only slider,engine,load,import,links,memory]`: the
 * performance figures of issue 8, each a median over repeated runs, with their budgets. Builds
 * the app if dist/ is stale, serves it with `vite preview` and drives headless Chromium.
 * Figures, not tests: nothing here fails on a slow machine. Progress goes to stderr.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import {
	engineInChromium,
	linkBench,
	memoryBench,
	sliderBench
} from '../../../scripts/bench/app.ts';
import { launchChromium } from '../../../scripts/bench/chromium.ts';
import { importBench } from '../../../scripts/bench/import.ts';
import { loadBench } from '../../../scripts/bench/load.ts';
import { machine } from '../../../scripts/bench/machine.ts';
import { runNodeBench } from '../../../scripts/bench/node.ts';
import {
	budgets,
	formatText,
	type BenchResult,
	type NodeFigures
} from '../../../scripts/bench/report.ts';
import { ensureBuilt, startPreview, type Preview } from '../../../scripts/bench/server.ts';
import { makeLongCsv, makeWideCsv } from '../../lib/data/import/bench.ts';
import { InputError } from '../../lib/data/issues.ts';
import type { Args } from '../args.ts';
import { onlyOptions } from '../args.ts';
import { log, out } from '../io.ts';

export const BENCH_PARTS = ['slider', 'engine', 'load', 'import', 'links', 'memory'] as const;
type Part = (typeof BENCH_PARTS)[number];

function selectedParts(args: Args): Set<Part> {
	const given = (args.options.get('only') ?? [])
		.flatMap((v) => v.split(','))
		.map((v) => v.trim())
		.filter(Boolean);
	for (const p of given) {
		if (!(BENCH_PARTS as readonly string[]).includes(p)) {
			throw new InputError(
				`--only 只能包含 ${BENCH_PARTS.join('、')}，而不是“${p}”。`,
				`--only takes ${BENCH_PARTS.join(', ')}, not "${p}".`
			);
		}
	}
	return new Set((given.length > 0 ? given : BENCH_PARTS) as Part[]);
}

/** Time one step, saying so on stderr. */
async function step<T>(label: string, run: () => Promise<T>): Promise<T> {
	log(`… ${label}`);
	const t0 = performance.now();
	const result = await run();
	log(`  done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
	return result;
}

export async function benchCommand(args: Args): Promise<void> {
	onlyOptions(args, ['json', 'only']);
	const parts = selectedParts(args);
	const result: Omit<BenchResult, 'budgets'> = { machine: machine() };

	// Node first, while nothing else runs: the engine, the dataset's heap, the import pipeline,
	// each in a fresh process (a heap grown by one part would slow the next one's GC).
	const nodeParts = [
		parts.has('engine') ? 'engine' : '',
		parts.has('engine') || parts.has('memory') ? 'memory' : '',
		parts.has('import') ? 'import' : ''
	].filter(Boolean);
	let nodeFigures: NodeFigures | null = null;
	for (const part of nodeParts) {
		const figures = (await step(`node: ${part}`, () =>
			runNodeBench([part])
		)) as unknown as NodeFigures;
		nodeFigures = { ...figures, ...(nodeFigures ?? {}) };
	}

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
				...(nodeFigures?.engine ? { node: nodeFigures.engine } : {}),
				chromium,
				...(nodeFigures?.runner ? { runner: nodeFigures.runner } : {})
			};
		}
		if (parts.has('import')) {
			const longPath = join(files, 'long-100000.csv');
			const widePath = join(files, 'wide-20MB.csv');
			const longBytes = Buffer.from(makeLongCsv(100_000));
			const wideBytes = Buffer.from(makeWideCsv(20_000_000));
			writeFileSync(longPath, longBytes);
			writeFileSync(widePath, wideBytes);
			const long = await step('import: 100,000-row long CSV × 5', () =>
				importBench(b, url, longPath, longBytes.length, 5)
			);
			const wide = await step('import: 20 MB wide CSV × 3', () =>
				importBench(b, url, widePath, wideBytes.length, 3)
			);
			result.import = { long, wide, ...(nodeFigures?.import ? { node: nodeFigures.import } : {}) };
		}
		if (parts.has('links')) result.links = await step('links', () => linkBench(b, url));
		if (parts.has('memory')) {
			const chromium = await step('memory: county dataset in the page', () => memoryBench(b, url));
			result.memory = { chromium, ...(nodeFigures?.memory ? { node: nodeFigures.memory } : {}) };
		}
	} finally {
		await browser?.close().catch(() => {});
		preview?.stop();
		rmSync(files, { recursive: true, force: true });
	}
	const full: BenchResult = { ...result, budgets: budgets(result) };
	out(args.options.has('json') ? JSON.stringify(full, null, 2) : formatText(full));
}
