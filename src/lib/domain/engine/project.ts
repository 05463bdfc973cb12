/**
 * The projection `v(t)` of one region × indicator (engine.md, "Projection"), with the method's
 * precondition fallbacks, the fitted defaults and the 90 % band.
 */
import { clamp, gapBound } from './bounds.ts';
import { fitRate, type FitDetails, type FittedRate } from './fit.ts';
import { selectAnchor } from './series.ts';
import { powPositive } from './stats.ts';
import type {
	Anchor,
	Assumption,
	Bounds,
	Direction,
	IndicatorTraits,
	Method,
	Point
} from './types.ts';

/**
 * Why a projection uses `linear` instead of the method asked for (a machine-readable code the UI
 * turns into a sentence):
 * - `compound-needs-positive-anchor`: `compound` needs `v0 > 0`;
 * - `gap-needs-finite-bound`: `gap` needs a finite bound `B` (an `up` indicator with no upper bound);
 * - `compound-fit-needs-positive-values`: the rate was to be fitted, and an actual in the fit
 *   window is ≤ 0 (`ln v` undefined);
 * - `gap-fit-needs-values-inside-bounds`: the rate was to be fitted, and an actual in the fit
 *   window is not strictly inside the bounds.
 */
export const FALLBACK_REASONS = [
	'compound-needs-positive-anchor',
	'gap-needs-finite-bound',
	'compound-fit-needs-positive-values',
	'gap-fit-needs-values-inside-bounds'
] as const;
export type FallbackReason = (typeof FALLBACK_REASONS)[number];

/** The band is the projection at `rate ± BAND_Z·sigma` (engine.md: a 90 % band, z = 1.645). */
export const BAND_Z = 1.645;

/** Everything a projection is built from; see the fields of {@link Projection}. */
interface ProjectionInit {
	anchor: Anchor | null;
	traits: IndicatorTraits;
	requestedMethod: Method;
	method: Method;
	fallback: FallbackReason | null;
	rate: number;
	sigma: number;
	fitted: boolean;
	fit: FitDetails | null;
	noTrend: boolean;
}

/**
 * One projection. Built once per region × indicator × assumption (the fit runs here, once);
 * `valueAt` and friends are plain methods that allocate nothing, for the slider's hot path.
 */
export class Projection {
	/** The starting point; null when there is no actual and no baseline (every target `no-data`). */
	readonly anchor: Anchor | null;
	/** The method the scenario asked for (default `linear`). */
	readonly requestedMethod: Method;
	/** The method actually used: `requestedMethod`, or `linear` after a fallback. */
	readonly method: Method;
	/** Why `method` differs from `requestedMethod`; null when it does not. */
	readonly fallback: FallbackReason | null;
	/** The central rate, in `method`'s unit (0 for `hold`). */
	readonly rate: number;
	/** The spread of the rate, `σ ≥ 0`. */
	readonly sigma: number;
	/** True when the rate came from the fit rather than from the scenario. */
	readonly fitted: boolean;
	/** The fit behind the rate or σ; null when nothing was fitted (or the fit was impossible). */
	readonly fit: FitDetails | null;
	/** The rate was to be fitted but fewer than two years were available ("set an assumption"). */
	readonly noTrend: boolean;
	readonly bounds: Bounds;
	readonly direction: Direction;
	/** `B` of the `gap` method (`hi` for `up`, `lo` for `down`); NaN for the other methods. */
	readonly gapBound: number;
	/**
	 * How `v(T)` moves with the rate for `T > y0`: `1` non-decreasing (linear, compound, gap
	 * towards an upper bound), `-1` non-increasing (gap towards a lower bound, i.e. `down`
	 * indicators: a larger share of the gap closed per year means a lower value), `0` constant
	 * (hold, gap starting at its bound, no anchor). engine.md says "every method's v(T) is
	 * non-decreasing in R"; that is not true for gap on `down` indicators, so the probability
	 * and the band read this sign instead of assuming it.
	 */
	readonly trend: -1 | 0 | 1;
	/** The lowest clamped value any rate reaches at `T > y0` (NaN without an anchor). */
	readonly reachableLo: number;
	/** The highest clamped value any rate reaches at `T > y0` (NaN without an anchor). */
	readonly reachableHi: number;

	constructor(init: ProjectionInit) {
		this.anchor = init.anchor;
		this.requestedMethod = init.requestedMethod;
		this.method = init.method;
		this.fallback = init.fallback;
		this.rate = init.rate;
		this.sigma = init.sigma;
		this.fitted = init.fitted;
		this.fit = init.fit;
		this.noTrend = init.noTrend;
		this.bounds = init.traits.bounds;
		this.direction = init.traits.direction;
		this.gapBound = init.method === 'gap' ? gapBound(this.bounds, this.direction) : NaN;
		const { lo, hi } = this.bounds;
		const v0 = init.anchor === null ? NaN : init.anchor.value;
		if (init.anchor === null || init.method === 'hold') this.trend = 0;
		else if (init.method === 'gap') this.trend = Math.sign(this.gapBound - v0) as -1 | 0 | 1;
		else this.trend = 1;
		if (init.anchor === null) {
			this.reachableLo = this.reachableHi = NaN;
		} else if (this.trend === 0) {
			this.reachableLo = this.reachableHi = clamp(v0, lo, hi);
		} else if (init.method === 'linear') {
			this.reachableLo = lo;
			this.reachableHi = hi;
		} else if (init.method === 'compound') {
			// (1 + r)^n is floored at 0: a rate below −100 %/yr empties the indicator, no more.
			this.reachableLo = clamp(0, lo, hi);
			this.reachableHi = hi;
		} else if (this.trend === 1) {
			this.reachableLo = lo;
			this.reachableHi = clamp(this.gapBound, lo, hi);
		} else {
			this.reachableLo = clamp(this.gapBound, lo, hi);
			this.reachableHi = hi;
		}
	}

