/**
 * The required rate `r*` (engine.md, "Required rate"): the rate at which the projection reaches
 * a target exactly. With `n = T − y0`:
 *
 * | method | level target τ | rate target c (average annual change) |
 * |---|---|---|
 * | `linear` | `(τ − v0)/n` | `c` |
 * | `compound` | `(τ/v0)^(1/n) − 1` | `((v0 + c·n)/v0)^(1/n) − 1` |
 * | `gap` | `1 − ((B − τ)/(B − v0))^(1/n)` | `1 − ((B − v0 − c·n)/(B − v0))^(1/n)` |
 * | `hold` | none | none |
 *
 * A rate target is the level target `τ = v0 + c·n`, since `Δ = (v(T) − v0)/n ≥ c` exactly when
 * `v(T) ≥ v0 + c·n`. There is no required rate ("none", null) when:
 * - the projection does not depend on the rate (`hold`, `gap` starting at its bound), or `T ≤ y0`;
 * - no rate reaches τ because τ lies outside what the clamped projection can reach: beyond the
 *   bounds on the far side (e.g. `≥ 101 %`), then the target is unreachable and `P = 0`; or on
 *   the near side (e.g. `≥ −5 %`), then every rate meets it and `P = 1`. `compound` never goes
 *   below 0 and `gap` never crosses `B`, so their reachable range can be narrower than the
 *   bounds ({@link Projection.reachableLo}, {@link Projection.reachableHi}).
 * τ exactly at the edge of the reachable range has a required rate: the rate where the
 * projection first touches it (e.g. `r* = 1` for `gap` to reach `B`, `−1` for `compound` to reach 0).
 */
import { clamp } from './bounds.ts';
import type { Projection } from './project.ts';
import { powPositive } from './stats.ts';

/** The rate at which the clamped projection equals `level` in `year`; null when none. */
export function requiredRateForLevel(p: Projection, year: number, level: number): number | null {
	const n = reachableYears(p, year, level);
	return n > 0 ? levelRate(p, n, level) : null;
}

/**
 * The rate at which the average annual change from the anchor to `year`,
 * `Δ = (v(year) − v0)/(year − y0)`, equals `change`; null when none.
 */
export function requiredRateForChange(p: Projection, year: number, change: number): number | null {
	const anchor = p.anchor;
	if (anchor === null || p.trend === 0) return null;
	const n = year - anchor.year;
	if (!(n > 0)) return null;
	// Reachability is judged on the change itself, as the analyst wrote it.
	const v0 = anchor.value;
	if (!(change >= (p.reachableLo - v0) / n && change <= (p.reachableHi - v0) / n)) return null;
	// For `linear` the rate is the change itself; no rounding through the level.
	// The level is clamped so that rounding at an edge cannot leave the formula's domain.
	const level = clamp(v0 + change * n, p.reachableLo, p.reachableHi);
	return p.method === 'linear' ? change : levelRate(p, n, level);
}

/** `n = year − y0` when some rate reaches `level` in `year`, else 0. */
function reachableYears(p: Projection, year: number, level: number): number {
	const anchor = p.anchor;
	if (anchor === null || p.trend === 0) return 0;
	const n = year - anchor.year;
	if (!(n > 0) || !(level >= p.reachableLo && level <= p.reachableHi)) return 0;
	return n;
}

/** The inverse of the unclamped projection; `level` is known to be reachable. */
function levelRate(p: Projection, n: number, level: number): number {
	const v0 = p.anchor!.value;
	switch (p.method) {
		case 'linear':
			return (level - v0) / n;
		case 'compound':
			return powPositive(level / v0, 1 / n) - 1;
		case 'gap': {
			const b = p.gapBound;
			return 1 - powPositive((b - level) / (b - v0), 1 / n);
		}
		case 'hold':
			return NaN; // unreachable: hold has trend 0
	}
}
