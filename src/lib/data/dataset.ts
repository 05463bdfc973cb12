/**
 * Operations on whole datasets: merging an addition, and reading one region × indicator
 * series with the precedence rule of engine.md (scenario > import > seed > reference).
 *
 * The series are grouped once per dataset, by column (`seriesIndex`): every region × indicator's
 * dated actuals, the winning value of each year and the values that lost. `seriesOf` rebuilds
 * the points of one series as objects the first time it is asked for; the engine's runner reads
 * the columns themselves. The targets and indicators of one region are looked up in
 * ./byRegion.ts.
 */
import { columnsOf, ColumnarDataset, mergeColumnar, NO_YEAR } from './columnar.ts';
import type { FigureColumns } from './columns.ts';
import type { ConflictNote, Dataset, Observation, Target } from './model.ts';
import { SOURCE_PRECEDENCE, seriesKey } from './vocabulary.ts';
import { indexDataset } from './registry.ts';

/**
 * A new dataset with the addition's items appended (the inputs are not touched). Held by
 * column when either input is.
 */
export function mergeDataset(base: Dataset, addition: Dataset): Dataset {
	if (base instanceof ColumnarDataset || addition instanceof ColumnarDataset)
		return mergeColumnar(base, addition);
	const merged: Dataset = {
		sources: [...base.sources, ...addition.sources],
		regions: [...base.regions, ...addition.regions],
		indicators: [...base.indicators, ...addition.indicators],
		observations: [...base.observations, ...addition.observations],
		targets: [...base.targets, ...addition.targets]
	};
	const conflicts = [...(base.conflicts ?? []), ...(addition.conflicts ?? [])];
	if (conflicts.length > 0) merged.conflicts = conflicts;
	return merged;
}

/** How strongly a figure's sources rank (the highest of its provenances). */
export function precedence(dataset: Dataset, figure: Observation | Target): number {
	const { sources } = indexDataset(dataset);
	let best = -1;
	for (const p of figure.provenance) {
		const kind = sources.get(p.source)?.kind;
		best = Math.max(best, kind ? SOURCE_PRECEDENCE[kind] : SOURCE_PRECEDENCE.import);
	}
	return best;
}

/** One year of a series: the value used, and any other values given for that year. */
export interface SeriesPoint {
	year: number;
	value: number;
	observation: Observation;
	/** Values for the same year that lost on precedence and differ from the winner. */
	conflicts: Observation[];
	/** A known disagreement between sources that covers this year, if any. */
	disputed: ConflictNote | null;
}

/**
 * Every series of a dataset, by column: series `s` has the points `start[s] … start[s + 1] − 1`,
 * in year order, each the winning observation of its year.
 */
export interface SeriesIndex {
	readonly count: number;
	/** {@link seriesKey} of each series, in the order its first dated observation appears. */
	readonly keys: readonly string[];
	readonly byKey: ReadonlyMap<string, number>;
	/** Region and indicator of each series, as numbers of the columns' string table. */
	readonly region: Int32Array;
	readonly indicator: Int32Array;
	readonly start: Int32Array;
	readonly year: Float64Array;
	readonly value: Float64Array;
	/** The observation (row of the columns) that gives each point. */
	readonly row: Int32Array;
	/** Points with values that lost and differ from the winner: their rows, in data order. */
	readonly conflictRows: ReadonlyMap<number, readonly number[]>;
	/** Points that a known disagreement between sources covers. */
	readonly disputed: ReadonlyMap<number, ConflictNote>;
	readonly columns: FigureColumns<Observation>;
}

const indexCache = new WeakMap<Dataset, SeriesIndex>();
const pointCache = new WeakMap<Dataset, Map<number, readonly SeriesPoint[]>>();

/** The series of a dataset, grouped once per dataset (see {@link SeriesIndex}). */
export function seriesIndex(dataset: Dataset): SeriesIndex {
	let index = indexCache.get(dataset);
	if (!index) {
		index = buildSeriesIndex(dataset);
		indexCache.set(dataset, index);
	}
	return index;
}

/**
 * The actual series of one region × indicator, sorted by year. When several observations give
 * the same year, the higher-precedence source wins (the later one among equals); the others
 * stay attached as conflicts when their value differs.
 */
export function seriesOf(
	dataset: Dataset,
	region: string,
	indicator: string
): readonly SeriesPoint[] {
	const index = seriesIndex(dataset);
	const s = index.byKey.get(seriesKey(region, indicator));
	if (s === undefined) return [];
	let cache = pointCache.get(dataset);
	if (!cache) pointCache.set(dataset, (cache = new Map()));
	let points = cache.get(s);
	if (!points) {
		const c = index.columns;
		const out: SeriesPoint[] = [];
		for (let p = index.start[s]!; p < index.start[s + 1]!; p++) {
			out.push({
				year: index.year[p]!,
				value: index.value[p]!,
				observation: c.figure(index.row[p]!),
				conflicts: (index.conflictRows.get(p) ?? []).map((r) => c.figure(r)),
				disputed: index.disputed.get(p) ?? null
			});
		}
		cache.set(s, (points = out));
	}
	return points;
}

