/**
 * The probability that a target is met (engine.md, "Uncertainty and probability"), in closed
 * form: the true average rate to `T` is `R ~ Normal(rate, σ_T²)` (`σ_T` from
 * `Projection.sigmaAt`) and `v(T)` is monotone in `R`, so the event
 * "v(T) satisfies the comparator" is a half-line of rates that starts at the required rate `r*`.
 *
 * engine.md writes `P = 1 − Φ((r* − r)/σ)` for `≥`, which assumes `v(T)` rises with `R`. For
 * `gap` towards a lower bound (`down` indicators) `v(T)` falls as `R` rises, so the half-line
 * points the other way and `P = Φ((r* − r)/σ)`; the code reads the projection's `trend`.
 * Upper tails are computed as `Φ(−z)`, never `1 − Φ(z)`, to keep small probabilities exact.
 */
import { isRateComparator, satisfies } from './compare.ts';
import type { Projection } from './project.ts';
import { normalCdf } from './stats.ts';
import type { TargetSpec } from './types.ts';

/**
 * `P(v(T) ≥ level)`, or `P(v(T) > level)` when `strict`, for `σ_T = sigma > 0` and a
 * projection that moves with the rate. `requiredRate` is `r*` for `level` (null when no rate
 * reaches it).
 * A level the clamped projection cannot fall below is met with certainty; one it cannot reach
 * (e.g. `≥ 101 %`, or `> 100 %`) has probability 0.
 */
export function probabilityAbove(
	p: Projection,
	sigma: number,
	level: number,
	requiredRate: number | null,
	strict: boolean
): number {
	return upperTail(p, sigma, level, p.reachableLo, p.reachableHi, requiredRate, strict);
}

/** `P(v(T) ≤ level)`, or `P(v(T) < level)` when `strict`; see {@link probabilityAbove}. */
export function probabilityBelow(
	p: Projection,
	sigma: number,
	level: number,
	requiredRate: number | null,
	strict: boolean
): number {
	return lowerTail(p, sigma, level, p.reachableLo, p.reachableHi, requiredRate, strict);
}

/**
 * `P(X ≥ x)` for a quantity X that moves with the rate as the projection does and ranges over
 * `[lo, hi]`: the value itself, or the average annual change (whose range is compared with the
 * target's own number, so no rounding through `v0 + c·n` decides a case at the edge).
 */
function upperTail(
	p: Projection,
	sigma: number,
	x: number,
	lo: number,
	hi: number,
	requiredRate: number | null,
	strict: boolean
): number {
	if (strict ? x < lo : x <= lo) return 1;
	if (strict ? x >= hi : x > hi) return 0;
	const z = (p.rate - (requiredRate ?? NaN)) / sigma;
	return normalCdf(p.trend > 0 ? z : -z);
}

/** `P(X ≤ x)`; see {@link upperTail}. */
function lowerTail(
	p: Projection,
	sigma: number,
	x: number,
	lo: number,
	hi: number,
	requiredRate: number | null,
	strict: boolean
): number {
	if (strict ? x > hi : x >= hi) return 1;
	if (strict ? x <= lo : x < lo) return 0;
	const z = ((requiredRate ?? NaN) - p.rate) / sigma;
	return normalCdf(p.trend > 0 ? z : -z);
}

/**
 * The probability that `target` is met at `year > y0` (the projection must have an anchor).
 * `requiredRate` is `r*` for `target.value` (a level, or a change for rate targets) and
 * `requiredRateMax` is `r*` for a range's `valueMax`, as from `required.ts`.
 *
 * - `σ_T = 0`, or a projection that does not move with the rate (`hold`): 1 if the clamped central
 *   projection (for rate targets its average annual change) satisfies the comparator within the
 *   tolerance `1e-9·max(1, |target|)`, else 0.
 * - `range [a, b]`: `P(v ≥ a) − P(v > b)`, which is `Φ((r*_b − r)/σ) − Φ((r*_a − r)/σ)` for a
 *   rising projection.
 * - `rate>=` / `rate<=` with change `c`: the level target `v0 + c·n` with `≥` / `≤` (the
 *   edge cases are decided on the change itself, against the reachable range of changes).
 */
export function probabilityMet(
	p: Projection,
	year: number,
	target: TargetSpec,
	requiredRate: number | null,
	requiredRateMax: number | null
): number {
	const anchor = p.anchor!;
	const n = year - anchor.year;
	const { comparator, value, valueMax } = target;
	const rate = isRateComparator(comparator);
	const sigma = p.sigmaAt(year);
	if (!(sigma > 0) || p.trend === 0) {
		const v = p.valueAt(year);
		return satisfies(comparator, rate ? (v - anchor.value) / n : v, value, valueMax) ? 1 : 0;
	}
	switch (comparator) {
		case '>=':
			return probabilityAbove(p, sigma, value, requiredRate, false);
		case '>':
			return probabilityAbove(p, sigma, value, requiredRate, true);
		case '<=':
			return probabilityBelow(p, sigma, value, requiredRate, false);
		case '<':
			return probabilityBelow(p, sigma, value, requiredRate, true);
		case 'rate>=':
		case 'rate<=': {
			const changeLo = (p.reachableLo - anchor.value) / n;
			const changeHi = (p.reachableHi - anchor.value) / n;
			return comparator === 'rate>='
				? upperTail(p, sigma, value, changeLo, changeHi, requiredRate, false)
				: lowerTail(p, sigma, value, changeLo, changeHi, requiredRate, false);
		}
		case 'range': {
			const above = probabilityAbove(p, sigma, value, requiredRate, false);
			if (valueMax === null) return above;
			return Math.max(0, above - probabilityAbove(p, sigma, valueMax, requiredRateMax, true));
		}
	}
}
