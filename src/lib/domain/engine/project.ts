/**
 * The projection `v(t)` of one region × indicator (engine.md, "Projection"), with the method's
 * precondition fallbacks, the fitted defaults and the 90 % band.
 */
import { clamp, gapBound } from './bounds.ts';
import { fitRate, fitWindow, nationalNoise, type FitDetails, type FittedRate } from './fit.ts';
import { selectAnchor } from './series.ts';
import { powPositive } from './stats.ts';
import type {
	Anchor,
	Assumption,
	Basis,
	Bounds,
	Direction,
	IndicatorTraits,
	Method,
	Point,
	SeriesContext,
	SigmaBasis
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
	noise: number;
	sigmaBasis: SigmaBasis;
	fitted: boolean;
	fit: FitDetails | null;
	noTrend: boolean;
	basis: Basis;
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
	/**
	 * The spread of the rate, `σ ≥ 0`: the scenario's σ (used as it is at every horizon), else
	 * the fitted slope's standard error `SE` (borrowed from the national series with two points).
	 */
	readonly sigma: number;
	/**
	 * The series' yearly noise `s` in the rate's units (0 when the scenario sets σ, or with fewer
	 * than three points and nothing to borrow). At horizon `h`: `σ_h = √(SE² + s²/h)`.
	 */
	readonly noise: number;
	/** Where `sigma` and `noise` came from. */
	readonly sigmaBasis: SigmaBasis;
	/** What the verdicts on this projection rest on (engine.md, "Basis"). */
	readonly basis: Basis;
	/** True when the rate came from the fit rather than from the scenario. */
	readonly fitted: boolean;
	/** The fit behind the rate or σ; null when nothing was fitted (or the fit was impossible). */
	readonly fit: FitDetails | null;
	/** The rate was to be fitted but fewer than two years were available ("set an assumption"). */
	readonly noTrend: boolean;
	/** No rate from the scenario and fewer than two points to fit: future verdicts need one. */
	readonly needsAssumption: boolean;
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
		this.noise = init.noise;
		this.sigmaBasis = init.sigmaBasis;
		this.basis = init.basis;
		this.fitted = init.fitted;
		this.fit = init.fit;
		this.noTrend = init.noTrend;
		this.needsAssumption = init.fitted && init.noTrend;
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

	/**
	 * The spread of the average rate from the anchor to `year`, `σ_T` (engine.md): the scenario's
	 * σ as it is; else `√(SE² + s²/h)` with `h = year − y0`. 0 at or before the anchor year.
	 */
	sigmaAt(year: number): number {
		if (this.sigmaBasis === 'assumed') return this.sigma;
		const h = this.anchor === null ? 0 : year - this.anchor.year;
		if (!(h > 0)) return 0;
		return Math.sqrt(this.sigma * this.sigma + (this.noise * this.noise) / h);
	}

	/** The 90 % band at `year`: the projection at `rate ± 1.645·σ_year`, lower end first. */
	bandAt(year: number): Bounds {
		const sigma = this.sigmaAt(year);
		const a = this.valueAtRate(year, this.rate - BAND_Z * sigma);
		const b = this.valueAtRate(year, this.rate + BAND_Z * sigma);
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
 * 3. Rate: the assumption's, else fitted on the fit window (the last 10 years up to the anchor,
 *    from a series break on). If the fit's own precondition on the actuals fails, the method
 *    falls back to `linear` (fitted), with the fit's reason code.
 * 4. Spread: the assumption's σ (negative or NaN counts as 0), used at every horizon; else the
 *    fitted `SE` and yearly noise `s` of the method in use (`σ_h = √(SE² + s²/h)`); with two
 *    points, `s` is borrowed from the national series when it has three or more
 *    (`SE² = s²/(t₂ − t₁)`); otherwise 0 ("2 points, no spread").
 * `hold` fits nothing: rate 0, σ 0, `fitted` false (holding is itself an assumption).
 */
export function projectIndicator(
	series: readonly Point[],
	traits: IndicatorTraits,
	assumption: Assumption = {},
	context: SeriesContext = {}
): Projection {
	const anchor = selectAnchor(series, assumption.baseline);
	const requestedMethod = assumption.method ?? 'linear';
	const assumedRate =
		assumption.rate !== undefined && Number.isFinite(assumption.rate) ? assumption.rate : undefined;
	const assumedSigma =
		assumption.sigma === undefined ? undefined : positiveOrZero(assumption.sigma);
	const window = anchor === null ? null : fitWindow(series, anchor.year, context.breakYear ?? null);
	const basis = (rate: Basis['rate'], sigma: SigmaBasis): Basis =>
		basisOf(window, anchor, rate, sigma, context.conflictYears);
	if (anchor === null || requestedMethod === 'hold') {
		const hold = requestedMethod === 'hold';
		const sigma = hold ? 0 : (assumedSigma ?? 0);
		return new Projection({
			anchor,
			traits,
			requestedMethod,
			method: requestedMethod,
			fallback: null,
			rate: hold ? 0 : (assumedRate ?? 0),
			sigma,
			noise: 0,
			sigmaBasis: assumedSigma !== undefined && !hold ? 'assumed' : 'none',
			fitted: false,
			fit: null,
			noTrend: false,
			basis: basis(hold ? 'assumed' : 'none', 'none')
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
	const points = window!.points;
	let fitted: FittedRate | null = null;
	if (givenRate === undefined || givenSigma === undefined) {
		fitted = fitRate(points, method, traits.bounds, bound);
		if (fitted === null && givenRate === undefined) {
			fallback =
				method === 'compound'
					? 'compound-fit-needs-positive-values'
					: 'gap-fit-needs-values-inside-bounds';
			method = 'linear';
			fitted = fitRate(points, method, traits.bounds, bound);
		}
	}
	const rateFitted = givenRate === undefined;
	const noTrend = rateFitted && (fitted?.noTrend ?? true);
	const spread =
		givenSigma !== undefined
			? { sigma: givenSigma, noise: 0, basis: 'assumed' as const }
			: fittedSpread(fitted, points, method, traits.bounds, bound, context);
	// (An object spread here would cost microseconds per projection in V8: spelled out.)
	return new Projection({
		anchor,
		traits,
		requestedMethod,
		method,
		fallback,
		rate: givenRate ?? fitted?.rate ?? 0,
		sigma: spread.sigma,
		noise: spread.noise,
		sigmaBasis: spread.basis,
		fitted: rateFitted,
		fit: fitted?.fit ?? null,
		noTrend,
		basis: basis(rateFitted ? (noTrend ? 'none' : 'fitted') : 'assumed', spread.basis)
	});
}

/**
 * `SE` and `s` of a fit in the rate's units: the fit's own with three points or more; with two,
 * the national series' noise on the method's scale, converted like the region's own slope
 * (`·e^b` for compound and gap), and `SE = s/√(t₂ − t₁)`; otherwise none.
 */
function fittedSpread(
	fitted: FittedRate | null,
	points: readonly Point[],
	method: Exclude<Method, 'hold'>,
	bounds: Bounds,
	bound: number,
	context: SeriesContext
): { sigma: number; noise: number; basis: SigmaBasis } {
	if (fitted === null || fitted.noTrend) return { sigma: 0, noise: 0, basis: 'none' };
	if (fitted.fit.n >= 3) return { sigma: fitted.se, noise: fitted.noise, basis: 'fitted' };
	const borrowed = context.national
		? nationalNoise(context.national, method, bounds, bound)
		: null;
	if (borrowed === null || points.length !== 2) return { sigma: 0, noise: 0, basis: 'none' };
	const scale = method === 'linear' ? 1 : Math.exp(fitted.fit.slope);
	const noise = borrowed * scale;
	const dt = points[1]!.year - points[0]!.year;
	return { sigma: noise / Math.sqrt(dt), noise, basis: 'borrowed' };
}

function basisOf(
	window: { points: readonly Point[]; breaks: number; breakLeavesTooFew: boolean } | null,
	anchor: Anchor | null,
	rate: Basis['rate'],
	sigma: SigmaBasis,
	conflictYears: readonly number[] = []
): Basis {
	const points = window?.points ?? [];
	const first = points[0]?.year ?? null;
	const last = points[points.length - 1]?.year ?? null;
	let conflicts = 0;
	for (const p of points) if (conflictYears.includes(p.year)) conflicts++;
	return {
		points: points.length,
		span: first !== null && last !== null ? last - first : 0,
		firstYear: first,
		lastYear: last,
		rate,
		sigma,
		anchor: anchor === null ? null : anchor.assumed ? 'assumed' : 'actual',
		conflicts,
		breaks: window?.breaks ?? 0,
		breakLeavesTooFew: window?.breakLeavesTooFew ?? false
	};
}

function positiveOrZero(x: number): number {
	return x > 0 ? x : 0;
}
