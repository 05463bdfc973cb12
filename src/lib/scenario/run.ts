/**
 * Running the engine over a dataset under a scenario's assumptions: one projection per
 * region × indicator, every target assessed at its evaluation years, and the composite.
 *
 * A {@link ScenarioRunner} is built once per dataset (series, traits, progress measures) and
 * re-run for each change of assumptions; a projection whose assumption did not change is
 * reused with its results, so moving one slider re-assesses only that indicator's targets.
 */
import type { Dataset, Target } from '../data/model.ts';
import type { Revision } from '../data/targets.ts';
import {
	assessTarget,
	compositeByRegion,
	evaluationYears,
	progressMeasures,
	projectIndicator,
	type Assumption,
	type CompositeRow,
	type EngineOptions,
	type IndicatorTraits,
	type Point,
	type ProgressMeasures,
	type Projection,
	type TargetAssessment
} from '../domain/engine/index.ts';
import { seriesEntries, type SeriesEntry } from './entries.ts';
import { DEFAULT_PLAN_START, type RunSettings } from './settings.ts';

export type { RunSettings } from './settings.ts';
export { indicatorTraits } from './entries.ts';

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

export interface RunResult {
	projections: ReadonlyMap<string, ProjectionRow>;
	results: readonly ResultRow[];
	/** The results of one region × indicator ({@link seriesKey}), and of one region. */
	byKey: ReadonlyMap<string, readonly ResultRow[]>;
	byRegion: ReadonlyMap<string, readonly ResultRow[]>;
	composite: readonly CompositeRow[];
}

interface Cached {
	assumption: Assumption | undefined;
	row: ProjectionRow;
	results: ResultRow[];
}

const sameAssumption = (a: Assumption | undefined, b: Assumption | undefined): boolean =>
	a === b ||
	(a !== undefined &&
		b !== undefined &&
		a.method === b.method &&
		a.rate === b.rate &&
		a.sigma === b.sigma &&
		a.baseline?.year === b.baseline?.year &&
		a.baseline?.value === b.baseline?.value);

export class ScenarioRunner {
	readonly dataset: Dataset;
	readonly #entries: SeriesEntry[] = [];
	readonly #cache = new Map<string, Cached>();
	/** Composite rows per region, kept while none of the region's projections changes. */
	readonly #composite = new Map<string, CompositeRow[]>();
	#settingsKey = '';
	readonly #progress = new Map<string, ProgressMeasures>();

	constructor(dataset: Dataset) {
		this.dataset = dataset;
		this.#entries = seriesEntries(dataset);
	}

	/** Every region × indicator the runner projects. */
	get keys(): string[] {
		return this.#entries.map((e) => e.key);
	}

	/** Project and assess under these assumptions (keyed by {@link seriesKey}). */
	run(assumptions: ReadonlyMap<string, Assumption>, settings: RunSettings): RunResult {
		const settingsKey = `${settings.baseYear}|${settings.horizon}|${settings.milestones.join(',')}|${settings.asOf}`;
		if (settingsKey !== this.#settingsKey) {
			this.#cache.clear();
			this.#progress.clear();
			this.#composite.clear();
			this.#settingsKey = settingsKey;
		}
		const projections = new Map<string, ProjectionRow>();
		const results: ResultRow[] = [];
		const byKey = new Map<string, readonly ResultRow[]>();
		const byRegion = new Map<string, ResultRow[]>();
		for (const e of this.#entries) {
			const assumption = assumptions.get(e.key);
			let cached = this.#cache.get(e.key);
			if (!cached || !sameAssumption(cached.assumption, assumption)) {
				cached = this.#compute(e, assumption, settings);
				this.#cache.set(e.key, cached);
				this.#composite.delete(e.region);
			}
			projections.set(e.key, cached.row);
			byKey.set(e.key, cached.results);
			if (cached.results.length === 0) continue;
			let regional = byRegion.get(e.region);
			if (!regional) byRegion.set(e.region, (regional = []));
			for (const r of cached.results) {
				results.push(r);
				regional.push(r);
			}
		}
		// The milestone columns hold targets due after the plan's start (2025–2027 in the 2027
		// column, and so on); older targets stay in the results as history (met / missed).
		// Only regions whose projections changed are counted again.
		const start = settings.baseYear ?? DEFAULT_PLAN_START;
		const composite: CompositeRow[] = [];
		for (const [region, rows] of byRegion) {
			let regional = this.#composite.get(region);
			if (!regional) {
				regional = compositeByRegion(
					rows
						.filter((r) => r.assessment.evaluatedYear > start)
						.map((r) => ({
							region: r.region,
							evaluatedYear: r.assessment.evaluatedYear,
							probability: r.assessment.probability,
							status: r.assessment.status
						})),
					settings.milestones
				);
				this.#composite.set(region, regional);
			}
			for (const row of regional) composite.push(row);
		}
		return { projections, results, byKey, byRegion, composite };
	}

	#compute(e: SeriesEntry, assumption: Assumption | undefined, settings: RunSettings): Cached {
		const projection = projectIndicator(e.points, e.traits, assumption, e.context);
		const row: ProjectionRow = {
			key: e.key,
			region: e.region,
			indicator: e.indicator.id,
			unit: e.indicator.unit,
			points: e.points,
			traits: e.traits,
			projection
		};
		const results: ResultRow[] = [];
		for (const { target, revisions, index, baseYear: planStart, spec, horizonFrom } of e.targets) {
			const baseYear = settings.baseYear ?? planStart;
			const options: EngineOptions = {
				baseYear,
				horizon: settings.horizon,
				milestones: settings.milestones,
				asOf: settings.asOf
			};
			for (const year of evaluationYears(spec, options)) {
				const key = `${index}@${year}`;
				let progress = this.#progress.get(key);
				if (!progress) {
					progress = progressMeasures(e.points, spec, year, e.traits.direction, options);
					this.#progress.set(key, progress);
				}
				results.push({
					key,
					target,
					revisions,
					horizonFrom,
					region: e.region,
					indicator: e.indicator.id,
					assessment: assessTarget(projection, e.points, spec, options, year),
					progress,
					baseYear
				});
			}
		}
		return { assumption, row, results };
	}
}