	/** The central projection `v(year)`, clamped to the bounds. */
	valueAt(year: number): number {
		return this.valueAtRate(year, this.rate);
	}

	/**
	 * The projection at `year` if the rate were `rate`, clamped to the bounds. Before the anchor
	 * year it is the anchor value (the projection starts there); NaN without an anchor. Growth
	 * factors are floored at 0 (`compound` with r < −1, `gap` with r > 1), which keeps every
	 * method monotone in the rate for all real rates.
	 */
	valueAtRate(year: number, rate: number): number {
		const anchor = this.anchor;
		if (anchor === null) return NaN;
		const { lo, hi } = this.bounds;
		const n = year - anchor.year;
		const v0 = anchor.value;
		if (n <= 0) return clamp(v0, lo, hi);
		let v: number;
		switch (this.method) {
			case 'hold':
				v = v0;
				break;
			case 'linear':
				v = v0 + rate * n;
				break;
			case 'compound': {
				const factor = 1 + rate;
				v = factor > 0 ? v0 * powPositive(factor, n) : 0;
				break;
			}
			case 'gap': {
				const factor = 1 - rate;
				const b = this.gapBound;
				v = b - (b - v0) * (factor > 0 ? powPositive(factor, n) : 0);
				break;
			}
		}
		return clamp(v, lo, hi);
	}

	/** The 90 % band at `year`: the projection at `rate ± 1.645·sigma`, lower end first. */
	bandAt(year: number): Bounds {
		const a = this.valueAtRate(year, this.rate - BAND_Z * this.sigma);
		const b = this.valueAtRate(year, this.rate + BAND_Z * this.sigma);
		return a <= b ? { lo: a, hi: b } : { lo: b, hi: a };
	}
}

/**
 * Projects one region × indicator under an assumption.
 *
 * Order of decisions (where engine.md is silent, what an analyst would expect):
 * 1. Anchor: the assumption's baseline (assumed) or the latest actual; none → a projection with
 *    a null anchor, on which every target is `no-data`.
 * 2. The method's precondition on the anchor (`compound`: `v0 > 0`; `gap`: finite `B`). If it
 *    fails the method falls back to `linear` and the assumption's rate and σ are dropped,
 *    because they are in the other method's unit (3 %/yr is not 0.03 points/yr); the linear
 *    rate and σ are fitted instead.
 * 3. Rate: the assumption's, else fitted. If the fit's own precondition on the actuals fails,
 *    the method falls back to `linear` (fitted), with the fit's reason code.
 * 4. σ: the assumption's (negative or NaN counts as 0), else the fitted σ of the method in use;
 *    0 when the rate is given and that method cannot be fitted on these actuals.
 * `hold` fits nothing: rate 0, σ 0, `fitted` false.
 */
export function projectIndicator(
	series: readonly Point[],
	traits: IndicatorTraits,
	assumption: Assumption = {}
): Projection {
	const anchor = selectAnchor(series, assumption.baseline);
	const requestedMethod = assumption.method ?? 'linear';
	const assumedRate =
		assumption.rate !== undefined && Number.isFinite(assumption.rate) ? assumption.rate : undefined;
	const assumedSigma =
		assumption.sigma === undefined ? undefined : positiveOrZero(assumption.sigma);
	if (anchor === null || requestedMethod === 'hold') {
		const hold = requestedMethod === 'hold';
		return new Projection({
			anchor,
			traits,
			requestedMethod,
			method: requestedMethod,
			fallback: null,
			rate: hold ? 0 : (assumedRate ?? 0),
			sigma: hold ? 0 : (assumedSigma ?? 0),
			fitted: false,
			fit: null,
			noTrend: false
		});
	}
	const bound = gapBound(traits.bounds, traits.direction);
	let method: Exclude<Method, 'hold'> = requestedMethod;
	let fallback: FallbackReason | null = null;
	if (method === 'compound' && !(anchor.value > 0)) fallback = 'compound-needs-positive-anchor';
	if (method === 'gap' && !Number.isFinite(bound)) fallback = 'gap-needs-finite-bound';
	if (fallback !== null) method = 'linear';
	// After a precondition fallback the assumption's numbers are in the wrong unit: refit.
	const givenRate = fallback === null ? assumedRate : undefined;
	const givenSigma = fallback === null ? assumedSigma : undefined;
	let fitted: FittedRate | null = null;
	if (givenRate === undefined || givenSigma === undefined) {
		fitted = fitRate(series, anchor.year, method, traits.bounds, bound);
		if (fitted === null && givenRate === undefined) {
			fallback =
				method === 'compound'
					? 'compound-fit-needs-positive-values'
					: 'gap-fit-needs-values-inside-bounds';
			method = 'linear';
			fitted = fitRate(series, anchor.year, method, traits.bounds, bound);
		}
	}
	const rateFitted = givenRate === undefined;
	// (An object spread here would cost microseconds per projection in V8: spelled out.)
	return new Projection({
		anchor,
		traits,
		requestedMethod,
		method,
		fallback,
		rate: givenRate ?? fitted?.rate ?? 0,
		sigma: givenSigma ?? fitted?.sigma ?? 0,
		fitted: rateFitted,
		fit: fitted?.fit ?? null,
		noTrend: rateFitted && (fitted?.noTrend ?? false)
	});
}

function positiveOrZero(x: number): number {
	return x > 0 ? x : 0;
}
