import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	COMPARATORS,
	assessTarget,
	projectIndicator,
	type Comparator,
	type Direction,
	type EngineOptions,
	type IndicatorTraits,
	type Method,
	type Projection,
	type TargetSpec
} from '../../../src/lib/domain/engine/index.ts';

const options: EngineOptions = {
	baseYear: 2020,
	horizon: 2035,
	milestones: [2027, 2029, 2035],
	asOf: 2024
};
const Y0 = 2024;

interface Case {
	method: Method;
	direction: Direction;
	percent: boolean;
	v0: number;
	n: number;
	rateUnit: number;
	sigmaUnit: number;
	comparator: Comparator;
	a: number;
	b: number;
}

const anyCaseArb: fc.Arbitrary<Case> = fc.record({
	method: fc.constantFrom<Method>('hold', 'linear', 'compound', 'gap'),
	direction: fc.constantFrom<Direction>('up', 'down'),
	percent: fc.boolean(),
	v0: fc.double({ min: 0.5, max: 99.5, noNaN: true }),
	n: fc.integer({ min: 1, max: 15 }),
	rateUnit: fc.double({ min: -1, max: 1, noNaN: true }),
	sigmaUnit: fc.double({ min: 0.001, max: 1, noNaN: true }),
	comparator: fc.constantFrom(...COMPARATORS),
	a: fc.double({ min: -0.2, max: 1.2, noNaN: true }),
	b: fc.double({ min: -0.2, max: 1.2, noNaN: true })
});

/**
 * `gap` on an `up` indicator without an upper bound falls back to a fitted `linear` trend, and
 * with no actuals to fit that needs an assumption (no probability): tested in the unit tests.
 */
const caseArb: fc.Arbitrary<Case> = anyCaseArb.filter(
	(c) => !(c.method === 'gap' && c.direction === 'up' && !c.percent)
);

/** Rates and spreads on each method's own scale. */
const SCALE: Record<Method, { rate: number; sigma: number }> = {
	hold: { rate: 1, sigma: 1 },
	linear: { rate: 5, sigma: 3 },
	compound: { rate: 0.3, sigma: 0.2 },
	gap: { rate: 0.5, sigma: 0.3 }
};

function traitsOf(c: Case): IndicatorTraits {
	return { bounds: { lo: 0, hi: c.percent ? 100 : Infinity }, direction: c.direction };
}

function projectionOf(
	c: Case,
	rate = c.rateUnit * SCALE[c.method].rate,
	sigma?: number
): Projection {
	return projectIndicator([], traitsOf(c), {
		method: c.method,
		rate,
		sigma: sigma ?? c.sigmaUnit * SCALE[c.method].sigma,
		baseline: { year: Y0, value: c.v0 }
	});
}

/** The target: levels on a 0–100 (or 0–200) scale, rate targets as a change per year. */
function targetOf(c: Case): TargetSpec {
	const span = c.percent ? 100 : 200;
	const lo = Math.min(c.a, c.b) * span;
	const hi = Math.max(c.a, c.b) * span;
	const year = Y0 + c.n;
	if (c.comparator === 'range') return { year, comparator: 'range', value: lo, valueMax: hi };
	if (c.comparator === 'rate<=' || c.comparator === 'rate>=') {
		return { year, comparator: c.comparator, value: (lo - c.v0) / c.n, valueMax: null };
	}
	return { year, comparator: c.comparator, value: lo, valueMax: null };
}

/** Written independently of the engine: does the value v in year T meet the target, exactly? */
function meets(t: TargetSpec, v0: number, n: number, v: number): boolean {
	const change = (v - v0) / n;
	switch (t.comparator) {
		case '>=':
			return v >= t.value;
		case '>':
			return v > t.value;
		case '<=':
			return v <= t.value;
		case '<':
			return v < t.value;
		case 'range':
			return v >= t.value && v <= (t.valueMax ?? Infinity);
		case 'rate>=':
			return change >= t.value;
		case 'rate<=':
			return change <= t.value;
	}
}

