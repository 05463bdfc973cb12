/**
 * The page's scenario runner until issue 17 (object results per target, a map of every
 * projection and every result rebuilt on each run), kept as the reference the fast path is
 * compared with and measured against. Built on the object path of ./objectData.ts. Not used by
 * the app.
 */
import type { Dataset, Indicator, Target } from '../../src/lib/data/model.ts';
import type { Revision } from '../../src/lib/data/targets.ts';
import { indexDataset } from '../../src/lib/data/registry.ts';
import {
	assessTarget,
	compositeByRegion,
	defaultBounds,
	evaluationYears,
	progressMeasures,
	projectIndicator,
	type Assumption,
	type CompositeRow,
	type EngineOptions,
	type IndicatorTraits,
	type Point,
	type ProgressMeasures,
	type SeriesContext,
	type TargetSpec
} from '../../src/lib/domain/engine/index.ts';
import { seriesKey } from '../../src/lib/scenario/apply.ts';
import {
	DEFAULT_PLAN_START,
	FALLBACK_BASE_YEAR,
	type RunSettings
} from '../../src/lib/scenario/settings.ts';
import type { ProjectionRow, ResultRow } from '../../src/lib/scenario/runResult.ts';
import { objectSeriesOf, objectTargetGroups } from './objectData.ts';

/** One region × indicator: its actuals, traits, series context and targets. */
export interface SeriesEntry {
	key: string;
	region: string;
	indicator: Indicator;
	points: Point[];
	traits: IndicatorTraits;
	context: SeriesContext;
	targets: EntryTarget[];
}

export interface EntryTarget {
	target: Target;
	revisions: readonly Revision[];
	index: number;
	baseYear: number;
	spec: TargetSpec;
	horizonFrom: 'figure' | 'source' | 'scenario' | null;
}

function indicatorTraits(indicator: Indicator): IndicatorTraits {
	return {
		bounds: defaultBounds(indicator.unit, indicator.lowerBound, indicator.upperBound),
		direction: indicator.direction
	};
}

/** The series entries of a dataset, in the order their data first appears. */
export function seriesEntries(dataset: Dataset): SeriesEntry[] {
	const idx = indexDataset(dataset);
	const national = dataset.regions.find((r) => r.level === 'national')?.id;
	const byKey = new Map<string, SeriesEntry>();
	const entry = (region: string, indicatorId: string): SeriesEntry | undefined => {
		const key = seriesKey(region, indicatorId);
		let e = byKey.get(key);
		if (!e) {
			const indicator = idx.indicators.byId(indicatorId);
			if (!indicator) return undefined;
			const series = objectSeriesOf(dataset, region, indicatorId);
			const points = series.map((p) => ({ year: p.year, value: p.value }));
			const conflictYears = series
				.filter((p) => p.conflicts.length > 0 || p.disputed !== null)
				.map((p) => p.year);
			const context: SeriesContext = {
				breakYear: breakYearOf(dataset, region, indicatorId),
				conflictYears,
				national:
					national !== undefined && national !== region
						? {
								series: objectSeriesOf(dataset, national, indicatorId),
								breakYear: breakYearOf(dataset, national, indicatorId)
							}
						: null
			};
			const traits = indicatorTraits(indicator);
			e = { key, region, indicator, points, traits, context, targets: [] };
			byKey.set(key, e);
		}
		return e;
	};
	for (const o of dataset.observations) if (o.year !== null) entry(o.region, o.indicator);
	objectTargetGroups(dataset).forEach(({ target, revisions }, index) => {
		const sources = target.provenance.map((p) => idx.sources.get(p.source));
		const planStart = sources.map((s) => s?.planStart).find((y) => y !== undefined);
		const sourceHorizon = sources.map((s) => s?.horizon).find((y) => y !== undefined);
		const horizon = target.horizon ?? sourceHorizon ?? null;
		entry(target.region, target.indicator)?.targets.push({
			target,
			revisions,
			index,
			baseYear: planStart ?? FALLBACK_BASE_YEAR,
			spec: {
				year: target.year,
				horizon,
				comparator: target.comparator,
				value: target.value,
				valueMax: target.valueMax
			},
			horizonFrom:
				target.year !== null
					? null
					: target.horizon !== undefined
						? 'figure'
						: sourceHorizon !== undefined
							? 'source'
							: 'scenario'
		});
	});
	return [...byKey.values()];
}

/** The first year of the new series after a break in `conflicts.csv`, if any. */
function breakYearOf(dataset: Dataset, region: string, indicator: string): number | null {
	for (const c of dataset.conflicts ?? []) {
		if (c.region === region && c.indicator === indicator && c.breakYear !== undefined)
			return c.breakYear;
	}
	return null;
}

/** The rows are the page runner's own types: the reference must give the same shape. */
export type { ProjectionRow, ResultRow };

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

export class ObjectScenarioRunner {
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
