/**
 * Scorecard rows from the engine's results: filtering by scope, milestone and status, sorting,
 * and the headline per milestone. Pure.
 */
import type { Dataset } from '../data/model.ts';
import { indexDataset } from '../data/registry.ts';
import type { CompositeRow, Status } from '../domain/engine/index.ts';
import type { ResultRow, RunResult } from '../scenario/run.ts';
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
const STATUS_ORDER: Record<Status, number> = {
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

export function scorecardRows(
	run: RunResult,
	dataset: Dataset,
	view: View,
	milestones: readonly number[],
	sort: Sort,
	planStart: number = DEFAULT_PLAN_START
): ResultRow[] {
	const idx = indexDataset(dataset);
	const pool = view.scope === 'all' ? run.results : (run.byRegion.get(view.region) ?? []);
	const rows = pool.filter(
		(r) =>
			(view.milestone === null ||
				milestoneOf(r.assessment.evaluatedYear, milestones, planStart) === view.milestone) &&
			(view.status === null || r.assessment.status === view.status)
	);
	const name = (r: ResultRow) => idx.indicators.byId(r.indicator)?.zh ?? r.indicator;
	const regionName = (r: ResultRow) => idx.regions.byId(r.region)?.zh ?? r.region;
	const collator = new Intl.Collator('zh-CN');
	const value = (r: ResultRow): number | string => {
		switch (sort.key) {
			case 'indicator':
				return name(r);
			case 'region':
				return regionName(r);
			case 'year':
				return r.assessment.evaluatedYear;
			case 'probability':
				return r.assessment.probability ?? -1;
			case 'status':
				return STATUS_ORDER[r.assessment.status];
			case 'margin':
				return r.assessment.margin ?? -Infinity;
		}
	};
	const dir = sort.dir === 'asc' ? 1 : -1;
	return rows
		.map((r, i) => ({ r, i, v: value(r) }))
		.sort((a, b) => {
			const c =
				typeof a.v === 'string' && typeof b.v === 'string'
					? collator.compare(a.v, b.v)
					: (a.v as number) - (b.v as number);
			return c !== 0 ? c * dir : a.i - b.i;
		})
		.map((x) => x.r);
}

/** The focus region's composite row for each milestone. */
export function headline(run: RunResult, region: string): CompositeRow[] {
	return run.composite.filter((c) => c.region === region && c.count > 0);
}
