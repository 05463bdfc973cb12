/**
 * Fitted defaults (engine.md, "Fitted defaults" and "Uncertainty"): the rate a method takes when
 * the scenario does not set it, the standard error of that rate and the series' yearly noise,
 * from an OLS fit on the actuals of the fit window.
 */
import { olsSlope } from './stats.ts';
import type { Bounds, Method, Point } from './types.ts';

/** The fit uses the actuals of at most the last this many calendar years up to the anchor. */
export const FIT_WINDOW_YEARS = 10;

/** The actuals a fit may use: which years, how many, and whether a series break cut them. */
export interface FitWindow {
	/** Actuals in the window, in year order. */
	points: Point[];
	/** A break inside the last 10 years: the window starts at it. */
	breaks: number;
	/** The break left fewer than two points, so nothing is fitted ("set an assumption"). */
	breakLeavesTooFew: boolean;
}

/**
 * The fit window for an anchor year `y0`: the finite actuals with `y0 − 10 < year ≤ y0`, from
 * the series break on when one lies inside (engine.md, "Series breaks"). When the break leaves
 * fewer than two points, nothing can be fitted and `breakLeavesTooFew` says why.
 */
export function fitWindow(
	series: readonly Point[],
	y0: number,
	breakYear: number | null = null
): FitWindow {
	const start = y0 - FIT_WINDOW_YEARS;
	const inWindow = actualsBetween(series, start, y0);
	if (breakYear === null || !(breakYear > start && breakYear <= y0)) {
		return { points: inWindow, breaks: 0, breakLeavesTooFew: false };
	}
	const after = inWindow.filter((p) => p.year >= breakYear);
	// Fewer than two points from the break on: nothing to fit, and the points before it are
	// another series, so they are not used instead.
	return {
		points: after,
		breaks: 1,
		breakLeavesTooFew: after.length < 2 && after.length < inWindow.length
	};
}

/**
 * The finite actuals with `start < year ≤ end`, in year order. Series mostly come in strictly
 * increasing years: then the window is one slice of them, found in one pass (filtering and
 * sorting took a third of a projection's time); otherwise they are filtered and sorted.
 */
function actualsBetween(series: readonly Point[], start: number, end: number): Point[] {
	let from = -1;
	let to = -1;
	for (let i = 0; i < series.length; i++) {
		const p = series[i]!;
		if (i > 0 && !(p.year > series[i - 1]!.year)) return sortedBetween(series, start, end);
		if (p.year > start && p.year <= end) {
			if (!Number.isFinite(p.value)) return sortedBetween(series, start, end);
			if (from < 0) from = i;
			to = i + 1;
		}
	}
	return from < 0 ? [] : series.slice(from, to);
}

function sortedBetween(series: readonly Point[], start: number, end: number): Point[] {
	return series
		.filter((p) => p.year > start && p.year <= end && Number.isFinite(p.value))
		.sort((a, b) => a.year - b.year);
}

/** What a fit reports on the method's scale (`v`, `ln v` or `ln |B − v|`). */
export interface FitDetails {
	/** Number of actuals in the window. */
	n: number;
	/** OLS slope of the method's transformed value on year (NaN when `n < 2`). */
	slope: number;
	/** Its standard error; null when `n < 3`. */
	se: number | null;
	/**
	 * The yearly noise `s` around the trend (engine.md): `s² = Σ_{i≥2} ((y_i − y_{i−1}) −
	 * b·(t_i − t_{i−1}))² / (t_i − t_{i−1}) / (n − 2)`; null when `n < 3`.
	 */
	noise: number | null;
	/** The first and last year of the window's points (NaN when `n = 0`). */
	firstYear: number;
	lastYear: number;
}

/**
 * A fitted default rate, with the spread of the rate in the rate's units (`·e^b` for compound
 * and gap): `se` is the slope's standard error and `noise` the yearly noise `s`, both 0 when
 * `n < 3`. `noTrend` when fewer than two years were available (rate 0).
 */
export interface FittedRate {
	rate: number;
	se: number;
	noise: number;
	noTrend: boolean;
	fit: FitDetails;
}

/**
 * Scratch space for a fit: the years relative to the last point, the years themselves and the
 * method's transformed values. One set is reused by every fit (the engine runs on one thread at
 * a time), so a projection allocates no arrays for its fit; it grows with the longest series.
 */
let relYears = new Float64Array(16);
let years = new Float64Array(16);
let values = new Float64Array(16);