/** P(meets) for R ~ N(rate, σ²) by the midpoint rule on z ∈ [−8, 8], N points. */
function bruteForceProbability(
	p: Projection,
	t: TargetSpec,
	v0: number,
	n: number,
	N = 4000
): number {
	const h = 16 / N;
	let sum = 0;
	for (let i = 0; i < N; i++) {
		const z = -8 + (i + 0.5) * h;
		const density = Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
		if (meets(t, v0, n, p.valueAtRate(Y0 + n, p.rate + p.sigmaAt(Y0 + n) * z))) sum += density * h;
	}
	return sum;
}

/**
 * Rate targets whose implied level `v0 + c·n` sits on a bound are left to the unit tests: there
 * the oracle's own `(v − v0)/n` rounds (a value 1e-17 above 0 gives the same change as 0), so
 * it, not the engine, would be off.
 */
function rateTargetOnABound(c: Case, t: TargetSpec): boolean {
	if (t.comparator !== 'rate<=' && t.comparator !== 'rate>=') return false;
	const level = c.v0 + t.value * c.n;
	const { lo, hi } = traitsOf(c).bounds;
	return Math.abs(level - lo) < 1e-9 || Math.abs(level - hi) < 1e-9;
}

function probability(p: Projection, t: TargetSpec): number {
	return assessTarget(p, [], t, options).probability!;
}

const RUNS = { numRuns: 300 };

