/**
 * Running the engine over a dataset under a scenario's assumptions: one projection per
 * region × indicator, every target assessed at its evaluation years, and the composite.
 *
 * A {@link ScenarioRunner} is built once per dataset (./entries.ts: the series, traits and
 * target groups by column) and re-run for each change of assumptions. It keeps every
 * assessment in a register table (./batch.ts, one row of numbers per target × year; the
 * bookkeeping of what it holds in ./registerTable.ts) and re-assesses only what a change
 * touches: the region × indicator whose assumption changed, then the composite of its region.
 * A global change (new settings, a scenario loaded, a method for everything) re-assesses every
 * entry — split over batch workers when the dataset is large enough for that to pay
 * (./batchPool.ts), else on this thread. In the workers' case the focus region is assessed here
 * at once, and the job handed over when the page says (after its next paint: `later`). The
 * result objects the page reads (a target's verdict, a projection; their shapes in
 * ./runResult.ts) are built from the table when first asked for, and kept while their region ×
 * indicator does not change (./resultReader.ts); every number is the one `assessTarget` gives
 * (tests/unit/engine/fast-path.test.ts compares them with the object path of bench/reference/).
 */
import type { Dataset } from '../data/model.ts';
import type { Assumption, Point, Projection } from '../domain/engine/index.ts';
import { assessEntry, projectEntry, REGISTER_COUNT, rowLayout, type RowLayout } from './batch.ts';
import type { BatchWorkers } from './batchPool.ts';
import { runnerInput, type RunnerInput } from './entries.ts';
import { keysBetween } from './assumptionMap.ts';
import { RegisterTable } from './registerTable.ts';
import { ResultReader } from './resultReader.ts';
import type { RunResult } from './runResult.ts';
import { settingsKey, type RunSettings } from './settings.ts';

export type { RunSettings } from './settings.ts';
export type { ProjectionRow, ResultRow, RunResult, RunRows } from './runResult.ts';
export { indicatorTraits } from './entries.ts';

export interface RunnerOptions {
	/** Workers for global changes of large datasets (none: everything on this thread). */
	workers?: BatchWorkers | null;
	/** Called when results assessed by the workers are in (run again to read them). */
	onUpdate?: () => void;
	/** From how many rows global changes go to the workers (default {@link WORKER_MIN_ROWS}). */
	workerMinRows?: number;
	/**
	 * The region a global change in the workers assesses at once on this thread (the page's
	 * focus), so that what the page shows first is already under the change.
	 */
	first?: () => string | null;
	/**
	 * When a global change is handed to the workers (default: at once). The page hands it over
	 * after its next paint: on a machine of two cores the workers would otherwise take the cores
	 * the page needs to show the focus region first.
	 */
	later?: (start: () => void) => void;
}

/**
 * Below this many rows a dataset is assessed on the page's thread whatever changes: the batch
 * workers' overhead (posting the assumptions, the table coming back) is more than they save.
 * Measured with `npm run bench` (docs/performance.md, "Where workers pay").
 */
export const WORKER_MIN_ROWS = 20_000;

/** Settings, their key and the rows they lay out: what a run is assessed under. */
interface Under {
	settings: RunSettings;
	key: string;
	layout: RowLayout;
}

/** A change of more than this share of the entries is a global change (the batch path). */
const GLOBAL_SHARE = 1 / 8;

export class ScenarioRunner {
	readonly dataset: Dataset;
	readonly #input: RunnerInput;
	readonly #workers: BatchWorkers | null;
	readonly #onUpdate: () => void;
	readonly #workerMinRows: number;
	readonly #first: () => string | null;
	readonly #later: (start: () => void) => void;
	/** While the workers assess: the region already assessed here under the change. */
	#fresh: string | null = null;
	#settings: RunSettings | null = null;
	#settingsKey = '';
	#layout: RowLayout | null = null;
	readonly #table: RegisterTable;
	readonly #reader: ResultReader;
	#job: Promise<void> | null = null;
	/** The assumptions of the last run that changed the table (a map is never changed after). */
	#lastAssumptions: ReadonlyMap<string, Assumption> | null = null;

