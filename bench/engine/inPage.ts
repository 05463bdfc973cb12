/**
 * The engine benchmark in the page, loaded on first use by the benchmark page's hooks: the
 * county dataset and the engine benchmark, run in Chromium on the main thread and split over
 * workers. Built from the same sources by the same bundler and configuration as the app, so the
 * engine measured here is the engine the app ships.
 */
import { makeCountyDataset } from './county.ts';
import { engineBench, type EngineFigures } from './engine.ts';
import { parallelBench, type ParallelFigures } from './parallel.ts';
import { round } from '../stats.ts';
import { crossoverBench, type CrossoverFigures } from './crossover.ts';

export { makeCountyDataset, engineBench, crossoverBench };

export interface EngineInPage extends EngineFigures {
	generateMs: number;
	parallel: ParallelFigures;
	/** The page's runner: a global change on this thread and in its workers, by size. */
	crossover?: CrossoverFigures;
}

/** The engine benchmark on a freshly generated county dataset, then the same split over workers. */
export async function engineInPage(runs = 15): Promise<EngineInPage> {
	const t0 = performance.now();
	const county = makeCountyDataset();
	const generateMs = performance.now() - t0;
	const single = engineBench(county, runs);
	const workers = Math.max(2, Math.min(4, navigator.hardwareConcurrency || 2));
	const parallel = await parallelBench(county, workers, runs);
	return { ...single, generateMs: round(generateMs), parallel };
}
