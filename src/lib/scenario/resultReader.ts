/**
 * Reading the runner's register table (./registerTable.ts) into what a run gives
 * (./runResult.ts): the result rows by number straight from the table, and the objects the page
 * reads (a target's verdict, a projection, a region's composite), each built when first asked
 * for and kept while the stamp of its region × indicator does not change. The runner (./run.ts)
 * assesses; this only reads.
 */
import type { Dataset } from '../data/model.ts';
import { targetGroupAt } from '../data/targets.ts';
import {
	assessmentOf,
	compositeByRegion,
	progressMeasures,
	STATUSES,
	type CompositeInput,
	type CompositeRow,
	type Point,
	type ProgressMeasures
} from '../domain/engine/index.ts';
import { REG } from '../domain/engine/evaluate.ts';
import {
	optionsOf,
	pointsOf,
	projectEntry,
	REGISTER_COUNT,
	specOf,
	type RowLayout
} from './batch.ts';
import { HORIZON_FROM, indicatorTraits, type RunnerInput } from './entries.ts';
import { lazyArray, LazyMap } from './lazyMap.ts';
import type { RegisterTable } from './registerTable.ts';
import type { ProjectionRow, ResultRow, RunResult, RunRows } from './runResult.ts';
import { DEFAULT_PLAN_START, type RunSettings } from './settings.ts';

/** Reads a runner's table into {@link RunResult}s, keeping what it built while still current. */
export class ResultReader {
	readonly #dataset: Dataset;
	readonly #input: RunnerInput;
	readonly #table: RegisterTable;
	#settings: RunSettings | null = null;
	#layout: RowLayout | null = null;
	/** Regions in the order of their first entry with results, each with those entries. */
	#regions = new Map<string, number[]>();
	#composite = new Map<string, CompositeRow[]>();
	#rows = new Map<number, { stamp: number; rows: ResultRow[] }>();
	#projections = new Map<number, { stamp: number; row: ProjectionRow }>();
	#points = new Map<number, Point[]>();
	#progress = new Map<string, ProgressMeasures>();
	/** The entry of each row, under the current layout. */
	#entryOfRow: Int32Array | null = null;

	constructor(dataset: Dataset, input: RunnerInput, table: RegisterTable) {
		this.#dataset = dataset;
		this.#input = input;
		this.#table = table;
	}

	/** Rows of the register table under the current layout. */
	get #rowCount(): number {
		return this.#layout?.rowStart[this.#input.count] ?? 0;
	}

	/** New settings and their layout: the regions with results, nothing of the progress kept. */
	reset(settings: RunSettings, layout: RowLayout): void {
		this.#settings = settings;
		this.#layout = layout;
		// The rows' entries follow the layout: built again on first read, even for the same count.
		this.#entryOfRow = null;
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

	/** The composite of these regions (or of all) is to be counted again. */
	forgetComposite(regions?: Iterable<string>): void {
		if (!regions) return this.#composite.clear();
		for (const r of regions) this.#composite.delete(r);
	}

	view(pending: boolean, fresh: string | null = null): RunResult {
		const { keys, byKey } = this.#input;
		const has = (k: string) => byKey.has(k);
		const rows = this.#runRows();
		let results: ResultRow[] | null = null;
		let composite: CompositeRow[] | null = null;
		// Counted when read: after a global change at county scale the page reads one region's.
		const allComposite = () => {
			const out: CompositeRow[] = [];
			for (const region of this.#regions.keys())
				for (const row of this.#compositeOf(region)) out.push(row);
			return out;
		};
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
			get composite() {
				return (composite ??= allComposite());
			},
			compositeOf: (region) => (this.#regions.has(region) ? this.#compositeOf(region) : []),
			pending,
			fresh: pending ? fresh : null
		};
	}

	#runRows(): RunRows {
		const layout = this.#layout!;
		const input = this.#input;
		const table = this.#table;
		if (!this.#entryOfRow) {
			const of = new Int32Array(this.#rowCount);
			for (let e = 0; e < input.count; e++)
				of.fill(e, layout.rowStart[e]!, layout.rowStart[e + 1]!);
			this.#entryOfRow = of;
		}
		const entryOf = this.#entryOfRow;
		const orNull = (x: number) => (Number.isNaN(x) ? null : x);
		const byRegion = new Map<string, number[]>();
		return {
			count: this.#rowCount,
			region: (row) => input.region[entryOf[row]!]!,
			indicator: (row) => input.indicator[entryOf[row]!]!.id,
			evaluatedYear: (row) => layout.year[row]!,
			status: (row) => STATUSES[table.slot(row, REG.status)]!,
			probability: (row) => orNull(table.slot(row, REG.probability)),
			margin: (row) => orNull(table.slot(row, REG.margin)),
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
		const table = this.#table;
		return {
			*[Symbol.iterator]() {
				for (const e of entries) {
					for (let row = layout.rowStart[e]!; row < layout.rowStart[e + 1]!; row++) {
						const year = layout.year[row]!;
						if (!(year > start)) continue;
						const part = table.partOf(row);
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
		const stamp = this.#table.stamp[e]!;
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
			projection: projectEntry(input, e, this.#table.assumed[e], points)
		};
		this.#projections.set(e, { stamp, row });
		return row;
	}

	#entryRows(e: number): ResultRow[] {
		const stamp = this.#table.stamp[e]!;
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
				const group = targetGroupAt(this.#dataset, g);
				const spec = specOf(input, g);
				const options = optionsOf(input, g, settings);
				const year = layout.year[row]!;
				const key = `${g}@${year}`;
				let progress = this.#progress.get(key);
				if (!progress) {
					progress = progressMeasures(points, spec, year, traits.direction, options);
					this.#progress.set(key, progress);
				}
				const part = this.#table.partOf(row);
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
