/**
 * Scorecard rows from the engine's results: filtering by scope, milestone and status, sorting,
 * and the headline per milestone. Pure.
 */
import type { Dataset } from '../data/model.ts';
import { indexDataset } from '../data/registry.ts';
import type { CompositeRow, Status } from '../domain/engine/index.ts';
import { lazyArray } from '../scenario/lazyMap.ts';
import type { ResultRow, RunResult, RunRows } from '../scenario/run.ts';
import { DEFAULT_PLAN_START } from '../scenario/settings.ts';
import type { View } from './view.ts';

export const SORT_KEYS = [
	'indicator',
	'year',
	'probability',
	'status',
	'region',
	'margin'
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
	key: SortKey;
	dir: 'asc' | 'desc';
}

/** Worst first when sorted ascending: what needs attention leads. */
export const STATUS_ORDER: Record<Status, number> = {
	'off-track': 0,
	'at-risk': 1,
	missed: 2,
	'needs-assumption': 3,
	unverified: 4,
	'no-data': 5,
	'on-track': 6,
	met: 7
};

/**
 * The milestone column a result belongs to, as the headline counts it: the first milestone at or
 * after its year, for targets due after the plan's start (older ones are history, in no column).
 */
export function milestoneOf(
	evaluatedYear: number,
	milestones: readonly number[],
	planStart: number = DEFAULT_PLAN_START
): number | null {
	if (evaluatedYear <= planStart) return null;
	let best: number | null = null;
	for (const m of milestones) if (m >= evaluatedYear && (best === null || m < best)) best = m;
	return best;
}

/**
 * The scorecard's rows: the scope's results, filtered by milestone and status and sorted
 * (stable: equal values keep the results' order). Read by number from the run's table, so a
 * scope of hundreds of thousands of results is filtered and sorted without building them; the
 * list builds each result when it is read (a windowed scorecard reads the rows in view).
 */
export function scorecardRows(
	run: RunResult,
	dataset: Dataset,
	view: View,
	milestones: readonly number[],
	sort: Sort,
	planStart: number = DEFAULT_PLAN_START
): ResultRow[] {
	const idx = indexDataset(dataset);
	const rows = run.rows;
	const pool: ArrayLike<number> =
		view.scope === 'all'
			? Int32Array.from({ length: rows.count }, (_, i) => i)
			: rows.ofRegion(view.region);
	const kept: number[] = [];
	for (let k = 0; k < pool.length; k++) {
		const row = pool[k]!;
		if (
			(view.milestone === null ||
				milestoneOf(rows.evaluatedYear(row), milestones, planStart) === view.milestone) &&
			(view.status === null || rows.status(row) === view.status)
		)
			kept.push(row);
	}
	const names = (of: (row: number) => string, name: (id: string) => string) =>
		nameRanks(kept, (row) => name(of(row)), (zhCollator ??= new Intl.Collator('zh-CN')));
	const value = valuesOf(sort.key, kept, rows, {
		indicator: () => names(rows.indicator, (id) => idx.indicators.byId(id)?.zh ?? id),
		region: () => names(rows.region, (id) => idx.regions.byId(id)?.zh ?? id)
	});
	const dir = sort.dir === 'asc' ? 1 : -1;
	const order = kept.map((_, i) => i);
	order.sort((a, b) => {
		const c = value[a]! - value[b]!;
		return c !== 0 ? c * dir : a - b;
	});
	return lazyArray(order.length, (i) => rows.result(kept[order[i]!]!));
}

/** The value each kept row is sorted by (names by their rank in the collator's order). */
function valuesOf(
	key: SortKey,
	kept: readonly number[],
	rows: RunRows,
	names: { indicator: () => Float64Array; region: () => Float64Array }
): Float64Array {
	if (key === 'indicator') return names.indicator();
	if (key === 'region') return names.region();
	const out = new Float64Array(kept.length);
	kept.forEach((row, i) => {
		switch (key) {
			case 'year':
				out[i] = rows.evaluatedYear(row);
				break;
			case 'probability':
				out[i] = rows.probability(row) ?? -1;
				break;
			case 'status':
				out[i] = STATUS_ORDER[rows.status(row)];
				break;
			case 'margin':
				out[i] = rows.margin(row) ?? -Infinity;
		}
	});
	return out;
}

/** Made when first needed and kept: a new one for every run cost about 0.2 ms of each slider move. */
let zhCollator: Intl.Collator | null = null;

/**
 * Each row's name as a rank: the distinct names in the collator's order, names the collator
 * finds equal sharing a rank (so that sorting ranks orders as comparing the names would).
 */
function nameRanks(
	kept: readonly number[],
	name: (row: number) => string,
	collator: Intl.Collator
): Float64Array {
	const of = kept.map(name);
	const distinct = [...new Set(of)].sort(collator.compare);
	const rank = new Map<string, number>();
	distinct.forEach((n, k) => {
		const prev = distinct[k - 1];
		rank.set(n, prev !== undefined && collator.compare(prev, n) === 0 ? rank.get(prev)! : k);
	});
	return Float64Array.from(of, (n) => rank.get(n)!);
}

/** The focus region's composite row for each milestone. */
export function headline(run: RunResult, region: string): CompositeRow[] {
	return run.compositeOf(region).filter((c) => c.count > 0);
}
