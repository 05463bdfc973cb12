/**
 * Rates as the analyst sees them: display units per method, slider ranges that stay put while
 * a slider is dragged, and goal seek (the rate that meets a target, or meets it with 80 %
 * probability). Pure.
 */
import {
	projectIndicator,
	requiredRateForLevel,
	type IndicatorTraits,
	type Method,
	type Point,
	type Projection,
	type TargetAssessment
} from '../domain/engine/index.ts';
import { niceStep } from '../charts/scale.ts';

/** Display value = engine rate × scale (compound and gap rates are shown in per cent). */
export function rateScale(method: Method): number {
	return method === 'compound' || method === 'gap' ? 100 : 1;
}

/** A step of 1, 2 or 5 × 10^k near `x` (the slider's step). */
export const sliderStep = (x: number): number => niceStep(x, 'nearest');

const roundTo = (x: number, step: number): number => Math.round(x / step) * step;

export interface SliderRange {
	min: number;
	max: number;
	step: number;
}

/**
 * The slider's range in display units. It depends on the method, the fitted trend, the value
 * scale and the targets' required rates, never on the rate being dragged, so it stays put.
 */
export function sliderRange(
	method: Method,
	fitted: Projection | null,
	requiredRates: readonly (number | null)[],
	scaleOfValues: number
): SliderRange {
	const s = rateScale(method);
	const needed = requiredRates
		.filter((r): r is number => r !== null && Number.isFinite(r))
		.map((r) => Math.abs(r * s));
	const fit = fitted ? Math.abs(fitted.rate * s) : 0;
	const sigma = fitted ? fitted.sigma * s : 0;
	if (method === 'gap') return { min: -50, max: 100, step: 0.5 };
	const floor = method === 'compound' ? 10 : Math.max(0.5, scaleOfValues / 20);
	let r = Math.max(floor, 3 * fit, 3 * sigma, ...needed.map((n) => n * 1.25));
	if (method === 'compound') r = Math.min(r, 99);
	const step = sliderStep(r / 400);
	const bound = roundTo(r, step * 10) || step * 10;
	return { min: method === 'compound' ? Math.max(-bound, -99) : -bound, max: bound, step };
}

/** The spread slider's range: up to half the rate slider's reach. */
export function sigmaRange(range: SliderRange): SliderRange {
	const max = Math.max(range.max, -range.min) / 2;
	return { min: 0, max, step: range.step };
}

/** Φ⁻¹(0.8): a rate this many σ beyond the required rate meets the target with 80 % probability. */
export const Z80 = 0.8416212335729143;

export type GoalSeek = 'required' | 'p80';

/**
 * The rate (engine units) that meets an assessed target: at its required rate, or with 80 %
 * probability. Null when there is none (hold, no data, already decided, unreachable).
 */
export function goalSeekRate(
	a: TargetAssessment,
	projection: Projection,
	goal: GoalSeek
): number | null {
	if (a.status === 'met' || a.status === 'missed' || a.status === 'no-data') return null;
	if (a.status === 'unverified') return null;
	if (projection.method === 'hold' || projection.trend === 0) return null;
	const lo = a.requiredRate;
	if (lo === null) return null;
	if (a.comparator === 'range') {
		const hi = a.requiredRateMax;
		return hi === null ? null : (lo + hi) / 2;
	}
	const atLeast = a.comparator === '>=' || a.comparator === '>' || a.comparator === 'rate>=';
	// The value (and its average change, for rate targets) rises with the rate when trend = 1:
	// "at least" then wants a higher rate and "at most" a lower one; trend = −1 flips both.
	const upward = (atLeast ? 1 : -1) * projection.trend;
	const strict = a.comparator === '>' || a.comparator === '<';
	const nudge = strict ? upward * Math.max(1e-9, Math.abs(lo) * 1e-6) : 0;
	if (goal === 'required') return lo + nudge;
	// σ_T at the target year; with no spread (needs an assumption) the 80 % rate is the required one
	return lo + upward * Z80 * (a.sigma ?? 0) + nudge;
}

/**
 * The rate of `method` that reaches the same value in `year` as `from` does: what a rate the
 * analyst typed becomes when they switch method, so that their intent (where the indicator
 * gets to) survives the change of unit. Null when the new method cannot reach it (or has no
 * rate, like `hold`), or its precondition fails on this anchor.
 */
export function equivalentRate(
	from: Projection,
	method: Method,
	points: readonly Point[],
	traits: IndicatorTraits,
	baseline: Point | undefined,
	year: number
): number | null {
	if (method === 'hold' || from.anchor === null || !(year > from.anchor.year)) return null;
	const to = projectIndicator(points, traits, {
		method,
		rate: 0,
		...(baseline ? { baseline } : {})
	});
	if (to.method !== method) return null;
	return requiredRateForLevel(to, year, from.valueAt(year));
}
