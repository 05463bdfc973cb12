/**
 * Running the engine over a dataset under a scenario's assumptions: one projection per
 * region × indicator, every target assessed at its evaluation years, and the composite.
 *
 * A {@link ScenarioRunner} is built once per dataset (./entries.ts: the series, traits and
 * target groups by column) and re-run for each change of assumptions. It keeps every
 * assessment in a register table (./batch.ts, one row of numbers per target × year) and
 * re-assesses only what a change touches: the region × indicator whose assumption changed, then
 * the composite of its region. A global change (new settings, a scenario loaded, a method for
 * everything) re-assesses every entry — split over batch workers when the dataset is large
 * enough for that to pay (./batchPool.ts), else on this thread. The result objects the page
 * reads (a target's verdict, a projection) are built from the table when first asked for, and
 * kept while their region × indicator does not change; every number is the one `assessTarget`
 * gives (tests/unit/engine/fast-path.test.ts compares them with the object path of
 * bench/reference/).
 */
import type { Dataset, Target } from '../data/model.ts';
import { targetGroupAt, type Revision } from '../data/targets.ts';
import {
	assessmentOf,
	compositeByRegion,
	progressMeasures,
	STATUSES,
	type Assumption,
	type CompositeInput,
	type CompositeRow,
	type IndicatorTraits,
	type Point,
	type ProgressMeasures,
	type Projection,
	type Status,
	type TargetAssessment
} from '../domain/engine/index.ts';
import { REG } from '../domain/engine/evaluate.ts';
import {
	assessEntry,
	optionsOf,
	pointsOf,
	projectEntry,
	REGISTER_COUNT,
	rowLayout,
	specOf,
	type RowLayout
} from './batch.ts';
import type { BatchWorkers } from './batchPool.ts';
import { HORIZON_FROM, indicatorTraits, runnerInput, type RunnerInput } from './entries.ts';
import { lazyArray, LazyMap } from './lazyMap.ts';
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
	composite: readonly CompositeRow[];
	/**
	 * A global change is being assessed in the batch workers: these are the results before it,
	 * and the runner's `onUpdate` is called when the new ones are in.
	 */
	pending: boolean;
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

export interface RunnerOptions {
	/** Workers for global changes of large datasets (none: everything on this thread). */
	workers?: BatchWorkers | null;
	/** Called when results assessed by the workers are in (run again to read them). */
	onUpdate?: () => void;
	/** From how many rows global changes go to the workers (default {@link WORKER_MIN_ROWS}). */
	workerMinRows?: number;
}

/** A part of the register table: rows `first … first + rows − 1`. */
interface TablePart {
	data: Float64Array;
	first: number;
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

const settingsKeyOf = (s: RunSettings): string =>
	`${s.baseYear}|${s.horizon}|${s.milestones.join(',')}|${s.asOf}`;

/**
 * Below this many rows a dataset is assessed on the page's thread whatever changes: the batch
 * workers' overhead (posting the assumptions, the table coming back) is more than they save.
 * Measured with `npm run bench` (docs/performance.md, "Where workers pay").
 */
export const WORKER_MIN_ROWS = 20_000;

/** A change of more than this share of the entries is a global change (the batch path). */
const GLOBAL_SHARE = 1 / 8;

export class ScenarioRunner {
	readonly dataset: Dataset;
	readonly #input: RunnerInput;
	readonly #workers: BatchWorkers | null;
	readonly #onUpdate: () => void;
	readonly #workerMinRows: number;
	#settings: RunSettings | null = null;
	#settingsKey = '';
	#layout: RowLayout | null = null;
	#parts: TablePart[] = [];
	/** The assumption the table holds for each entry, and the entries that have one. */
	#assumed: (Assumption | undefined)[] = [];
	#withAssumption = new Set<number>();
	#seen: Uint8Array;
	/** Bumped whenever an entry is re-assessed: what was built from its rows is stale. */
	#stamp: Uint32Array;
	/** Regions in the order of their first entry with results, each with those entries. */
	#regions = new Map<string, number[]>();
	#composite = new Map<string, CompositeRow[]>();
	#rows = new Map<number, { stamp: number; rows: ResultRow[] }>();
	#projections = new Map<number, { stamp: number; row: ProjectionRow }>();
	#points = new Map<number, Point[]>();
	#progress = new Map<string, ProgressMeasures>();
	#job: Promise<void> | null = null;
	/** The assumptions of the last run that changed the table (a map is never changed after). */
	#lastAssumptions: ReadonlyMap<string, Assumption> | null = null;