/**
 * Writes the method's transformed values of `points` into `values` (and their years into `years`
 * and `relYears`); false when its precondition fails: `compound` needs every value > 0, `gap`
 * every value strictly inside `(lo, hi)` and a finite bound `B`.
 */
function transformInto(
	points: readonly Point[],
	method: Exclude<Method, 'hold'>,
	bounds: Bounds,
	gapBound: number
): boolean {
	if (method === 'gap' && !Number.isFinite(gapBound)) return false;
	const n = points.length;
	if (n > values.length) {
		relYears = new Float64Array(2 * n);
		years = new Float64Array(2 * n);
		values = new Float64Array(2 * n);
	}
	// Years relative to the last point keep the sums small; the slope is unchanged.
	const last = n > 0 ? points[n - 1]!.year : 0;
	for (let i = 0; i < n; i++) {
		const p = points[i]!;
		const v = p.value;
		if (method === 'compound') {
			if (!(v > 0)) return false;
			values[i] = Math.log(v);
		} else if (method === 'gap') {
			if (!(v > bounds.lo && v < bounds.hi)) return false;
			values[i] = Math.log(Math.abs(gapBound - v));
		} else {
			values[i] = v;
		}
		years[i] = p.year;
		relYears[i] = p.year - last;
	}
	return true;
}

/**
 * The yearly noise of points `(xs, ys)` in year order around slope `b` (their first `n`, all by
 * default); null when n < 3.
 */
export function yearlyNoise(
	xs: ArrayLike<number>,
	ys: ArrayLike<number>,
	b: number,
	n: number = xs.length
): number | null {
	if (n < 3) return null;
	let sum = 0;
	for (let i = 1; i < n; i++) {
		const dt = xs[i]! - xs[i - 1]!;
		const e = ys[i]! - ys[i - 1]! - b * dt;
		sum += (e * e) / dt;
	}
	return Math.sqrt(sum / (n - 2));
}

/**
 * Fits `method` on a window's points (engine.md, "Fitted defaults"). Returns null when the
 * method's precondition on those points fails. (`hold` has no rate to fit.)
 *
 * - `linear`: `r` = slope of value on year, spread in units per year.
 * - `compound`: `b` = slope of `ln v`, `r = e^b − 1`, spreads `·e^b`.
 * - `gap`: `g` = slope of `ln |B − v|`, `r = 1 − e^g`, spreads `·e^g`.
 * - fewer than two years: `r = 0`, spreads 0, `noTrend`.
 */
export function fitRate(
	points: readonly Point[],
	method: Exclude<Method, 'hold'>,
	bounds: Bounds,
	gapBound: number
): FittedRate | null {
	if (!transformInto(points, method, bounds, gapBound)) return null;
	const n = points.length;
	const ols = olsSlope(relYears, values, n);
	const noise = Number.isNaN(ols.slope) ? null : yearlyNoise(years, values, ols.slope, n);
	const fit: FitDetails = {
		n,
		slope: ols.slope,
		se: ols.se,
		noise,
		firstYear: n > 0 ? points[0]!.year : NaN,
		lastYear: n > 0 ? points[n - 1]!.year : NaN
	};
	if (Number.isNaN(ols.slope)) return { rate: 0, se: 0, noise: 0, noTrend: true, fit };
	const scale = method === 'linear' ? 1 : Math.exp(ols.slope);
	const rate =
		method === 'linear' ? ols.slope : method === 'compound' ? scale - 1 : 1 - Math.exp(ols.slope);
	return { rate, se: (ols.se ?? 0) * scale, noise: (noise ?? 0) * scale, noTrend: false, fit };
}

/**
 * The yearly noise (on the method's transformed scale) of the national series of the same
 * indicator, for a region with only two points (engine.md: "borrowed from 全国"); null when the
 * national series has fewer than three points in its own window or fails the precondition.
 */
export function nationalNoise(
	national: { series: readonly Point[]; breakYear?: number | null },
	method: Exclude<Method, 'hold'>,
	bounds: Bounds,
	gapBound: number
): number | null {
	let latest = -Infinity;
	for (const p of national.series) if (Number.isFinite(p.value)) latest = Math.max(latest, p.year);
	if (latest === -Infinity) return null;
	const { points } = fitWindow(national.series, latest, national.breakYear ?? null);
	if (points.length < 3) return null;
	return fitRate(points, method, bounds, gapBound)?.fit.noise ?? null;
}