function buildSeriesIndex(dataset: Dataset): SeriesIndex {
	const c = columnsOf(dataset).observations;
	const n = c.length;
	const strings = c.strings.list;
	const width = strings.length;
	const ids = new Map<number, number>();
	const keys: string[] = [];
	const regions: number[] = [];
	const indicators: number[] = [];
	const seriesOfRow = new Int32Array(n).fill(-1);
	const counts: number[] = [];
	const odd = c.extra.size > 0;
	for (let i = 0; i < n; i++) {
		if (odd ? c.yearOf(i) === null || isOdd(c, i) : c.year[i] === NO_YEAR) continue;
		const r = c.region[i]!;
		const ind = c.indicator[i]!;
		const k = r * width + ind;
		let s = ids.get(k);
		if (s === undefined) {
			s = keys.push(seriesKey(strings[r]!, strings[ind]!)) - 1;
			ids.set(k, s);
			regions.push(r);
			indicators.push(ind);
			counts.push(0);
		}
		seriesOfRow[i] = s;
		counts[s]!++;
	}
	const count = keys.length;
	// Rows grouped by series, in data order (a counting sort).
	const rowStart = new Int32Array(count + 1);
	for (let s = 0; s < count; s++) rowStart[s + 1] = rowStart[s]! + counts[s]!;
	const fill = rowStart.slice(0, count);
	const order = new Int32Array(rowStart[count]!);
	for (let i = 0; i < n; i++) {
		const s = seriesOfRow[i]!;
		if (s >= 0) order[fill[s]!++] = i;
	}
	const rank = precedenceOfLists(dataset, c);
	const disputes = disputesBySeries(dataset);
	const start = new Int32Array(count + 1);
	const year = new Float64Array(order.length);
	const value = new Float64Array(order.length);
	const row = new Int32Array(order.length);
	const conflictRows = new Map<number, number[]>();
	const disputed = new Map<number, ConflictNote>();
	let p = 0;
	const rows: number[] = [];
	for (let s = 0; s < count; s++) {
		start[s] = p;
		rows.length = 0;
		for (let k = rowStart[s]!; k < rowStart[s + 1]!; k++) rows.push(order[k]!);
		sortByYear(rows, c);
		const notes = disputes.get(keys[s]!);
		for (let a = 0; a < rows.length;) {
			const y = c.yearOf(rows[a]!)!;
			let b = a + 1;
			while (b < rows.length && c.yearOf(rows[b]!) === y) b++;
			// The highest precedence wins; the later one among equals.
			let winner = rows[a]!;
			let best = rank(winner);
			for (let k = a + 1; k < b; k++) {
				const r = rank(rows[k]!);
				if (r >= best) [winner, best] = [rows[k]!, r];
			}
			const v = c.valueOf(winner);
			year[p] = y;
			value[p] = v;
			row[p] = winner;
			if (b - a > 1) {
				const lost = rows.slice(a, b).filter((r) => r !== winner && c.valueOf(r) !== v);
				if (lost.length > 0) conflictRows.set(p, lost);
			}
			const note = notes?.find((x) => x.years.includes(y));
			if (note) disputed.set(p, note);
			p++;
			a = b;
		}
	}
	start[count] = p;
	const byKey = new Map<string, number>();
	keys.forEach((k, s) => byKey.set(k, s));
	return {
		count,
		keys,
		byKey,
		region: Int32Array.from(regions),
		indicator: Int32Array.from(indicators),
		start,
		year: p < year.length ? year.slice(0, p) : year,
		value: p < value.length ? value.slice(0, p) : value,
		row: p < row.length ? row.slice(0, p) : row,
		conflictRows,
		disputed,
		columns: c
	};
}

/** A figure whose region or indicator is not a string is in no series (nor in a lookup). */
export function isOdd(c: FigureColumns, i: number): boolean {
	const e = c.extra.get(i);
	return e !== undefined && ('region' in e || 'indicator' in e);
}

/** Rows in year order, data order among equal years (a stable insertion sort: series are short). */
function sortByYear(rows: number[], c: FigureColumns): void {
	if (rows.length > 64) {
		const years = new Map(rows.map((r) => [r, c.yearOf(r)!]));
		rows.sort((a, b) => years.get(a)! - years.get(b)! || a - b);
		return;
	}
	for (let i = 1; i < rows.length; i++) {
		const r = rows[i]!;
		const y = c.yearOf(r)!;
		let j = i - 1;
		while (j >= 0 && c.yearOf(rows[j]!)! > y) {
			rows[j + 1] = rows[j]!;
			j--;
		}
		rows[j + 1] = r;
	}
}

/** The precedence of each row's provenance list (as {@link precedence}), computed once per list. */
function precedenceOfLists(dataset: Dataset, c: FigureColumns): (row: number) => number {
	const memo = new Map<number, number>();
	return (row) => {
		const id = c.provenance[row]!;
		let best = memo.get(id);
		if (best === undefined) {
			best = precedence(dataset, { provenance: c.lists.lists[id]! } as Observation);
			memo.set(id, best);
		}
		return best;
	};
}

function disputesBySeries(dataset: Dataset): Map<string, ConflictNote[]> {
	const out = new Map<string, ConflictNote[]>();
	for (const note of dataset.conflicts ?? []) {
		const key = seriesKey(note.region, note.indicator);
		const list = out.get(key);
		if (list) list.push(note);
		else out.set(key, [note]);
	}
	return out;
}
