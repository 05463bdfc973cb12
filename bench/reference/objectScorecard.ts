/**
 * The scorecard's filter and sort as the page did them until issue 17 (over result objects),
 * kept as the reference for tests/unit/engine/fast-path.test.ts. Not used by the app.
 */
import type { Dataset } from '../../src/lib/data/model.ts';
import { indexDataset } from '../../src/lib/data/registry.ts';
import type { ResultRow, RunResult } from '../../src/lib/scenario/run.ts';
import { DEFAULT_PLAN_START } from '../../src/lib/scenario/settings.ts';
import { milestoneOf, STATUS_ORDER, type Sort } from '../../src/lib/state/scorecard.ts';
import type { View } from '../../src/lib/state/view.ts';

export function objectScorecardRows(
	run: Pick<RunResult, 'results' | 'byRegion'>,
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
