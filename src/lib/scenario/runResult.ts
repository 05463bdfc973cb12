/**
 * What a run of the {@link ScenarioRunner} (./run.ts) gives: the projection of each region ×
 * indicator, each target's result at each evaluation year, and the results by number for
 * filters and sorts. ./resultReader.ts builds them from the runner's register table.
 */
import type { Target } from '../data/model.ts';
import type { Revision } from '../data/targets.ts';
import type {
	CompositeRow,
	IndicatorTraits,
	Point,
	ProgressMeasures,
	Projection,
	Status,
	TargetAssessment
} from '../domain/engine/index.ts';

/** One region × indicator: its actuals, traits and projection. */
export interface ProjectionRow {
	key: string;
	region: string;
	indicator: string;
	unit: string;
	points: readonly Point[];
	traits: IndicatorTraits;
	projection: Projection;
}

/** One target at one evaluation year. */
export interface ResultRow {
	/** Stable across runs: target index and evaluation year. */
	key: string;
	/** The target with every source that states it (see `data/targets.ts`). */
	target: Target;
	/** Earlier values of this target that a later source replaced, oldest first. */
	revisions: readonly Revision[];
	/**
	 * For a target without a year, where its judgement year came from: the figure itself
	 * ("未来五年"), its source's plan horizon, or the scenario's horizon / milestones.
	 */
	horizonFrom: 'figure' | 'source' | 'scenario' | null;
	region: string;
	indicator: string;
	assessment: TargetAssessment;
	progress: ProgressMeasures;
	/** The base year the progress measures used. */
	baseYear: number;
}

/**
 * What a run gives. The maps and `results` read the runner's table when asked (and build each
 * row once): read what you need before the next run of the same runner.
 */
export interface RunResult {
	projections: ReadonlyMap<string, ProjectionRow>;
	/** Every result, in entry order (built as each is read: see {@link RunRows}). */
	results: readonly ResultRow[];
	/** The same results by number, for sorting and filtering without building them. */
	rows: RunRows;
	/** The results of one region × indicator ({@link seriesKey}), and of one region. */
	byKey: ReadonlyMap<string, readonly ResultRow[]>;
	byRegion: ReadonlyMap<string, readonly ResultRow[]>;
	/** Every region's composite rows (counted when first read). */
	composite: readonly CompositeRow[];
	/** One region's composite rows, without counting the others'. */
	compositeOf(region: string): readonly CompositeRow[];
	/**
	 * A global change is being assessed in the batch workers: these are the results before it,
	 * and the runner's `onUpdate` is called when the new ones are in.
	 */
	pending: boolean;
	/**
	 * While `pending`: the region assessed at once on the page's thread (its focus), whose results
	 * are already the new ones; null when there is none, and when nothing is pending.
	 */
	fresh: string | null;
}

/**
 * The results of a run by number (their place in `results`): what filters and sorts read,
 * straight from the register table, and each result object when it is wanted.
 */
export interface RunRows {
	readonly count: number;
	region(row: number): string;
	indicator(row: number): string;
	evaluatedYear(row: number): number;
	status(row: number): Status;
	probability(row: number): number | null;
	margin(row: number): number | null;
	/** The result object (built once, kept while its region × indicator does not change). */
	result(row: number): ResultRow;
	/** The numbers of a region's results, in order. */
	ofRegion(region: string): readonly number[];
}
