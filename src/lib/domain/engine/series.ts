/**
 * Looking points up in a series of actuals. None of these assume the series is sorted, and all
 * of them skip values that are not finite numbers, so a stray NaN never becomes an anchor.
 */
import type { Anchor, Point } from './types.ts';

/** The latest actual with `year ≤ maxYear` (the latest of all by default), or null. */
export function actualAtOrBefore(
	series: readonly Point[],
	maxYear: number = Infinity
): Point | null {
	let best: Point | null = null;
	for (let i = 0; i < series.length; i++) {
		const p = series[i]!;
		if (p.year <= maxYear && Number.isFinite(p.value) && (best === null || p.year >= best.year)) {
			best = p;
		}
	}
	return best;
}

/** The first actual with `year ≥ minYear`, or null. */
export function actualAtOrAfter(series: readonly Point[], minYear: number): Point | null {
	let best: Point | null = null;
	for (let i = 0; i < series.length; i++) {
		const p = series[i]!;
		if (p.year >= minYear && Number.isFinite(p.value) && (best === null || p.year < best.year)) {
			best = p;
		}
	}
	return best;
}

/**
 * The anchor `(y0, v0)` (engine.md, "Anchor"): the scenario's baseline override, marked
 * assumed, else the latest actual; null when there is neither (status `no-data`).
 */
export function selectAnchor(series: readonly Point[], baseline?: Point): Anchor | null {
	if (baseline !== undefined && Number.isFinite(baseline.value)) {
		return { year: baseline.year, value: baseline.value, assumed: true };
	}
	const latest = actualAtOrBefore(series);
	return latest === null ? null : { year: latest.year, value: latest.value, assumed: false };
}

/** The value of a year up to the anchor, and how it was read (engine.md, "Status"). */
export interface ComparedValue {
	value: number;
	evaluation: 'observed' | 'interpolated';
	/** The point read (`observed`: `from` and `to` are the same), or the two around the year. */
	from: Anchor;
	to: Anchor;
}

/**
 * The value of `year` from the actuals (with an assumed anchor as one more point, in place of
 * any actual of its own year): the actual of that year (`observed`), else the straight line
 * between the nearest point before and the nearest after (`interpolated`); null when no point
 * lies on one side. Never the latest point before the year alone: a 2015 value says nothing
 * about 2020.
 */
export function valueOfYear(
	series: readonly Point[],
	anchor: Anchor | null,
	year: number
): ComparedValue | null {
	// The nearest actual on each side (the first of a year given twice), then the assumed anchor
	// where it is nearer still. Called for every target: no object per point.
	const assumed = anchor !== null && anchor.assumed ? anchor : null;
	let before = -1;
	let after = -1;
	for (let i = 0; i < series.length; i++) {
		const p = series[i]!;
		if (!Number.isFinite(p.value) || (assumed !== null && p.year === assumed.year)) continue;
		if (p.year <= year && (before < 0 || p.year > series[before]!.year)) before = i;
		if (p.year >= year && (after < 0 || p.year < series[after]!.year)) after = i;
	}
	let from = before < 0 ? null : actualAt(series, before);
	let to = after < 0 ? null : actualAt(series, after);
	if (assumed !== null) {
		if (assumed.year <= year && (from === null || assumed.year > from.year)) from = assumed;
		if (assumed.year >= year && (to === null || assumed.year < to.year)) to = assumed;
	}
	if (from === null || to === null) return null;
	if (from.year === year) return { value: from.value, evaluation: 'observed', from, to: from };
	const value = from.value + ((to.value - from.value) * (year - from.year)) / (to.year - from.year);
	return { value, evaluation: 'interpolated', from, to };
}

function actualAt(series: readonly Point[], i: number): Anchor {
	return { year: series[i]!.year, value: series[i]!.value, assumed: false };
}
