import { describe, expect, it } from 'vitest';
import {
	assessTarget,
	assessTargetEvaluations,
	evaluationYears,
	projectIndicator,
	statusFromProbability,
	type EngineOptions,
	type TargetSpec
} from '../../../src/lib/domain/engine/index.ts';
import { assessWith, at, check, count, options, pct, pctDown, target, type Case } from './helpers';

describe('hold: no required rate, P from v0', () => {
	const run = (t: TargetSpec) => assessWith(pct, at(2024, 50), { method: 'hold', sigma: 5 }, t);
	const cases: Case[] = [
		[
			'>= 50',
			target('>=', 50, 2030),
			{
				projected: 50,
				requiredRate: null,
				probability: 1,
				status: 'on-track',
				margin: 0,
				alreadyMet: true
			}
		],
		[
			'>= 50.1',
			target('>=', 50.1, 2030),
			{ requiredRate: null, probability: 0, status: 'off-track' }
		],
		['rate<= 0', target('rate<=', 0, 2030), { averageChange: 0, probability: 1 }],
		['rate<= -1', target('rate<=', -1, 2030), { probability: 0, margin: 1 }]
	];
	it.each(cases)('%s', (_name, t, expected) => check(run(t), expected));
});

describe('σ = 0: deterministic, with the tolerance 1e-9·max(1, |τ|)', () => {
	// 0.7 + 0.1·3 = 1.0000000000000002 in floating point: "= 1" for the verdicts
	const run = (t: TargetSpec) =>
		assessWith(count, at(2024, 0.7), { method: 'linear', rate: 0.1, sigma: 0 }, t);
	const cases: Case[] = [
		['>= 1', target('>=', 1, 2027), { probability: 1, status: 'on-track' }],
		['<= 1', target('<=', 1, 2027), { probability: 1 }],
		['> 1', target('>', 1, 2027), { probability: 0, status: 'off-track' }],
		['< 1', target('<', 1, 2027), { probability: 0 }],
		['range [1, 1]', target('range', 1, 2027, 1), { probability: 1 }],
		['range [0.5, 0.99]', target('range', 0.5, 2027, 0.99), { probability: 0 }],
		['>= 1.1', target('>=', 1.1, 2027), { probability: 0 }],
		// Δ = 0.1 (up to rounding) ≥ 0.1
		['rate>= 0.1', target('rate>=', 0.1, 2027), { probability: 1, requiredRate: 0.1 }],
		['rate<= 0.1', target('rate<=', 0.1, 2027), { probability: 1 }],
		['rate<= 0.09', target('rate<=', 0.09, 2027), { probability: 0 }]
	];
	it.each(cases)('%s', (_name, t, expected) => check(run(t), expected));
});

describe('targets at or before the anchor year: met / missed from the actuals', () => {
	const series = [at(2020, 50), at(2022, 55), at(2024, 60)];
	const projection = projectIndicator(series, pct, { rate: 1, sigma: 0.5 });
	const run = (t: TargetSpec, opts: EngineOptions = options) =>
		assessTarget(projection, series, t, opts);
	const cases: Case[] = [
		// 2023 has no actual: the latest before it is 2022 (55)
		[
			'>= 54 in 2023',
			target('>=', 54, 2023),
			{
				projected: 55,
				comparedYear: 2022,
				probability: 1,
				status: 'met',
				margin: 1,
				requiredRate: null
			}
		],
		[
			'>= 56 in 2023',
			target('>=', 56, 2023),
			{ projected: 55, probability: 0, status: 'missed', margin: -1 }
		],
		['<= 60 in 2024', target('<=', 60, 2024), { comparedYear: 2024, status: 'met' }],
		['range [56, 58] in 2022', target('range', 56, 2022, 58), { status: 'missed', margin: -1 }],
		// nothing at or before 2019
		[
			'>= 54 in 2019',
			target('>=', 54, 2019),
			{ status: 'no-data', probability: null, projected: null, margin: null }
		],
		// average change since the base point (2020, 50): (60 − 50)/4 = 2.5 ≥ 2; margin 0.5
		[
			'rate>= 2 in 2024',
			target('rate>=', 2, 2024),
			{ averageChange: 2.5, status: 'met', margin: 0.5 }
		],
		['rate>= 3 in 2024', target('rate>=', 3, 2024), { status: 'missed', margin: -0.5 }],
		// (55 − 50)/2 = 2.5 in 2022 ≤ 2.5
		[
			'rate<= 2.5 in 2023',
			target('rate<=', 2.5, 2023),
			{ averageChange: 2.5, comparedYear: 2022, status: 'met' }
		]
	];
	it.each(cases)('%s', (_name, t, expected) => check(run(t), expected));

	it('a rate target needs a base point before the compared year', () => {
		check(run(target('rate>=', 2, 2024), { ...options, baseYear: 2024 }), {
			status: 'no-data',
			probability: null
		});
	});

	it('an assumed baseline counts for its own year only', () => {
		const assumed = projectIndicator(series, pct, { baseline: at(2025, 70), rate: 1 });
		check(assessTarget(assumed, series, target('>=', 65, 2025), options), {
			projected: 70,
			comparedYear: 2025,
			status: 'met'
		});
		check(assessTarget(assumed, series, target('>=', 65, 2024), options), {
			projected: 60,
			status: 'missed'
		});
	});
});