describe('properties of the assessment', () => {
	it('the probability is within [0, 1]', () => {
		fc.assert(
			fc.property(caseArb, (c) => {
				const p = probability(projectionOf(c), targetOf(c));
				expect(p).toBeGreaterThanOrEqual(0);
				expect(p).toBeLessThanOrEqual(1);
			}),
			RUNS
		);
	});

	it('the probability is monotone in the assumed rate, in the direction the value moves', () => {
		// For every method but gap towards a lower bound the value rises with the rate, so P(≥) is
		// non-decreasing and P(≤) non-increasing in the rate. Gap on a down indicator closes the
		// gap to lo: the value falls as the rate rises and both directions swap.
		fc.assert(
			fc.property(caseArb, fc.double({ min: 0, max: 1, noNaN: true }), (c, step) => {
				if (c.comparator === 'range') return;
				const r1 = c.rateUnit * SCALE[c.method].rate;
				const r2 = r1 + step * SCALE[c.method].rate;
				const p1 = projectionOf(c, r1);
				const p2 = projectionOf(c, r2);
				const t = targetOf(c);
				const falling = p1.method === 'gap' && c.direction === 'down';
				const upward = c.comparator === '>=' || c.comparator === '>' || c.comparator === 'rate>=';
				const d = probability(p2, t) - probability(p1, t);
				if (upward !== falling) expect(d).toBeGreaterThanOrEqual(-1e-12);
				else expect(d).toBeLessThanOrEqual(1e-12);
			}),
			RUNS
		);
	});

	it('projections and bands stay within the bounds, whatever the rate', () => {
		fc.assert(
			fc.property(caseArb, fc.double({ min: -20, max: 20, noNaN: true }), (c, wild) => {
				const p = projectionOf(c);
				const { lo, hi } = traitsOf(c).bounds;
				for (const year of [Y0 - 3, Y0, Y0 + 1, Y0 + c.n, Y0 + 40]) {
					for (const r of [p.rate, wild, wild * SCALE[c.method].rate]) {
						const v = p.valueAtRate(year, r);
						expect(v).toBeGreaterThanOrEqual(lo);
						expect(v).toBeLessThanOrEqual(hi);
					}
					const band = p.bandAt(year);
					expect(band.lo).toBeGreaterThanOrEqual(lo);
					expect(band.hi).toBeLessThanOrEqual(hi);
					expect(band.lo).toBeLessThanOrEqual(p.valueAt(year) + 1e-9);
					expect(band.hi).toBeGreaterThanOrEqual(p.valueAt(year) - 1e-9);
				}
			}),
			RUNS
		);
	});

	it('σ → 0 (1e-12) agrees with the deterministic σ = 0 verdict away from the boundary', () => {
		fc.assert(
			fc.property(caseArb, (c) => {
				const t = targetOf(c);
				const p0 = projectionOf(c, undefined, 0);
				const tiny = projectionOf(c, undefined, 1e-12);
				const v = p0.valueAt(t.year!);
				// levels the verdict turns on; skip cases within 1e-6 of one
				const edges =
					t.comparator === 'rate<=' || t.comparator === 'rate>='
						? [c.v0 + t.value * c.n]
						: [t.value, t.valueMax ?? t.value];
				fc.pre(edges.every((e) => Math.abs(v - e) > 1e-6 * Math.max(1, Math.abs(e))));
				expect(probability(tiny, t)).toBeCloseTo(probability(p0, t), 9);
				expect([0, 1]).toContain(probability(p0, t));
			}),
			RUNS
		);
	});

	it('the required rate reproduces the target exactly', () => {
		let checked = 0;
		fc.assert(
			fc.property(caseArb, (c) => {
				const t = targetOf(c);
				const p = projectionOf(c);
				const result = assessTarget(p, [], t, options);
				const rate = t.comparator === 'rate<=' || t.comparator === 'rate>=';
				const level = rate ? c.v0 + t.value * c.n : t.value;
				const { lo, hi } = traitsOf(c).bounds;
				if (p.method === 'linear' && level > lo && level < hi) {
					expect(result.requiredRate).not.toBeNull();
				}
				if (p.method === 'hold') expect(result.requiredRate).toBeNull();
				if (result.requiredRate !== null) {
					checked++;
					const reached = p.valueAtRate(t.year!, result.requiredRate);
					expect(Math.abs(reached - level)).toBeLessThanOrEqual(
						1e-9 * Math.max(1, Math.abs(level))
					);
				}
				if (result.requiredRateMax !== null) {
					const reached = p.valueAtRate(t.year!, result.requiredRateMax);
					const top = t.valueMax!;
					expect(Math.abs(reached - top)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(top)));
				}
			}),
			RUNS
		);
		// About a third of the random cases have a required rate (86–115 of 300 over ten runs:
		// binomial, σ ≈ 8). A quarter was 3 σ below that and failed once; a sixth is 6 σ below.
		expect(checked).toBeGreaterThan(RUNS.numRuns / 6);
	});

	it('the closed-form probability equals a brute-force integration over R ~ N(r, σ²)', () => {
		// Midpoint rule with h = 0.004: each jump of the indicator costs at most h·φ(0) ≈ 0.0016.
		fc.assert(
			fc.property(caseArb, (c) => {
				const t = targetOf(c);
				fc.pre(!rateTargetOnABound(c, t));
				const p = projectionOf(c);
				const numeric = bruteForceProbability(p, t, c.v0, c.n);
				expect(Math.abs(probability(p, t) - numeric)).toBeLessThan(0.004);
			}),
			{ numRuns: 200 }
		);
	});

	it('… in particular for gap on down indicators, where the value falls as the rate rises', () => {
		const downGap = caseArb.map((c) => ({
			...c,
			method: 'gap' as const,
			direction: 'down' as const
		}));
		fc.assert(
			fc.property(downGap, (c) => {
				const t = targetOf(c);
				fc.pre(!rateTargetOnABound(c, t));
				const p = projectionOf(c);
				expect(p.method).toBe('gap');
				const numeric = bruteForceProbability(p, t, c.v0, c.n);
				expect(Math.abs(probability(p, t) - numeric)).toBeLessThan(0.004);
			}),
			{ numRuns: 150 }
		);
	});
});
