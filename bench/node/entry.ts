/**
 * The node half of `npm run bench`, run in a child `node --expose-gc --import tsx` so that the
 * heap figures see nothing else (bench/node/run.ts). Prints one JSON object.
 *
 * It must run as an ES module: tsx turns a CommonJS caller's imports into property getters,
 * which made the engine's hot loop about 2.5× slower than the same code bundled.
 */
import { makeCountyDataset } from '../engine/county.ts';
import { engineBench } from '../engine/engine.ts';
import { median, round } from '../stats.ts';
import { makeLongCsv, makeWideCsv } from '../generators.ts';
import { importBytes } from '../../src/lib/data/import/pipeline.ts';
import type { Dataset } from '../../src/lib/data/model.ts';
import { EMPTY_DATASET } from '../../src/lib/data/model.ts';
import { ScenarioRunner } from '../../src/lib/scenario/run.ts';
import { asColumnar } from '../../src/lib/data/columnar.ts';
import { ObjectScenarioRunner } from '../reference/objectRunner.ts';
import { seriesKey } from '../../src/lib/scenario/apply.ts';
import type { Assumption } from '../../src/lib/domain/engine/index.ts';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const MB = 1024 * 1024;

/** The JS heap in use plus the ArrayBuffers' memory (typed arrays live outside the heap). */
function heapUsed(): number {
	gc();
	gc();
	const m = process.memoryUsage();
	return m.heapUsed + m.arrayBuffers;
}

/** The county dataset's heap: as objects (the old path), and held by column (the page's now). */
function datasetMemory(): {
	heapMB: number;
	columnarHeapMB: number;
	generateMs: number;
	columnarMs: number;
	observations: number;
	targets: number;
	keep: Dataset;
} {
	const before = heapUsed();
	const t0 = performance.now();
	const dataset = makeCountyDataset();
	const generateMs = performance.now() - t0;
	const objects = heapUsed();
	const t1 = performance.now();
	const columnar = asColumnar(dataset);
	const columnarMs = performance.now() - t1;
	const both = heapUsed();
	void columnar.regions.length;
	return {
		heapMB: round((objects - before) / MB),
		columnarHeapMB: round((both - objects) / MB),
		generateMs: round(generateMs),
		columnarMs: round(columnarMs),
		observations: dataset.observations.length,
		targets: dataset.targets.length,
		keep: dataset
	};
}

const SETTINGS = { horizon: 2035, milestones: [2027, 2029, 2035], asOf: 2026 };

interface Runner {
	run(assumptions: ReadonlyMap<string, Assumption>, settings: typeof SETTINGS): unknown;
}

/**
 * One runner on the county dataset: build, first run, a global change (every series gets a
 * method, taken in turn so that every run refits everything) and a focused change (one series'
 * rate, as a slider move), each the median of its runs; and the heap the runner holds.
 */
function runnerFigures(dataset: Dataset, make: (d: Dataset) => Runner) {
	const keys = dataset.regions.flatMap((r) => dataset.indicators.map((i) => seriesKey(r.id, i.id)));
	const before = heapUsed();
	let t = performance.now();
	const runner = make(dataset);
	const constructMs = performance.now() - t;
	t = performance.now();
	runner.run(new Map(), SETTINGS);
	const firstRunMs = performance.now() - t;
	const heapMB = (heapUsed() - before) / MB;
	const global: number[] = [];
	for (const method of ['compound', 'gap', 'linear', 'compound', 'gap'] as const) {
		const assumptions = new Map<string, Assumption>();
		for (const k of keys) assumptions.set(k, { method });
		t = performance.now();
		runner.run(assumptions, SETTINGS);
		global.push(performance.now() - t);
	}
	const focused: number[] = [];
	const focus = keys[0]!;
	for (let i = 0; i < 15; i++) {
		const assumptions = new Map<string, Assumption>([[focus, { rate: 0.1 + i * 0.05 }]]);
		t = performance.now();
		// A read of the focus series' results, as the page's scorecard does.
		const run = runner.run(assumptions, SETTINGS) as { byKey: ReadonlyMap<string, unknown> };
		void run.byKey.get(focus);
		focused.push(performance.now() - t);
	}
	return {
		constructMs: round(constructMs),
		firstRunMs: round(firstRunMs),
		globalChangeMs: round(median(global)),
		focusedChangeMs: round(median(focused), 2),
		heapMB: round(heapMB)
	};
}

/** The page's runner now (columnar, packed, incremental) against the object runner it replaced. */
function runners(dataset: Dataset) {
	const old = runnerFigures(dataset, (d) => new ObjectScenarioRunner(d));
	const now = runnerFigures(asColumnar(dataset), (d) => new ScenarioRunner(d));
	return { old, new: now };
}

function importFigures(which: 'long' | 'wide', runs: number) {
	const text = which === 'long' ? makeLongCsv(100_000) : makeWideCsv(20_000_000);
	const bytes = new TextEncoder().encode(text);
	const times: number[] = [];
	let figures = 0;
	let peak = 0;
	for (let i = 0; i < runs; i++) {
		heapUsed();
		const t = performance.now();
		const report = importBytes(bytes, EMPTY_DATASET, {
			fileName: `${which}.csv`,
			onProgress: () => (peak = Math.max(peak, process.memoryUsage().heapUsed))
		});
		times.push(performance.now() - t);
		figures = report.figures;
	}
	return {
		bytes: bytes.length,
		figures,
		medianMs: round(median(times)),
		runs,
		peakHeapMB: round(peak / MB)
	};
}

async function main(): Promise<void> {
	const parts = new Set(process.argv.slice(2));
	const all = parts.size === 0;
	const out: Record<string, unknown> = { node: process.version, v8: process.versions.v8 };
	if (all || parts.has('memory')) {
		const m = datasetMemory();
		out.memory = {
			heapMB: m.heapMB,
			columnarHeapMB: m.columnarHeapMB,
			generateMs: m.generateMs,
			columnarMs: m.columnarMs,
			observations: m.observations,
			targets: m.targets
		};
		out.runner = runners(m.keep);
	}
	if (all || parts.has('engine')) out.engine = engineBench(makeCountyDataset());
	if (all || parts.has('import'))
		out.import = { long: importFigures('long', 3), wide: importFigures('wide', 1) };
	process.stdout.write(`${JSON.stringify(out)}\n`);
}

await main();
