/**
 * Building a projection (engine.md, "Projection", "Fitted defaults", "Uncertainty"): the anchor,
 * the method's precondition fallbacks, the fitted or assumed rate and spread, and the basis.
 */
import { gapBound } from './bounds.ts';
import { fitRate, fitWindow, nationalNoise, type FittedRate } from './fit.ts';
import { Projection } from './project.ts';
import { selectAnchor } from './series.ts';
import type {
	Anchor,
	Assumption,
	FallbackReason,
	Basis,
	Bounds,
	IndicatorTraits,
	Method,
	Point,
	SeriesContext,
	SigmaBasis
} from './types.ts';

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
			basis: basisOf(window, anchor, hold ? 'assumed' : 'none', 'none', null, context.conflictYears)
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
		basis: basisOf(
			window,
			anchor,
			rateFitted ? (noTrend ? 'none' : 'fitted') : 'assumed',
			spread.basis,
			fallback,
			context.conflictYears
		)
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
	const borrowed = context.national ? nationalNoise(context.national, method, bounds, bound) : null;
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
	fallback: FallbackReason | null,
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
		breakLeavesTooFew: window?.breakLeavesTooFew ?? false,
		fallback
	};
}

function positiveOrZero(x: number): number {
	return x > 0 ? x : 0;
}
