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

describe('targets the data reach (T ≤ y0): the value of that year, observed or interpolated', () => {
	const series = [at(2020, 50), at(2022, 55), at(2024, 60)];
	const projection = projectIndicator(series, pct, { rate: 1, sigma: 0.5 });
	const run = (t: TargetSpec, opts: EngineOptions = options) =>
		assessTarget(projection, series, t, opts);
	const actual = (year: number, value: number) => ({ year, value, assumed: false });
	const cases: Case[] = [
		// 2023 has no actual: halfway between 2022 (55) and 2024 (60) → 57.5, never 55 alone
		[
			'>= 54 in 2023',
			target('>=', 54, 2023),
			{
				projected: 57.5,
				evaluation: 'interpolated',
				compared: { from: actual(2022, 55), to: actual(2024, 60) },
				probability: 1,
				status: 'met',
				margin: 3.5,
				requiredRate: null,
				sigma: null
			}
		],
		[
			'>= 58 in 2023',
			target('>=', 58, 2023),
			{ projected: 57.5, probability: 0, status: 'missed', margin: -0.5 }
		],
		[
			'<= 60 in 2024',
			target('<=', 60, 2024),
			{
				evaluation: 'observed',
				compared: { from: actual(2024, 60), to: actual(2024, 60) },
				status: 'met'
			}
		],
		// observed 55: min(55 − 56, 58 − 55) = −1
		['range [56, 58] in 2022', target('range', 56, 2022, 58), { status: 'missed', margin: -1 }],
		// nothing at or before 2019: nothing to compare, not a guess
		[
			'>= 54 in 2019',
			target('>=', 54, 2019),
			{
				status: 'unverified',
				evaluation: 'none',
				compared: null,
				probability: null,
				projected: null,
				margin: null
			}
		],
		// average change since the base point (2020, 50): (60 − 50)/4 = 2.5 ≥ 2; margin 0.5
		[
			'rate>= 2 in 2024',
			target('rate>=', 2, 2024),
			{ averageChange: 2.5, status: 'met', margin: 0.5 }
		],
		['rate>= 3 in 2024', target('rate>=', 3, 2024), { status: 'missed', margin: -0.5 }],
		// 2023 interpolated to 57.5: (57.5 − 50)/3 = 2.5 ≤ 2.5
		[
			'rate<= 2.5 in 2023',
			target('rate<=', 2.5, 2023),
			{ averageChange: 2.5, evaluation: 'interpolated', status: 'met' }
		]
	];
	it.each(cases)('%s', (_name, t, expected) => check(run(t), expected));

	it('a rate target needs a base point before the target year', () => {
		check(run(target('rate>=', 2, 2024), { ...options, baseYear: 2024 }), {
			status: 'unverified',
			probability: null
		});
	});

	it('an assumed baseline is a point of its own year, and says so', () => {
		const assumed = projectIndicator(series, pct, { baseline: at(2025, 70), rate: 1 });
		check(assessTarget(assumed, series, target('>=', 65, 2025), options), {
			projected: 70,
			evaluation: 'observed',
			compared: { from: { year: 2025, value: 70, assumed: true }, to: expect.anything() },
			status: 'met'
		});
		check(assessTarget(assumed, series, target('>=', 65, 2024), options), {
			projected: 60,
			status: 'missed'
		});
		// 2022 (55, actual) to 2025 (70, assumed): 55 + 15·2/3 = 65 in 2024 when 2024 is missing
		const short = [at(2020, 50), at(2022, 55)];
		const p = projectIndicator(short, pct, { baseline: at(2025, 70), rate: 1 });
		check(assessTarget(p, short, target('>=', 64, 2024), options), {
			projected: 65,
			evaluation: 'interpolated',
			compared: { from: actual(2022, 55), to: { year: 2025, value: 70, assumed: true } },
			status: 'met'
		});
	});
});

describe('after the data: the past is unverified, the future needs a rate or a trend', () => {
	const today: EngineOptions = { ...options, asOf: 2026 };

	it('a past year the data do not reach is unverified, with the projection as an estimate', () => {
		// two points, no national series: slope (55 − 50)/2 = 2.5, σ 0 → 55 + 2.5·3 = 62.5 in 2025
		const series = [at(2020, 50), at(2022, 55)];
		const p = projectIndicator(series, pct);
		check(assessTarget(p, series, target('>=', 60, 2025), today), {
			status: 'unverified',
			evaluation: 'projected',
			projected: 62.5,
			probability: 1
		});
	});

	it('one point and no rate: needs an assumption, never a 0 % probability', () => {
		// 教共体 85 % in 2025, ≥ 90 % by 2027: holding flat shows 85; the rate it takes is 2.5/yr
		const series = [at(2025, 85)];
		const p = projectIndicator(series, pct);
		check(assessTarget(p, series, target('>=', 90, 2027), today), {
			status: 'needs-assumption',
			probability: null,
			sigma: null,
			projected: 85,
			requiredRate: 2.5,
			evaluation: 'projected'
		});
		expect(p.basis).toMatchObject({ points: 1, span: 0, rate: 'none', sigma: 'none' });
		// the same with a rate set: 85 + 3·2 = 91 ≥ 90, σ 0 → on track
		const assumed = projectIndicator(series, pct, { rate: 3 });
		check(assessTarget(assumed, series, target('>=', 90, 2027), today), {
			status: 'on-track',
			probability: 1
		});
		expect(assumed.basis.rate).toBe('assumed');
		// …and in a past year it is unverified, with no estimate to give
		check(assessTarget(p, series, target('>=', 90, 2026), { ...today, asOf: 2027 }), {
			status: 'unverified',
			probability: null
		});
	});

	it('the target year equal to asOf is the future', () => {
		const series = [at(2020, 50), at(2022, 55)];
		const p = projectIndicator(series, pct);
		check(assessTarget(p, series, target('>=', 60, 2026), today), {
			status: 'on-track',
			probability: 1
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
	it('a target without a year is judged at its source horizon, rate targets too', () => {
		const of = (t: TargetSpec) => evaluationYears(t, options);
		expect(of({ ...target('>=', 1, null), horizon: 2025 })).toEqual([2025]);
		expect(of({ ...target('rate<=', -1, null), horizon: 2025 })).toEqual([2025]);
		expect(of({ ...target('>=', 1, 2027), horizon: 2025 })).toEqual([2027]);
		expect(of({ ...target('>=', 1, null), horizon: null })).toEqual([2035]);
	});

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
