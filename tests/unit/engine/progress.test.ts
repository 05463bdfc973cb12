import { describe, expect, it } from 'vitest';
import {
	progressMeasures,
	type Comparator,
	type Direction,
	type EngineOptions,
	type Point,
	type TargetSpec
} from '../../../src/lib/domain/engine/index.ts';

const options: EngineOptions = {
	baseYear: 2020,
	horizon: 2035,
	milestones: [2027, 2029, 2035],
	asOf: 2024
};
const at = (year: number, value: number): Point => ({ year, value });
const target = (comparator: Comparator, value: number, year: number): TargetSpec => ({
	year,
	comparator,
	value,
	valueMax: null
});

// Base (2020, 50) and latest (2022, ·): the growth rate over two years is √(v_t/50) − 1.
const rising = [at(2019, 1), at(2020, 50), at(2022, 60.5)]; // CAGR = √1.21 − 1 = 0.1
const flat = [at(2020, 50), at(2022, 50.5)]; // CAGR = √1.01 − 1
const falling = [at(2020, 50), at(2022, 40.5)]; // CAGR = √0.81 − 1 = −0.1
const risingFast = [at(2020, 50), at(2021, 55), at(2022, 60.5)];

function measure(series: Point[], t: TargetSpec, direction: Direction = 'up', year = t.year!) {
	return progressMeasures(series, t, year, direction, options);
}

describe('UN Progress Chart (2023): Q = (v_e − v_b)/(τ − v_b)', () => {
	// rising: v_e = 60.5·1.1^(2024 − 2022) = 73.205; v_e − v_b = 23.205
	it.each([
		// 23.205/(70 − 50) = 1.16025
		['on track', rising, target('>=', 70, 2024), 1.16025, 'on-track'],
		// 23.205/(74.171875 − 50) = 0.96 just above 0.95
		['on track near 0.95', rising, target('>=', 74.171875, 2024), 0.96, 'on-track'],
		// 23.205/(80 − 50) = 0.7735
		['fair progress', rising, target('>=', 80, 2024), 0.7735, 'fair-progress'],
		// 23.205/(260.954545… − 50) = 0.11 just above 0.10
		[
			'fair progress near 0.10',
			rising,
			target('>=', 50 + 23.205 / 0.11, 2024),
			0.11,
			'fair-progress'
		],
		// flat: v_e = 50.5·1.01 = 51.005 → 1.005/30 = 0.0335
		['stagnation', flat, target('>=', 80, 2024), 0.0335, 'stagnation-regression'],
		// falling: v_e = 40.5·0.81 = 32.805 → −17.195/30 = −0.573166…
		['regression', falling, target('>=', 80, 2024), -17.195 / 30, 'stagnation-regression'],
		// 60.5 already ≥ 60: achieved (Q = 23.205/10 = 2.3205)
		['achieved', rising, target('>=', 60, 2024), 2.3205, 'achieved']
	] as const)('%s', (_name, series, t, q, status) => {
		const { un } = measure([...series], t);
		expect(un.status).toBe(status);
		expect(un.q).toBeCloseTo(q, 10);
	});

	it('works for a down indicator without any flip (Q is a ratio of changes)', () => {
		// myopia 50 → 40.5: v_e = 32.805; target ≤ 32.805 → Q = (32.805 − 50)/(32.805 − 50) = 1
		const { un } = measure(falling, target('<=', 32.805, 2024), 'down');
		expect(un.q).toBeCloseTo(1, 10);
		expect(un.status).toBe('on-track');
	});

	it('a target the base already met and the latest no longer meets is a regression', () => {
		// ≥ 45: 50 met it, 40.5 does not
		expect(measure(falling, target('>=', 45, 2024)).un).toEqual({
			q: null,
			status: 'stagnation-regression'
		});
	});
});

