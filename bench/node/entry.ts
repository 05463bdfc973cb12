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
import { seriesKey } from '../../src/lib/scenario/apply.ts';
import type { Assumption } from '../../src/lib/domain/engine/index.ts';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const MB = 1024 * 1024;

function heapUsed(): number {
	gc();
	gc();
	return process.memoryUsage().heapUsed;
}

/** The county dataset's own heap (everything it references), and how long it takes to make. */
function datasetMemory(): {
	heapMB: number;
	generateMs: number;
	observations: number;
	targets: number;
	keep: Dataset;
} {
	const before = heapUsed();
	const t0 = performance.now();
	const dataset = makeCountyDataset();
	const generateMs = performance.now() - t0;
	const after = heapUsed();
	return {
		heapMB: round((after - before) / MB),
		generateMs: round(generateMs),
		observations: dataset.observations.length,
		targets: dataset.targets.length,
		keep: dataset
	};
}

/** The page's runner (object results per target) on the county dataset, for comparison. */
function runnerFigures(dataset: Dataset) {
	const before = heapUsed();
	let t = performance.now();
	const runner = new ScenarioRunner(dataset);
	const constructMs = performance.now() - t;
	const settings = { horizon: 2035, milestones: [2027, 2029, 2035], asOf: 2026 };
	t = performance.now();
	let result = runner.run(new Map(), settings);
	const firstRunMs = performance.now() - t;
	const heapMB = (heapUsed() - before) / MB;
	// A global change: every series gets an assumption, so every projection is recomputed.
	const times: number[] = [];
	for (const method of ['compound', 'gap', 'linear'] as const) {
		const assumptions = new Map<string, Assumption>();
		for (const r of dataset.regions)
			for (const i of dataset.indicators) assumptions.set(seriesKey(r.id, i.id), { method });
		t = performance.now();
		result = runner.run(assumptions, settings);
		times.push(performance.now() - t);
	}
	return {
		constructMs: round(constructMs),
		firstRunMs: round(firstRunMs),
		globalChangeMs: round(median(times)),
		results: result.results.length,
		heapMB: round(heapMB)
	};
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
			generateMs: m.generateMs,
			observations: m.observations,
			targets: m.targets
		};
		out.runner = runnerFigures(m.keep);
	}
	if (all || parts.has('engine')) out.engine = engineBench(makeCountyDataset());
	if (all || parts.has('import'))
		out.import = { long: importFigures('long', 3), wide: importFigures('wide', 1) };
	process.stdout.write(`${JSON.stringify(out)}\n`);
}

await main();
