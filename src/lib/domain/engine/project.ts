/**
 * The projection `v(t)` of one region × indicator (engine.md, "Projection"): its value at any
 * rate, its spread at a horizon and its 90 % band. Built by `projectIndicator`.
 */
import { clamp, gapBound } from './bounds.ts';
import type { FitDetails } from './fit.ts';
import { powPositive } from './stats.ts';
import type {
	Anchor,
	Basis,
	FallbackReason,
	Bounds,
	Direction,
	IndicatorTraits,
	Method,
	SigmaBasis
} from './types.ts';

export { FALLBACK_REASONS, type FallbackReason } from './types.ts';

/** The band is the projection at `rate ± BAND_Z·sigma` (engine.md: a 90 % band, z = 1.645). */
export const BAND_Z = 1.645;

/** Everything a projection is built from; see the fields of {@link Projection}. */
export interface ProjectionInit {
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
