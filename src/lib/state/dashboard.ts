/**
 * The plan dashboard: the focus region's plan targets grouped by milestone (2027, 2029, 2035:
 * every target due after the plan's start in the first milestone at or after its year), then the
 * targets without a year by the year they are judged at (their plan's horizon). Within a group,
 * what needs attention first. Pure.
 */
import type { Status } from '../domain/engine/index.ts';
import type { ResultRow } from '../scenario/run.ts';
import { DEFAULT_PLAN_START } from '../scenario/settings.ts';
import { milestoneOf } from './scorecard.ts';

export interface DashboardGroup {
	/** `milestone`: dated targets due by `year`; `undated`: targets without a year judged at it. */
	kind: 'milestone' | 'undated';
	year: number;
	rows: ResultRow[];
	/** How many of the group's targets have each status. */
	counts: Partial<Record<Status, number>>;
}

/** Off track first, met last: the order a director reads a dashboard in. */
const ATTENTION: Record<Status, number> = {
	'off-track': 0,
	'at-risk': 1,
	missed: 2,
	'needs-assumption': 3,
	'no-data': 4,
	unverified: 5,
	'on-track': 6,
	met: 7
};

export function dashboardGroups(
	rows: readonly ResultRow[],
	milestones: readonly number[],
	planStart: number = DEFAULT_PLAN_START
): DashboardGroup[] {
	const groups = new Map<string, DashboardGroup>();
	for (const r of rows) {
		const year = r.assessment.evaluatedYear;
		if (year <= planStart) continue;
		const dated = r.target.year !== null;
		const key = dated ? milestoneOf(year, milestones, planStart) : year;
		if (key === null) continue;
		const id = `${dated ? 'm' : 'u'}${key}`;
		let g = groups.get(id);
		if (!g) {
			g = { kind: dated ? 'milestone' : 'undated', year: key, rows: [], counts: {} };
			groups.set(id, g);
		}
		g.rows.push(r);
		g.counts[r.assessment.status] = (g.counts[r.assessment.status] ?? 0) + 1;
	}
	for (const g of groups.values())
		g.rows.sort(
			(a, b) =>
				ATTENTION[a.assessment.status] - ATTENTION[b.assessment.status] ||
				a.assessment.evaluatedYear - b.assessment.evaluatedYear
		);
	return [...groups.values()].sort((a, b) =>
		a.kind === b.kind ? a.year - b.year : a.kind === 'milestone' ? -1 : 1
	);
}

/** The statuses a group's summary lists, in the order of {@link ATTENTION}. */
export const SUMMARY_ORDER: readonly Status[] = (Object.keys(ATTENTION) as Status[]).sort(
	(a, b) => ATTENTION[a] - ATTENTION[b]
);
