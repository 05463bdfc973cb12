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