describe('Open SDG / Statistics Canada: R = CAGR_o / CAGR_r', () => {
	// rising: CAGR_o = 0.1; CAGR_r = (τ/50)^(1/4) − 1 for T = 2024
	it.each([
		// τ = 50·1.1⁴ = 73.205 → CAGR_r = 0.1 → R = 1
		['on track', rising, target('>=', 73.205, 2024), 'up', 1, 'on-track'],
		// τ = 50·1.125⁴ = 80.09033203125 → CAGR_r = 0.125 → R = 0.8
		[
			'acceleration needed',
			rising,
			target('>=', 80.09033203125, 2024),
			'up',
			0.8,
			'acceleration-needed'
		],
		// τ = 50·1.25⁴ = 122.0703125 → CAGR_r = 0.25 → R = 0.4
		['limited progress', rising, target('>=', 122.0703125, 2024), 'up', 0.4, 'limited-progress'],
		// falling: CAGR_o = −0.1 against 0.1 → R = −1
		['deterioration', falling, target('>=', 73.205, 2024), 'up', -1, 'deterioration'],
		// down: 50 → 40.5, CAGR_o = −0.1; τ = 50·0.9⁴ = 32.805, CAGR_r = −0.1; flipped: 0.1/0.1 = 1
		['down, on track', falling, target('<=', 32.805, 2024), 'down', 1, 'on-track'],
		// τ = 50·0.8⁴ = 20.48, CAGR_r = −0.2; flipped: 0.1/0.2 = 0.5
		['down, limited progress', falling, target('<=', 20.48, 2024), 'down', 0.5, 'limited-progress'],
		// myopia rising 50 → 60.5: CAGR_o = 0.1 → flipped −0.1; CAGR_r −0.1 → flipped 0.1; R = −1
		['down, deterioration', rising, target('<=', 32.805, 2024), 'down', -1, 'deterioration']
	] as const)('%s', (_name, series, t, direction, r, status) => {
		const { openSdg } = measure([...series], t, direction);
		expect(openSdg.status).toBe(status);
		expect(openSdg.r).toBeCloseTo(r, 10);
	});

	it('replaces a 0 base value by 0.001', () => {
		// 0 → 0.1 over 2 years: CAGR_o = (0.1/0.001)^(1/2) − 1 = 9
		// ≥ 1 by 2024: CAGR_r = (1/0.001)^(1/4) − 1 = 5.62341325190349 − 1 = 4.62341325190349
		// R = 9/4.62341325190349 = 1.94661… → on track
		const m = measure([at(2020, 0), at(2022, 0.1)], target('>=', 1, 2024));
		expect(m.openSdg.r).toBeCloseTo(9 / 4.62341325190349, 10);
		expect(m.openSdg.status).toBe('on-track');
		// UN, same replacement: v_e = 0.1·10² = 10 → Q = (10 − 0)/(1 − 0) = 10
		expect(m.un.q).toBeCloseTo(10, 8);
	});

	it('replaces a 0 target value by 0.001 (down indicator)', () => {
		// 10 → 5: CAGR_o = √0.5 − 1 = −0.292893218813452; ≤ 0: CAGR_r = (0.001/10)^(1/4) − 1 = −0.9
		// flipped: 0.292893218813452/0.9 = 0.325436909792725 → limited progress
		const { openSdg } = measure([at(2020, 10), at(2022, 5)], target('<=', 0, 2024), 'down');
		expect(openSdg.r).toBeCloseTo(0.325436909792725, 12);
		expect(openSdg.status).toBe('limited-progress');
	});

	it('a target already met by the latest actual is on track; one lost since the base deteriorated', () => {
		expect(measure(rising, target('>=', 60, 2024)).openSdg.status).toBe('on-track');
		expect(measure(falling, target('>=', 45, 2024)).openSdg).toEqual({
			r: null,
			status: 'deterioration'
		});
	});
});

describe('insufficient data', () => {
	const insufficient = { q: null, status: 'insufficient-data' };
	it.each([
		['one actual', [at(2022, 50)]],
		['nothing after the base year', [at(2018, 40), at(2019, 45)]],
		['one actual after the base year', [at(2018, 40), at(2021, 45)]],
		['no actuals', []]
	])('%s', (_name, series) => {
		const m = measure(series, target('>=', 70, 2030));
		expect(m.un).toEqual(insufficient);
		expect(m.openSdg).toEqual({ r: null, status: 'insufficient-data' });
		expect(m.midTerm).toBeNull();
	});

	it('a target year not after the base year, or negative values', () => {
		expect(measure(rising, target('>=', 70, 2020)).un).toEqual(insufficient);
		expect(measure([at(2020, -5), at(2022, 3)], target('>=', 70, 2030)).un).toEqual(insufficient);
	});
});

describe('mid-term review: time share against progress share', () => {
	it.each([
		// (2022 − 2020)/(2030 − 2020) = 0.2; (60.5 − 50)/(80 − 50) = 0.35 ≥ 0.2
		['ahead', rising, target('>=', 80, 2030), 0.2, 0.35, true],
		// 10.5/(150 − 50) = 0.105 < 0.2
		['behind', rising, target('>=', 150, 2030), 0.2, 0.105, false],
		// −9.5/30 → not below 0
		['backwards', falling, target('>=', 80, 2030), 0.2, 0, false],
		// down: (40.5 − 50)/(30 − 50) = 0.475
		['down indicator', falling, target('<=', 30, 2030), 0.2, 0.475, true],
		// rate target 2/yr from 2020: goal 50 + 2·10 = 70 → 10.5/20 = 0.525
		['rate target', rising, target('rate>=', 2, 2030), 0.2, 0.525, true],
		// ≥ 45 met at the base, lost since: 0
		['lost since the base', falling, target('>=', 45, 2030), 0.2, 0, false]
	] as const)('%s', (_name, series, t, timeShare, progressShare, onSchedule) => {
		const { midTerm } = measure([...series], t, t.comparator === '<=' ? 'down' : 'up');
		expect(midTerm?.timeShare).toBeCloseTo(timeShare, 12);
		expect(midTerm?.progressShare).toBeCloseTo(progressShare, 12);
		expect(midTerm?.onSchedule).toBe(onSchedule);
	});

	it('uses the first actual at or after the base year and the latest actual', () => {
		const m = measure(risingFast, target('>=', 80, 2030));
		expect(m.base).toEqual(at(2020, 50));
		expect(m.latest).toEqual(at(2022, 60.5));
	});

	it('a rate target is judged by UN on its implied level', () => {
		// goal 70 in 2030; v_e = 60.5·1.1⁸ = 60.5·2.14358881 = 129.68712300… → Q = 79.687123/20
		const { un } = measure(rising, target('rate>=', 2, 2030));
		expect(un.q).toBeCloseTo((60.5 * 2.14358881 - 50) / 20, 9);
		expect(un.status).toBe('on-track');
	});
});
