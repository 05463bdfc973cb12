import { describe, expect, it } from 'vitest';
import {
	assessTarget,
	projectIndicator,
	type TargetSpec
} from '../../../src/lib/domain/engine/index.ts';
import {
	equivalentRate,
	goalSeekRate,
	sliderStep,
	sliderRange,
	Z80
} from '../../../src/lib/state/rates.ts';

const options = { baseYear: 2024, horizon: 2035, milestones: [2027, 2029, 2035], asOf: 2024 };
const percent = { bounds: { lo: 0, hi: 100 }, direction: 'up' as const };

describe('slider ranges', () => {
	it('rounds steps to 1, 2 or 5 × 10^k', () => {
		expect([0.013, 0.03, 0.07, 0.2, 3].map(sliderStep)).toEqual([0.01, 0.02, 0.05, 0.2, 2]);
	});

	it('reaches the required rates, and does not depend on the assumed rate', () => {
		// A % indicator (span 100): at least 100/20 = 5 points a year; a required 8/yr → 8 × 1.25 = 10.
		const fitted = projectIndicator(
			[
				{ year: 2024, value: 50 },
				{ year: 2025, value: 51 }
			],
			percent
		);
		const r = sliderRange('linear', fitted, [8], 100);
		expect(r).toEqual({ min: -10, max: 10, step: 0.02 });
		expect(sliderRange('gap', fitted, [8], 100)).toEqual({ min: -50, max: 100, step: 0.5 });
	});
});

describe('goal seek', () => {
	const series = [{ year: 2025, value: 85 }];
	const target: TargetSpec = { year: 2027, comparator: '>=', value: 90, valueMax: null };

	it('sets the required rate, which meets the target exactly', () => {
		const p = projectIndicator(series, percent, { rate: 0, sigma: 0 });
		const a = assessTarget(p, series, target, options);
		// r* = (90 − 85)/2 = 2.5
		expect(goalSeekRate(a, p, 'required')).toBeCloseTo(2.5, 12);
		const after = assessTarget(
			projectIndicator(series, percent, { rate: 2.5, sigma: 0 }),
			series,
			target,
			options
		);
		expect(after.status).toBe('on-track');
	});

	it('for 80 %: r* + Φ⁻¹(0.8)·σ for "at least", and the probability is then 0.8', () => {
		const p = projectIndicator(series, percent, { rate: 1, sigma: 0.5 });
		const a = assessTarget(p, series, target, options);
		const r80 = goalSeekRate(a, p, 'p80') as number;
		expect(r80).toBeCloseTo(2.5 + Z80 * 0.5, 12);
		const after = assessTarget(
			projectIndicator(series, percent, { rate: r80, sigma: 0.5 }),
			series,
			target,
			options
		);
		expect(after.probability).toBeCloseTo(0.8, 9);
	});

	it('goes down for "at most" targets and for gap on a down indicator', () => {
		const down = { bounds: { lo: 0, hi: 100 }, direction: 'down' as const };
		const myopia = [{ year: 2025, value: 50 }];
		const atMost: TargetSpec = { year: 2027, comparator: '<=', value: 40, valueMax: null };
		const lin = projectIndicator(myopia, down, { method: 'linear', rate: 0, sigma: 1 });
		const r = goalSeekRate(assessTarget(lin, myopia, atMost, options), lin, 'p80') as number;
		// linear: r* = (40 − 50)/2 = −5; 80 %: −5 − 0.8416 × 1
		expect(r).toBeCloseTo(-5 - Z80, 12);
		const gap = projectIndicator(myopia, down, { method: 'gap', rate: 0.05, sigma: 0.02 });
		const rg = goalSeekRate(assessTarget(gap, myopia, atMost, options), gap, 'p80') as number;
		const after = assessTarget(
			projectIndicator(myopia, down, { method: 'gap', rate: rg, sigma: 0.02 }),
			myopia,
			atMost,
			options
		);
		expect(after.probability).toBeCloseTo(0.8, 9);
	});

	it('offers nothing for hold, decided or no-data targets', () => {
		const hold = projectIndicator(series, percent, { method: 'hold' });
		expect(goalSeekRate(assessTarget(hold, series, target, options), hold, 'required')).toBeNull();
		const past = assessTarget(
			projectIndicator(series, percent),
			series,
			{ ...target, year: 2025 },
			options
		);
		expect(goalSeekRate(past, projectIndicator(series, percent), 'required')).toBeNull();
	});
});

describe('equivalentRate: a typed rate survives a change of method', () => {
	// linear from 60 (2024) at 2 pp/yr reaches 66 in 2027
	const pctTraits = { bounds: { lo: 0, hi: 100 }, direction: 'up' as const };
	const linear = projectIndicator([{ year: 2024, value: 60 }], pctTraits, { rate: 2 });
	const points = [{ year: 2024, value: 60 }];

	it('compound: (66/60)^(1/3) − 1 = 0.0322801154563672', () => {
		const r = equivalentRate(linear, 'compound', points, pctTraits, undefined, 2027);
		expect(r).toBeCloseTo(0.0322801154563672, 12);
	});

	it('gap to 100: 1 − (34/40)^(1/3) = 0.0527318532...', () => {
		const r = equivalentRate(linear, 'gap', points, pctTraits, undefined, 2027);
		expect(r).toBeCloseTo(1 - Math.cbrt(34 / 40), 12);
	});

	it('none for hold, or for a method the anchor cannot take', () => {
		expect(equivalentRate(linear, 'hold', points, pctTraits, undefined, 2027)).toBeNull();
		const unbounded = { bounds: { lo: 0, hi: Infinity }, direction: 'up' as const };
		const p = projectIndicator(points, unbounded, { rate: 2 });
		expect(equivalentRate(p, 'gap', points, unbounded, undefined, 2027)).toBeNull();
	});
});