	constructor(dataset: Dataset, options: RunnerOptions = {}) {
		this.dataset = dataset;
		this.#input = runnerInput(dataset);
		this.#table = new RegisterTable(this.#input.count);
		this.#reader = new ResultReader(dataset, this.#input, this.#table);
		this.#workers = options.workers ?? null;
		this.#onUpdate = options.onUpdate ?? (() => {});
		this.#workerMinRows = options.workerMinRows ?? WORKER_MIN_ROWS;
		this.#first = options.first ?? (() => null);
		this.#later = options.later ?? ((start) => start());
	}

	/**
	 * A runner on this one's assessments as they stand (a copy of the table, the same settings),
	 * with none of its options: run under other assumptions, it re-assesses only the entries
	 * whose assumption differs. The fitted trends the page compares with are this runner's
	 * table minus the few series the analyst has changed (state/reference.svelte.ts); null
	 * while nothing is assessed yet or the workers are at work.
	 */
	fork(): ScenarioRunner | null {
		if (this.#job || !this.#layout || !this.#settings) return null;
		const copy = new ScenarioRunner(this.dataset);
		copy.#table.parts = this.#table.parts.map((p) => ({ data: p.data.slice(), first: p.first }));
		this.#table.assumed.forEach((a, e) => copy.#table.remember(e, a));
		copy.#reset(this.#current());
		copy.#lastAssumptions = this.#lastAssumptions;
		return copy;
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
		const key = settingsKey(settings);
		if (this.#job) {
			// A change while the workers assess is run once they are done: until then the focus
			// shown is no longer the latest either.
			if (assumptions !== this.#lastAssumptions || key !== this.#settingsKey) this.#fresh = null;
			return this.#reader.view(true, this.#fresh);
		}
		if (key !== this.#settingsKey) {
			const layout = rowLayout(this.#input, settings);
			this.#lastAssumptions = assumptions;
			// New settings re-assess every entry: in the workers when a run is on screen to show
			// meanwhile (the table and its reader keep the old settings until the results are in).
			if (this.#layout !== null && this.#useWorkers(layout)) {
				this.#startJob(assumptions, { settings, key, layout });
				return this.#reader.view(true);
			}
			this.#reset({ settings, key, layout });
			this.#assessAll(assumptions);
			// The workers take their shares now, so that the first global change need not wait.
			if (this.#useWorkers(layout)) this.#workers!.prepare(this.#input);
			return this.#reader.view(false);
		}
		// The same map as the last run's, whose changes the table already holds: nothing to do.
		const last = this.#lastAssumptions;
		if (assumptions === last) return this.#reader.view(false);
		this.#lastAssumptions = assumptions;
		const only = last && keysBetween(last, assumptions);
		const { count, keys } = this.#input;
		// A new list that changes many assumptions (a scenario loaded, a method set for all) in a
		// dataset the workers assess: comparing it entry by entry (90,000 at county scale) takes
		// as long as painting the focus region, so the focus is assessed at once and the rest
		// compared after that paint. A sample of the entries tells such a list from one that
		// changes a few.
		if (
			only === null &&
			this.#useWorkers(this.#layout!) &&
			this.#table.changedShare(assumptions, keys) > GLOBAL_SHARE
		) {
			this.#startJob(assumptions, this.#current(), true);
			return this.#reader.view(true, this.#fresh);
		}
		const changed = this.#table.changed(assumptions, this.#input.byKey, only);
		if (changed.length === 0) return this.#reader.view(false);
		if (changed.length > count * GLOBAL_SHARE && this.#useWorkers(this.#layout!)) {
			this.#startJob(assumptions, this.#current());
			return this.#reader.view(true, this.#fresh);
		}
		this.#assessHere(changed, assumptions);
		return this.#reader.view(false);
	}

	/** Entries `changed` re-assessed on this thread, and their regions' composites forgotten. */
	#assessHere(changed: readonly number[], assumptions: ReadonlyMap<string, Assumption>): void {
		const { keys, region } = this.#input;
		for (const e of changed) this.#assessEntry(e, assumptions.get(keys[e]!));
		this.#reader.forgetComposite(new Set(changed.map((e) => region[e]!)));
	}

	/**
	 * The projection of one region × indicator under `assumption`, made now. While the workers
	 * assess a global change the run shows the previous results; the page projects its focus
	 * with this meanwhile (the same function the table's rows come from, so the same numbers).
	 */
	projectionNow(key: string, assumption: Assumption | undefined): Projection | undefined {
		const e = this.#input.byKey.get(key);
		return e === undefined ? undefined : projectEntry(this.#input, e, assumption);
	}

	/** Whether global changes under `layout` go to the workers (a large dataset, workers at hand). */
	#useWorkers(layout: RowLayout): boolean {
		return this.#workers !== null && layout.rowStart[this.#input.count]! >= this.#workerMinRows;
	}

	#current(): Under {
		return { settings: this.#settings!, key: this.#settingsKey, layout: this.#layout! };
	}

	/** Assess under these settings from now on (the table is then to be filled anew). */
	#reset(under: Under): void {
		this.#settings = under.settings;
		this.#settingsKey = under.key;
		this.#layout = under.layout;
		this.#reader.reset(under.settings, under.layout);
	}

	/** Every entry, on this thread (first run, new settings, or a global change here). */
	#assessAll(assumptions: ReadonlyMap<string, Assumption>): void {
		const national = new Map<number, Point[]>();
		const { keys, count } = this.#input;
		const table = this.#table;
		const size = this.rowCount * REGISTER_COUNT;
		if (table.parts.length !== 1 || table.parts[0]!.data.length !== size)
			table.parts = [{ data: new Float64Array(size), first: 0 }];
		const part = table.parts[0]!;
		for (let e = 0; e < count; e++) {
			const a = assumptions.get(keys[e]!);
			assessEntry(this.#input, this.#layout!, e, a, this.#settings!, part.data, 0, national);
			table.remember(e, a);
		}
		this.#reader.forgetComposite();
	}

	#assessEntry(e: number, a: Assumption | undefined): void {
		const row = this.#layout!.rowStart[e]!;
		const part = this.#table.partOf(row);
		assessEntry(this.#input, this.#layout!, e, a, this.#settings!, part.data, part.first);
		this.#table.remember(e, a);
	}

	/**
	 * A global change in the workers, under `under` (the current settings, or new ones); the
	 * results replace the table, and the new settings the old, when they are in.
	 */
	#startJob(
		assumptions: ReadonlyMap<string, Assumption>,
		under: Under,
		compareFirst = false
	): void {
		const { keys, count } = this.#input;
		const { settings, layout } = under;
		const table = this.#table;
		let wanted: (Assumption | undefined)[] = [];
		const handedOver = new Promise<void>((resolve) => this.#later(resolve));
		this.#job = handedOver
			.then(() => {
				if (compareFirst) {
					// Few of them changed after all: those are assessed here.
					const changed = table.changed(assumptions, this.#input.byKey);
					if (changed.length <= count * GLOBAL_SHARE) {
						this.#assessHere(changed, assumptions);
						return null;
					}
				}
				wanted = keys.map((k) => assumptions.get(k));
				return this.#workers!.assess(this.#input, (e) => wanted[e], settings);
			})
			.then((parts) => {
				if (parts === null) return;
				if (layout !== this.#layout) this.#reset(under);
				table.parts = parts.map((p) => ({ data: p.data, first: layout.rowStart[p.from]! }));
				for (let e = 0; e < count; e++) table.remember(e, wanted[e]);
				this.#reader.forgetComposite();
			})
			.catch(() => {
				// The workers failed: assess here instead, so the page never keeps stale results.
				if (layout !== this.#layout) this.#reset(under);
				this.#assessAll(assumptions);
			})
			.finally(() => {
				this.#job = null;
				this.#fresh = null;
				this.#onUpdate();
			});
		// Meanwhile, under the same settings, the focus region here, every entry of it with
		// targets or not (a few dozen: well under a millisecond); the workers' results for it
		// will be the same numbers.
		const region = layout === this.#layout ? this.#first() : null;
		if (region !== null) {
			const regionOf = this.#input.region;
			for (let e = 0; e < count; e++)
				if (regionOf[e] === region) this.#assessEntry(e, assumptions.get(keys[e]!));
			this.#reader.forgetComposite([region]);
			this.#fresh = region;
		}
	}
}
