/**
 * "How far behind Zhejiang are we?": the year in which a comparison region reached (or is
 * projected to reach) the value the focus region is projected to have at a milestone, and the
 * years between. Pure.
 *
 * The rules, as an analyst reads them:
 * - "reached" is `≥` the value for an indicator where higher is better, `≤` where lower is;
 * - the first year the region's actuals reach it counts, read between two actuals by straight
 *   line (a series that reached it and fell back still reached it then);
 * - a region whose first actual already reaches it did so by that year at the latest ("before");
 * - otherwise its projection is searched year by year up to `until`, read linearly within the
 *   year; a projection with no trend (fewer than two points, no rate set) is not searched;
 * - no actual at all: no comparable data.
 */
import type { Direction, Point } from '../domain/engine/index.ts';

/** A projection as this module needs it: where it starts and its central value in a year. */
export interface ReachProjection {
	fromYear: number;
	valueAt: (year: number) => number;
}

export interface ReachInput {
	/** The value to reach. */
	value: number;
	direction: Direction;
	/** The region's actuals, in year order. */
	points: readonly Point[];
	/** Its projection; null when it has none or it has no trend. */
	projection?: ReachProjection | null;
	/** The last year the projection is searched to (the scenario's horizon). */
	until: number;
}

/** When a region reached a value: `year` may be fractional (read between two years). */
export type Reach =
	| { kind: 'reached'; year: number; how: 'observed' | 'interpolated' | 'projected' | 'before' }
	| { kind: 'not-reached'; until: number; projected: boolean }
	| { kind: 'no-data' };

const TOLERANCE = 1e-9;

/** The year in which a series (actuals, then projection) first reaches `value`. */
export function yearReached(input: ReachInput): Reach {
	const { points, value, direction } = input;
	const sign = direction === 'down' ? -1 : 1;
	const reaches = (v: number) => sign * (v - value) >= -TOLERANCE * Math.max(1, Math.abs(value));
	const first = points[0];
	if (!first) return { kind: 'no-data' };
	if (reaches(first.value)) return { kind: 'reached', year: first.year, how: 'before' };
	for (let i = 1; i < points.length; i++) {
		const a = points[i - 1]!;
		const b = points[i]!;
		if (!reaches(b.value)) continue;
		if (Math.abs(b.value - value) <= TOLERANCE * Math.max(1, Math.abs(value)))
			return { kind: 'reached', year: b.year, how: 'observed' };
		return { kind: 'reached', year: between(a, b, value), how: 'interpolated' };
	}
	const p = input.projection;
	const last = points[points.length - 1]!;
	if (!p) return { kind: 'not-reached', until: last.year, projected: false };
	let prev: Point = { year: p.fromYear, value: p.valueAt(p.fromYear) };
	for (let year = p.fromYear + 1; year <= input.until; year++) {
		const next = { year, value: p.valueAt(year) };
		if (reaches(next.value))
			return { kind: 'reached', year: between(prev, next, value), how: 'projected' };
		prev = next;
	}
	return { kind: 'not-reached', until: input.until, projected: true };
}

/** The year at which the straight line from `a` to `b` passes `value`. */
function between(a: Point, b: Point, value: number): number {
	if (b.value === a.value) return b.year;
	return a.year + ((value - a.value) / (b.value - a.value)) * (b.year - a.year);
}

/**
 * The value of a series in a year from its actuals: the actual of that year, else the straight
 * line between the nearest actuals around it; null outside them.
 */
export function valueInYear(points: readonly Point[], year: number): number | null {
	for (let i = 0; i < points.length; i++) {
		const b = points[i]!;
		if (b.year === year) return b.value;
		if (b.year > year) {
			const a = points[i - 1];
			if (!a) return null;
			return a.value + ((b.value - a.value) * (year - a.year)) / (b.year - a.year);
		}
	}
	return null;
}

/** How a comparison region stands against the focus's value at the milestone. */
export interface Standing {
	reach: Reach;
	/** The year reached, rounded to a whole year; null unless reached. */
	year: number | null;
	/**
	 * Years the focus is behind (positive) or ahead (negative): the milestone minus the rounded
	 * year reached. For "before" it is at least this; when the projection does not reach it by
	 * `until` the focus is ahead by more than `until − milestone` (given as `milestone − until`).
	 * Null without data, and when only the actuals were searched and they do not reach it (the
	 * region may get there before the milestone: nothing can be said).
	 */
	years: number | null;
}

export function standing(milestone: number, reach: Reach): Standing {
	if (reach.kind === 'no-data') return { reach, year: null, years: null };
	if (reach.kind === 'not-reached')
		return { reach, year: null, years: reach.projected ? milestone - reach.until : null };
	const year = Math.round(reach.year);
	return { reach, year, years: milestone - year };
}