it('no anchor → no-data', () => {
	const projection = projectIndicator([], pct, { rate: 1, sigma: 1 });
	check(assessTarget(projection, [], target('>=', 50, 2030), options), {
		status: 'no-data',
		probability: null,
		projected: null,
		requiredRate: null,
		margin: null,
		alreadyMet: false,
		anchor: null
	});
});

describe('evaluations of a target', () => {
	it('a stated year → that year; no year → the horizon; a rate target → every milestone', () => {
		expect(evaluationYears(target('>=', 1, 2027), options)).toEqual([2027]);
		expect(evaluationYears(target('>=', 1, null), options)).toEqual([2035]);
		expect(evaluationYears(target('range', 1, null, 2), options)).toEqual([2035]);
		expect(evaluationYears(target('rate<=', -1, null), options)).toEqual([2027, 2029, 2035]);
		expect(evaluationYears(target('rate<=', -1, 2030), options)).toEqual([2030]);
		expect(evaluationYears(target('rate<=', -1, null), { ...options, milestones: [] })).toEqual([
			2035
		]);
	});

	it('a target with no year is assessed at the horizon and keeps year null', () => {
		const projection = projectIndicator([at(2024, 60)], pct, { rate: 1, sigma: 0 });
		// 60 + 1·11 = 71 ≥ 70
		check(assessTarget(projection, [], target('>=', 70, null), options), {
			year: null,
			evaluatedYear: 2035,
			projected: 71,
			probability: 1
		});
	});

	it('a rate target with no year is assessed at each milestone', () => {
		// myopia 50 in 2024, falling 1.2/yr, σ 0: Δ = −1.2 ≤ −1 at every milestone
		const projection = projectIndicator([at(2024, 50)], pctDown, { rate: -1.2, sigma: 0 });
		const results = assessTargetEvaluations(projection, [], target('rate<=', -1, null), options);
		expect(results.map((r) => r.evaluatedYear)).toEqual([2027, 2029, 2035]);
		// 50 − 1.2·3 = 46.4; 50 − 1.2·5 = 44; 50 − 1.2·11 = 36.8
		expect(results.map((r) => r.projected)).toEqual([
			expect.closeTo(46.4, 12),
			expect.closeTo(44, 12),
			expect.closeTo(36.8, 12)
		]);
		expect(results.every((r) => r.status === 'on-track' && r.year === null)).toBe(true);
	});
});

it('status bands: on-track from 0.8, at-risk from 0.2', () => {
	expect(statusFromProbability(1)).toBe('on-track');
	expect(statusFromProbability(0.8)).toBe('on-track');
	expect(statusFromProbability(0.7999999)).toBe('at-risk');
	expect(statusFromProbability(0.2)).toBe('at-risk');
	expect(statusFromProbability(0.1999999)).toBe('off-track');
	expect(statusFromProbability(0)).toBe('off-track');
});
