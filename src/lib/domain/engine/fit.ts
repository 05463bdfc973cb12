/**
 * Fitted defaults (engine.md, "Fitted defaults"): the rate and spread a method takes when the
 * scenario does not set them, from an OLS fit on the actuals up to the anchor year.
 */
import { olsSlope } from './stats.ts';
import type { Bounds, Method, Point } from './types.ts';

/** The fit uses the actuals of at most the last this many calendar years up to the anchor. */
export const FIT_WINDOW_YEARS = 10;

/** What a fit reports alongside the rate it yields. */
export interface FitDetails {
	/** Number of actuals in the window. */
	n: number;
	/** OLS slope of the method's transformed value on year (NaN when `n < 2`). */
	slope: number;
	/** Its standard error; null when `n < 3`. */
	se: number | null;
}

/** A fitted default rate. `noTrend` when fewer than two years were available (rate 0, σ 0). */
export interface FittedRate {
	rate: number;
	sigma: number;
	noTrend: boolean;
	fit: FitDetails;
}

// Scratch buffers reused by every fit, so fitting copies no arrays (the engine is synchronous).
let xs = new Float64Array(16);
let ys = new Float64Array(16);

/**
 * Fits `method`'s rate on the actuals with `y0 − 10 < year ≤ y0` (the window is 10 calendar
 * years; only actuals count, never an assumed baseline). Returns null when the method's
 * precondition on those actuals fails: `compound` needs every value > 0, `gap` every value
 * strictly inside `(lo, hi)` and a finite bound `B`. (`hold` has no rate to fit.)
 *
 * - `linear`: `r` = slope of value on year, `σ` = SE(slope) when `n ≥ 3`, else 0.
 * - `compound`: `b` = slope of `ln v`, `r = e^b − 1`, `σ = SE(b)·e^b`.
 * - `gap`: `g` = slope of `ln |B − v|`, `r = 1 − e^g`, `σ = SE(g)·e^g`.
 * - fewer than two distinct years: `r = 0`, `σ = 0`, `noTrend`.
 */
export function fitRate(
	series: readonly Point[],
	y0: number,
	method: Exclude<Method, 'hold'>,
	bounds: Bounds,
	gapBound: number
): FittedRate | null {
	if (method === 'gap' && !Number.isFinite(gapBound)) return null;
	let n = 0;
	for (let i = 0; i < series.length; i++) {
		const p = series[i]!;
		if (p.year > y0 || p.year <= y0 - FIT_WINDOW_YEARS || !Number.isFinite(p.value)) continue;
		let y = p.value;
		if (method === 'compound') {
			if (!(y > 0)) return null;
			y = Math.log(y);
		} else if (method === 'gap') {
			if (!(y > bounds.lo && y < bounds.hi)) return null;
			y = Math.log(Math.abs(gapBound - y));
		}
		if (n === xs.length) grow();
		// Years relative to the anchor keep the sums small; the slope is unchanged.
		xs[n] = p.year - y0;
		ys[n] = y;
		n++;
	}
	const ols = olsSlope(xs, ys, n);
	const fit: FitDetails = { n, slope: ols.slope, se: ols.se };
	if (Number.isNaN(ols.slope)) return { rate: 0, sigma: 0, noTrend: true, fit };
	const se = ols.se ?? 0;
	if (method === 'linear') return { rate: ols.slope, sigma: se, noTrend: false, fit };
	const growth = Math.exp(ols.slope);
	const rate = method === 'compound' ? growth - 1 : 1 - growth;
	return { rate, sigma: se * growth, noTrend: false, fit };
}

function grow(): void {
	const biggerXs = new Float64Array(xs.length * 2);
	const biggerYs = new Float64Array(ys.length * 2);
	biggerXs.set(xs);
	biggerYs.set(ys);
	xs = biggerXs;
	ys = biggerYs;
}