	constructor(dataset: Dataset, options: RunnerOptions = {}) {
		this.dataset = dataset;
		this.#input = runnerInput(dataset);
		this.#stamp = new Uint32Array(this.#input.count);
		this.#seen = new Uint8Array(this.#input.count);
		this.#workers = options.workers ?? null;
		this.#onUpdate = options.onUpdate ?? (() => {});
		this.#workerMinRows = options.workerMinRows ?? WORKER_MIN_ROWS;
	}

	/** Every region × indicator the runner projects. */
	get keys(): string[] {
		return [...this.#input.keys];
	}

	/** Rows of the register table (targets × evaluation years) under the last settings run. */
	get rowCount(): number {
		return this.#layout?.rowStart[this.#input.count] ?? 0;
	}

	/**
	 * Project and assess under these assumptions (keyed by {@link seriesKey}). A map given again
	 * is taken to hold what it held before: pass a new map for new assumptions.
	 */
	run(assumptions: ReadonlyMap<string, Assumption>, settings: RunSettings): RunResult {
		if (this.#job) return this.#view(true);
		const key = settingsKeyOf(settings);
		if (key !== this.#settingsKey) {
			this.#reset(settings, key);
			this.#assessAll(assumptions);
			this.#lastAssumptions = assumptions;
			// The workers take their shares now, so that the first global change need not wait.
			if (this.#useWorkers()) this.#workers!.prepare(this.#input);
			return this.#view(false);
		}
		// The same map as the last run's, whose changes the table already holds (or, while the
		// workers assess it, will): nothing to compare entry by entry.
		const changed =
			assumptions === this.#lastAssumptions && !this.#job ? [] : this.#changed(assumptions);
		this.#lastAssumptions = assumptions;
		if (changed.length === 0) return this.#view(false);
		if (changed.length > this.#input.count * GLOBAL_SHARE && this.#useWorkers()) {
			this.#startJob(assumptions);
			return this.#view(true);
		}
		for (const e of changed) this.#assessEntry(e, assumptions.get(this.#input.keys[e]!));
		const regions = new Set(changed.map((e) => this.#input.region[e]!));
		for (const r of regions) this.#composite.delete(r);
		return this.#view(false);
	}

	/** Whether global changes go to the workers (a large dataset, workers at hand). */
	#useWorkers(): boolean {
		return this.#workers !== null && this.rowCount >= this.#workerMinRows;
	}

	#reset(settings: RunSettings, key: string): void {
		this.#settings = settings;
		this.#settingsKey = key;
		const layout = rowLayout(this.#input, settings);
		this.#layout = layout;
		this.#progress.clear();
		this.#regions.clear();
		const { region, count } = this.#input;
		for (let e = 0; e < count; e++) {
			if (layout.rowStart[e + 1] === layout.rowStart[e]) continue;
			const list = this.#regions.get(region[e]!);
			if (list) list.push(e);
			else this.#regions.set(region[e]!, [e]);
		}
	}

	/** The entries whose assumption differs from the one the table holds. */
	#changed(assumptions: ReadonlyMap<string, Assumption>): number[] {
		const { byKey } = this.#input;
		const out: number[] = [];
		const seen = this.#seen;
		const visited: number[] = [];
		for (const [k, a] of assumptions) {
			const e = byKey.get(k);
			if (e === undefined || seen[e]) continue;
			seen[e] = 1;
			visited.push(e);
			if (!sameAssumption(this.#assumed[e], a)) out.push(e);
		}
		// Entries whose assumption was dropped.
		for (const e of this.#withAssumption) if (!seen[e]) out.push(e);
		for (const e of visited) seen[e] = 0;
		return out;
	}

	/** The table now holds entry `e` under `a` (`one`: a single change, else one of many). */
	#remember(e: number, a: Assumption | undefined, one = true): void {
		this.#assumed[e] = a;
		this.#stamp[e]!++;
		if (!one) return;
		if (a === undefined) this.#withAssumption.delete(e);
		else this.#withAssumption.add(e);
	}

	/** After a change of every entry: which have an assumption. */
	#rememberAll(): void {
		this.#withAssumption.clear();
		this.#assumed.forEach((a, e) => a !== undefined && this.#withAssumption.add(e));
	}

	/** Every entry, on this thread (first run, new settings, or a global change here). */
	#assessAll(assumptions: ReadonlyMap<string, Assumption>): void {
		const national = new Map<number, Point[]>();
		const { keys, count } = this.#input;
		const size = this.rowCount * REGISTER_COUNT;
		if (this.#parts.length !== 1 || this.#parts[0]!.data.length !== size)
			this.#parts = [{ data: new Float64Array(size), first: 0 }];
		const part = this.#parts[0]!;
		for (let e = 0; e < count; e++) {
			const a = assumptions.get(keys[e]!);
			assessEntry(this.#input, this.#layout!, e, a, this.#settings!, part.data, 0, national);
			this.#remember(e, a, false);
		}
		this.#rememberAll();
		this.#composite.clear();
	}

	#assessEntry(e: number, a: Assumption | undefined): void {
		const row = this.#layout!.rowStart[e]!;
		const part = this.#partOf(row);
		assessEntry(this.#input, this.#layout!, e, a, this.#settings!, part.data, part.first);
		this.#remember(e, a);
	}

	#partOf(row: number): TablePart {
		const parts = this.#parts;
		for (let i = parts.length - 1; i > 0; i--) if (row >= parts[i]!.first) return parts[i]!;
		return parts[0]!;
	}

	/** A global change in the workers; the results replace the table when they are in. */
	#startJob(assumptions: ReadonlyMap<string, Assumption>): void {
		const { keys, count } = this.#input;
		const wanted = keys.map((k) => assumptions.get(k));
		const settings = this.#settings!;
		const layout = this.#layout!;
		this.#job = this.#workers!.assess(this.#input, (e) => wanted[e], settings)
			.then((parts) => {
				if (this.#settings !== settings || this.#layout !== layout) return;
				this.#parts = parts.map((p) => ({ data: p.data, first: layout.rowStart[p.from]! }));
				for (let e = 0; e < count; e++) this.#remember(e, wanted[e], false);
				this.#rememberAll();
				this.#composite.clear();
			})
			.catch(() => {
				// The workers failed: assess here instead, so the page never keeps stale results.
				const here = new Map<string, Assumption>();
				wanted.forEach((a, e) => a && here.set(keys[e]!, a));
				this.#assessAll(here);
			})
			.finally(() => {
				this.#job = null;
				this.#onUpdate();
			});
	}

	#view(pending: boolean): RunResult {
		const { keys, byKey } = this.#input;
		const has = (k: string) => byKey.has(k);
		const composite: CompositeRow[] = [];
		for (const region of this.#regions.keys())
			for (const row of this.#compositeOf(region)) composite.push(row);
		const rows = this.#runRows();
		let results: ResultRow[] | null = null;
		return {
			projections: new LazyMap(keys, has, (k) => {
				const e = byKey.get(k);
				return e === undefined ? undefined : this.#projectionRow(e);
			}),
			get results() {
				return (results ??= lazyArray(rows.count, (i) => rows.result(i)));
			},
			rows,
			byKey: new LazyMap(keys, has, (k) => {
				const e = byKey.get(k);
				return e === undefined ? undefined : this.#entryRows(e);
			}),
			byRegion: new LazyMap(
				[...this.#regions.keys()],
				(r) => this.#regions.has(r),
				(r) => this.#regionRows(r)
			),
			composite,
			pending
		};
	}

	/** The entry of each row, under the current layout. */
	#entryOfRow: Int32Array | null = null;

	#runRows(): RunRows {
		const layout = this.#layout!;
		const input = this.#input;
		if (!this.#entryOfRow || this.#entryOfRow.length !== this.rowCount) {
			const of = new Int32Array(this.rowCount);
			for (let e = 0; e < input.count; e++)
				of.fill(e, layout.rowStart[e]!, layout.rowStart[e + 1]!);
			this.#entryOfRow = of;
		}
		const entryOf = this.#entryOfRow;
		const slot = (row: number, at: number): number => {
			const part = this.#partOf(row);
			return part.data[(row - part.first) * REGISTER_COUNT + at]!;
		};
		const orNull = (x: number) => (Number.isNaN(x) ? null : x);
		const byRegion = new Map<string, number[]>();
		return {
			count: this.rowCount,
			region: (row) => input.region[entryOf[row]!]!,
			indicator: (row) => input.indicator[entryOf[row]!]!.id,
			evaluatedYear: (row) => layout.year[row]!,
			status: (row) => STATUSES[slot(row, REG.status)]!,
			probability: (row) => orNull(slot(row, REG.probability)),
			margin: (row) => orNull(slot(row, REG.margin)),
			result: (row) => {
				const e = entryOf[row]!;
				return this.#entryRows(e)[row - layout.rowStart[e]!]!;
			},
			ofRegion: (region) => {
				let list = byRegion.get(region);
				if (!list) {
					list = [];
					for (const e of this.#regions.get(region) ?? [])
						for (let row = layout.rowStart[e]!; row < layout.rowStart[e + 1]!; row++)
							list.push(row);
					byRegion.set(region, list);
				}
				return list;
			}
		};
	}

	#regionRows(region: string): ResultRow[] | undefined {
		const entries = this.#regions.get(region);
		if (!entries) return undefined;
		const out: ResultRow[] = [];
		for (const e of entries) for (const r of this.#entryRows(e)) out.push(r);
		return out;
	}

	/** The composite rows of a region, recounted from the table when one of its entries changed. */
	#compositeOf(region: string): CompositeRow[] {
		let rows = this.#composite.get(region);
		if (rows) return rows;
		const settings = this.#settings!;
		const start = settings.baseYear ?? DEFAULT_PLAN_START;
		rows = compositeByRegion(this.#compositeInputs(region, start), settings.milestones);
		this.#composite.set(region, rows);
		return rows;
	}

	/** The composite's inputs of a region, read from the table (one object, reused). */
	#compositeInputs(region: string, start: number): Iterable<CompositeInput> {
		const entries = this.#regions.get(region) ?? [];
		const layout = this.#layout!;
		const item: CompositeInput = { region, evaluatedYear: 0, probability: null, status: 'no-data' };
		const partOf = (row: number) => this.#partOf(row);
		return {
			*[Symbol.iterator]() {
				for (const e of entries) {
					for (let row = layout.rowStart[e]!; row < layout.rowStart[e + 1]!; row++) {
						const year = layout.year[row]!;
						if (!(year > start)) continue;
						const part = partOf(row);
						const at = (row - part.first) * REGISTER_COUNT;
						const p = part.data[at + REG.probability]!;
						item.evaluatedYear = year;
						item.probability = Number.isNaN(p) ? null : p;
						item.status = STATUSES[part.data[at + REG.status]!]!;
						yield item;
					}
				}
			}
		};
	}

	#pointsOf(e: number): Point[] {
		let points = this.#points.get(e);
		if (!points) this.#points.set(e, (points = pointsOf(this.#input, e)));
		return points;
	}

	#projectionRow(e: number): ProjectionRow {
		const stamp = this.#stamp[e]!;
		const cached = this.#projections.get(e);
		if (cached && cached.stamp === stamp) return cached.row;
		const input = this.#input;
		const indicator = input.indicator[e]!;
		const points = this.#pointsOf(e);
		const row: ProjectionRow = {
			key: input.keys[e]!,
			region: input.region[e]!,
			indicator: indicator.id,
			unit: indicator.unit,
			points,
			traits: indicatorTraits(indicator),
			projection: projectEntry(input, e, this.#assumed[e], points)
		};
		this.#projections.set(e, { stamp, row });
		return row;
	}

	#entryRows(e: number): ResultRow[] {
		const stamp = this.#stamp[e]!;
		const cached = this.#rows.get(e);
		if (cached && cached.stamp === stamp) return cached.rows;
		const input = this.#input;
		const layout = this.#layout!;
		const settings = this.#settings!;
		const rows: ResultRow[] = [];
		const from = layout.rowStart[e]!;
		const to = layout.rowStart[e + 1]!;
		if (to > from) {
			const { projection, points, traits } = this.#projectionRow(e);
			const indicator = input.indicator[e]!.id;
			for (let row = from; row < to; row++) {
				const g = input.groups[layout.group[row]!]!;
				const group = targetGroupAt(this.dataset, g);
				const spec = specOf(input, g);
				const options = optionsOf(input, g, settings);
				const year = layout.year[row]!;
				const key = `${g}@${year}`;
				let progress = this.#progress.get(key);
				if (!progress) {
					progress = progressMeasures(points, spec, year, traits.direction, options);
					this.#progress.set(key, progress);
				}
				const part = this.#partOf(row);
				rows.push({
					key,
					target: group.target,
					revisions: group.revisions,
					horizonFrom: HORIZON_FROM[input.horizonFrom[g]!]!,
					region: input.region[e]!,
					indicator,
					assessment: assessmentOf(
						part.data,
						(row - part.first) * REGISTER_COUNT,
						projection,
						spec,
						year
					),
					progress,
					baseYear: options.baseYear
				});
			}
		}
		this.#rows.set(e, { stamp, rows });
		return rows;
	}
}
