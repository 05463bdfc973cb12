import { describe, expect, it } from 'vitest';
import { erfc, normalCdf, olsSlope } from '../../../src/lib/domain/engine/index.ts';

describe('olsSlope', () => {
	it('fits a small series worked by hand', () => {
		// years 2020..2024, values 1, 3, 2, 5, 4: x̄ = 2022, ȳ = 3
		// dx = −2 −1 0 1 2, dy = −2 0 −1 2 1 → Sxy = 4+0+0+2+2 = 8, Sxx = 10, Syy = 4+0+1+4+1 = 10
		// slope = 8/10 = 0.8; SSR = Syy − slope·Sxy = 10 − 6.4 = 3.6
		// SE = √(SSR/(n−2)/Sxx) = √(3.6/3/10) = √0.12 = 0.346410161513775
		const fit = olsSlope([2020, 2021, 2022, 2023, 2024], [1, 3, 2, 5, 4]);
		expect(fit.n).toBe(5);
		expect(fit.slope).toBeCloseTo(0.8, 14);
		expect(fit.se).toBeCloseTo(0.346410161513775, 14);
	});

	it('uses only the first n entries of a longer buffer', () => {
		const fit = olsSlope([2020, 2021, 2022, 9999], [1, 3, 5, -100], 3);
		// 1, 3, 5 on consecutive years: slope 2, perfect fit → SE 0
		expect(fit.slope).toBeCloseTo(2, 14);
		expect(fit.se).toBeCloseTo(0, 14);
	});

	it('gives no SE with two points and no slope with fewer or with equal years', () => {
		// (2020, 10) → (2022, 14): slope 4/2 = 2, SE undefined for n − 2 = 0
		expect(olsSlope([2020, 2022], [10, 14])).toEqual({ n: 2, slope: 2, se: null });
		expect(Number.isNaN(olsSlope([2020], [10]).slope)).toBe(true);
		expect(Number.isNaN(olsSlope([2020, 2020], [10, 12]).slope)).toBe(true);
	});

	it('loses no precision on years near 2020 with a tiny slope', () => {
		// value = 1e6 + 1e-6·(year − 2000): slope 1e-6 exactly, residuals 0
		const years = [2015, 2016, 2017, 2018, 2019, 2020];
		const fit = olsSlope(
			years,
			years.map((y) => 1e6 + 1e-6 * (y - 2000))
		);
		// the data's own rounding (ulp of 1e6 ≈ 1.2e-10) allows ~1e-11; raw sums would lose ~1e-6
		expect(fit.slope).toBeCloseTo(1e-6, 10);
	});
});

describe('normalCdf (Φ)', () => {
	// Reference values: the normal table to 15 digits (checked with mpmath.ncdf at 30 digits),
	// each written as the double nearest to it.
	const table: [number, number][] = [
		[0, 0.5],
		[1, 0.8413447460685429],
		[-1, 0.15865525393145705],
		[2, 0.9772498680518208],
		[-2, 0.02275013194817921],
		[3, 0.9986501019683699],
		[-3, 0.0013498980316300946],
		[-3.5, 0.00023262907903552504],
		[0.5, 0.6914624612740131],
		[1.644853626951, 0.95], // the 95 % quantile to 12 digits
		[-1.95996398454, 0.025] // the 2.5 % quantile to 12 digits
	];
	it.each(table)('Φ(%s) = %s to 1e-13', (x, p) => {
		expect(Math.abs(normalCdf(x) - p)).toBeLessThan(1e-13);
	});

	it('keeps relative precision far in the tail', () => {
		// Φ(−5) = 2.8665157187919391e-7, Φ(−6) = 9.865876450376981e-10 (relative error < 6e-10 there),
		// Φ(−10) = 7.6198530241605261e-24, Φ(−20) = 2.7536241186062337e-89 (< 2e-13)
		expect(normalCdf(-5) / 2.8665157187919391e-7).toBeCloseTo(1, 9);
		expect(Math.abs(normalCdf(-6) / 9.865876450376981e-10 - 1)).toBeLessThan(6e-10);
		expect(normalCdf(-10) / 7.619853024160525e-24).toBeCloseTo(1, 12);
		expect(normalCdf(-20) / 2.7536241186062337e-89).toBeCloseTo(1, 13);
		// 1 − Φ(6) to one ulp of 1; beyond 8.3 Φ is exactly 1 in double precision
		expect(1 - normalCdf(6)).toBeCloseTo(9.865876450376981e-10, 15);
		expect(normalCdf(8.31)).toBe(1);
		expect(normalCdf(8.29)).toBeLessThan(1);
	});

	it('is symmetric, monotone and handles infinities and NaN', () => {
		for (let x = -8; x <= 8; x += 0.37) {
			expect(normalCdf(x) + normalCdf(-x)).toBeCloseTo(1, 15);
			expect(normalCdf(x + 0.01)).toBeGreaterThanOrEqual(normalCdf(x));
		}
		// the two branches meet at 5√2 without a jump: Φ(−5√2) = 7.6872989721402e-13
		const edge = 7.07106781186547;
		expect(normalCdf(-edge + 1e-13) / 7.6872989721402e-13).toBeCloseTo(1, 8);
		expect(normalCdf(-edge - 1e-13) / 7.6872989721402e-13).toBeCloseTo(1, 8);
		expect(normalCdf(Infinity)).toBe(1);
		expect(normalCdf(-Infinity)).toBe(0);
		expect(Number.isNaN(normalCdf(NaN))).toBe(true);
	});
});

describe('erfc', () => {
	it('matches table values', () => {
		// erfc(0.5) = 0.479500122186953, erfc(2) = 0.00467773498104727, erfc(−1) = 1.84270079294971
		expect(erfc(0.5)).toBeCloseTo(0.479500122186953, 14);
		expect(erfc(2)).toBeCloseTo(0.00467773498104727, 16);
		expect(erfc(-1)).toBeCloseTo(1.84270079294971, 13);
		expect(erfc(0)).toBe(1);
	});
});
