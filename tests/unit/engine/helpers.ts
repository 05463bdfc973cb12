/** Shared fixtures and helpers of the assessment tests. */
import { expect } from 'vitest';
import {
	assessTarget,
	projectIndicator,
	type Assumption,
	type Comparator,
	type EngineOptions,
	type IndicatorTraits,
	type Point,
	type TargetAssessment,
	type TargetSpec
} from '../../../src/lib/domain/engine/index.ts';

export const pct: IndicatorTraits = { bounds: { lo: 0, hi: 100 }, direction: 'up' };
export const pctDown: IndicatorTraits = { bounds: { lo: 0, hi: 100 }, direction: 'down' };
export const count: IndicatorTraits = { bounds: { lo: 0, hi: Infinity }, direction: 'up' };
export const options: EngineOptions = {
	baseYear: 2020,
	horizon: 2035,
	milestones: [2027, 2029, 2035],
	asOf: 2024
};
export const at = (year: number, value: number): Point => ({ year, value });

/** Normal table values used below (15 digits). */
export const PHI = {
	m6: 9.86587645037698e-10, // Φ(−6)
	m5: 2.86651571879194e-7, // Φ(−5)
	m3_5: 0.000232629079035525, // Φ(−3.5)
	m2: 0.0227501319481792, // Φ(−2)
	m1: 0.158655253931457, // Φ(−1)
	p0_5: 0.691462461274013, // Φ(0.5)
	p1: 0.841344746068543, // Φ(1)
	p2: 0.977249868051821 // Φ(2)
};

export function target(
	comparator: Comparator,
	value: number,
	year: number | null,
	valueMax: number | null = null
): TargetSpec {
	return { year, comparator, value, valueMax };
}

export type Expected = Partial<Record<keyof TargetAssessment, unknown>>;

export function check(actual: TargetAssessment, expected: Expected): void {
	for (const [key, want] of Object.entries(expected)) {
		const got = actual[key as keyof TargetAssessment];
		if (typeof want === 'number' && Number.isFinite(want)) {
			expect(got, key).toBeTypeOf('number');
			expect(Math.abs((got as number) - want), `${key}: ${String(got)} vs ${want}`).toBeLessThan(
				1e-12 * Math.max(1, Math.abs(want))
			);
		} else {
			expect(got, key).toEqual(want);
		}
	}
}

export function assessWith(
	traits: IndicatorTraits,
	anchor: Point,
	assumption: Assumption,
	t: TargetSpec,
	series: Point[] = []
): TargetAssessment {
	const projection = projectIndicator(series, traits, { ...assumption, baseline: anchor });
	return assessTarget(projection, series, t, options);
}

export type Case = [string, TargetSpec, Expected];
