import { expect, describe, it } from 'vitest';
import { type TargetSpec } from '../../../src/lib/domain/engine/index.ts';
import { assessWith, at, check, count, pct, pctDown, PHI, target, type Case } from './helpers';

describe('linear, up, anchor (2025, 60), r = 1.5, σ = 0.5, T = 2035 (n = 10)', () => {
	// v(2035) = 60 + 1.5·10 = 75
	const run = (t: TargetSpec) =>
		assessWith(pct, at(2025, 60), { method: 'linear', rate: 1.5, sigma: 0.5 }, t);
	const cases: Case[] = [
		// r* = (70 − 60)/10 = 1; z = (1 − 1.5)/0.5 = −1; P = 1 − Φ(−1) = Φ(1)
		[
			'>= 70',
			target('>=', 70, 2035),
			{
				projected: 75,
				requiredRate: 1,
				probability: PHI.p1,
				status: 'on-track',
				margin: 5,
				alreadyMet: false
			}
		],
		['> 70', target('>', 70, 2035), { requiredRate: 1, probability: PHI.p1, status: 'on-track' }],
		// P = Φ((1 − 1.5)/0.5) = Φ(−1)
		[
			'<= 70',
			target('<=', 70, 2035),
			{ requiredRate: 1, probability: PHI.m1, status: 'off-track', margin: 5 }
		],
		['< 70', target('<', 70, 2035), { probability: PHI.m1, status: 'off-track' }],
		// r*_a = (65 − 60)/10 = 0.5, r*_b = 1: P = Φ((1 − 1.5)/.5) − Φ((0.5 − 1.5)/.5) = Φ(−1) − Φ(−2)
		// margin: nearest edge, min(75 − 65, 70 − 75) = −5 (outside by 5)
		[
			'range [65, 70]',
			target('range', 65, 2035, 70),
			{
				requiredRate: 0.5,
				requiredRateMax: 1,
				probability: PHI.m1 - PHI.m2,
				status: 'off-track',
				margin: -5
			}
		],
		// r*_a = 1, r*_b = 2: P = Φ(1) − Φ(−1) = 0.682689492137086; margin min(5, 5) = 5
		[
			'range [70, 80]',
			target('range', 70, 2035, 80),
			{
				requiredRate: 1,
				requiredRateMax: 2,
				probability: 0.682689492137086,
				status: 'at-risk',
				margin: 5
			}
		],
		// rate target: r* = c = 0.5; P = 1 − Φ((0.5 − 1.5)/0.5) = Φ(2); Δ = 15/10 = 1.5; margin 1.5 − 0.5
		[
			'rate>= 0.5',
			target('rate>=', 0.5, 2035),
			{
				requiredRate: 0.5,
				averageChange: 1.5,
				probability: PHI.p2,
				status: 'on-track',
				margin: 1,
				alreadyMet: false
			}
		],
		// r* = 2; P = Φ((2 − 1.5)/0.5) = Φ(1); margin 1.5 − 2 = −0.5
		[
			'rate<= 2',
			target('rate<=', 2, 2035),
			{ requiredRate: 2, probability: PHI.p1, status: 'on-track', margin: -0.5 }
		],
		// beyond 100 % on the far side: unreachable
		[
			'>= 101',
			target('>=', 101, 2035),
			{ requiredRate: null, probability: 0, status: 'off-track', margin: -26 }
		],
		// exactly 100 is reachable (clamped at 100 from r* = 4 on): P = Φ((1.5 − 4)/0.5) = Φ(−5)
		[
			'>= 100',
			target('>=', 100, 2035),
			{ requiredRate: 4, probability: PHI.m5, status: 'off-track' }
		],
		// the clamped projection never exceeds 100
		['> 100', target('>', 100, 2035), { requiredRate: 4, probability: 0, status: 'off-track' }],
		// and is never above 100, so "≤ 100" always holds
		['<= 100', target('<=', 100, 2035), { requiredRate: 4, probability: 1, status: 'on-track' }],
		// below 0 on the near side: always met, no required rate
		[
			'>= -1',
			target('>=', -1, 2035),
			{ requiredRate: null, probability: 1, status: 'on-track', alreadyMet: true }
		],
		['< 0', target('<', 0, 2035), { requiredRate: -6, probability: 0, status: 'off-track' }],
		// range whose upper end is the bound: P(v ≥ 95) − P(v > 100) = Φ((1.5 − 3.5)/0.5) − 0 = Φ(−4)
		[
			'range [95, 100]',
			target('range', 95, 2035, 100),
			{ requiredRate: 3.5, requiredRateMax: 4, probability: 3.16712418331199e-5 }
		]
	];
	it.each(cases)('%s', (_name, t, expected) => check(run(t), expected));
});

it('the contract example: linear 63.5 + 0.8·11 = 72.3, ≥ 70 at 2035 with σ = 0.3', () => {
	// r* = (70 − 63.5)/11 = 0.590909090909091; z = (r* − 0.8)/0.3 = −0.696969696969697
	// P = 1 − Φ(z) = Φ(0.696969696969697) = 0.757089120905956 → at-risk
	const result = assessWith(pct, at(2024, 63.5), { rate: 0.8, sigma: 0.3 }, target('>=', 70, 2035));
	check(result, {
		projected: 72.3,
		requiredRate: 0.590909090909091,
		probability: 0.757089120905956,
		status: 'at-risk',
		alreadyMet: false,
		evaluatedYear: 2035,
		year: 2035
	});
	expect(result.anchor).toEqual({ year: 2024, value: 63.5, assumed: true });
});

describe('compound, count, anchor (2024, 100), r = 0.12, σ = 0.02, T = 2026 (n = 2)', () => {
	// v(2026) = 100·1.12² = 125.44
	const run = (t: TargetSpec) =>
		assessWith(count, at(2024, 100), { method: 'compound', rate: 0.12, sigma: 0.02 }, t);
	const cases: Case[] = [
		// r* = (121/100)^(1/2) − 1 = 0.1; z = (0.1 − 0.12)/0.02 = −1 → P = Φ(1); margin 125.44 − 121
		[
			'>= 121',
			target('>=', 121, 2026),
			{
				projected: 125.44,
				requiredRate: 0.1,
				probability: PHI.p1,
				status: 'on-track',
				margin: 4.44
			}
		],
		[
			'<= 121',
			target('<=', 121, 2026),
			{ requiredRate: 0.1, probability: PHI.m1, status: 'off-track' }
		],
		// r*_a = √1.1025 − 1 = 0.05, r*_b = 0.1: P = Φ(−1) − Φ((0.05 − 0.12)/0.02) = Φ(−1) − Φ(−3.5)
		[
			'range [110.25, 121]',
			target('range', 110.25, 2026, 121),
			{ requiredRate: 0.05, requiredRateMax: 0.1, probability: PHI.m1 - PHI.m3_5, margin: -4.44 }
		],
		// Δ ≥ 10.5: r* = ((100 + 10.5·2)/100)^(1/2) − 1 = 0.1 → Φ(1); Δ = 25.44/2 = 12.72
		[
			'rate>= 10.5',
			target('rate>=', 10.5, 2026),
			{ requiredRate: 0.1, probability: PHI.p1, averageChange: 12.72, margin: 2.22 }
		],
		// Δ ≤ −60 means v(2026) ≤ 100 − 120 < 0: unreachable
		['rate<= -60', target('rate<=', -60, 2026), { requiredRate: null, probability: 0 }],
		// 0 is the floor of compound (reached from r = −1 down): always ≥ 0
		['>= 0', target('>=', 0, 2026), { requiredRate: -1, probability: 1 }]
	];
	it.each(cases)('%s', (_name, t, expected) => check(run(t), expected));
});

describe('gap, up, anchor (2024, 80), B = 100, r = 0.4, σ = 0.1, T = 2026 (n = 2)', () => {
	// v(2026) = 100 − 20·0.6² = 92.8
	const run = (t: TargetSpec) =>
		assessWith(pct, at(2024, 80), { method: 'gap', rate: 0.4, sigma: 0.1 }, t);
	const cases: Case[] = [
		// r* = 1 − ((100 − 95)/(100 − 80))^(1/2) = 1 − 0.5 = 0.5; z = (0.5 − 0.4)/0.1 = 1 → P = 1 − Φ(1)
		[
			'>= 95',
			target('>=', 95, 2026),
			{ projected: 92.8, requiredRate: 0.5, probability: PHI.m1, status: 'off-track', margin: -2.2 }
		],
		[
			'<= 95',
			target('<=', 95, 2026),
			{ requiredRate: 0.5, probability: PHI.p1, status: 'on-track' }
		],
		// Δ ≥ 7.5: r* = 1 − ((100 − 80 − 15)/20)^(1/2) = 0.5; Δ = 12.8/2 = 6.4; margin 6.4 − 7.5
		[
			'rate>= 7.5',
			target('rate>=', 7.5, 2026),
			{ requiredRate: 0.5, probability: PHI.m1, averageChange: 6.4, margin: -1.1 }
		],
		// B itself needs r* = 1: P = 1 − Φ((1 − 0.4)/0.1) = Φ(−6)
		[
			'>= 100',
			target('>=', 100, 2026),
			{ requiredRate: 1, probability: PHI.m6, status: 'off-track' }
		],
		['> 100', target('>', 100, 2026), { requiredRate: 1, probability: 0 }]
	];
	it.each(cases)('%s', (_name, t, expected) => check(run(t), expected));
});

describe('gap, DOWN (myopia), anchor (2024, 50), B = lo = 0, r = 0.4, σ = 0.1, T = 2026', () => {
	// v(2026) = 0 − (0 − 50)·0.6² = 18. A larger r closes more of the gap to 0: v FALLS as r rises,
	// so "v ≤ τ" is the event R ≥ r*, and P(≤) = 1 − Φ((r* − r)/σ), not Φ((r* − r)/σ).
	const run = (t: TargetSpec) =>
		assessWith(pctDown, at(2024, 50), { method: 'gap', rate: 0.4, sigma: 0.1 }, t);
	const cases: Case[] = [
		// r* = 1 − ((0 − 12.5)/(0 − 50))^(1/2) = 0.5; P(R ≥ 0.5) = 1 − Φ(1) = Φ(−1)
		[
			'<= 12.5',
			target('<=', 12.5, 2026),
			{ projected: 18, requiredRate: 0.5, probability: PHI.m1, status: 'off-track', margin: 5.5 }
		],
		['< 12.5', target('<', 12.5, 2026), { probability: PHI.m1 }],
		['>= 12.5', target('>=', 12.5, 2026), { probability: PHI.p1, status: 'on-track' }],
		// Δ ≤ −18.75: level 50 − 37.5 = 12.5 → r* = 0.5, same P; Δ = (18 − 50)/2 = −16; margin 2.75
		[
			'rate<= -18.75',
			target('rate<=', -18.75, 2026),
			{ requiredRate: 0.5, probability: PHI.m1, averageChange: -16, margin: 2.75 }
		],
		// [12.5, 32]: r* = 0.5 and 1 − √(32/50) = 0.2; P(0.2 ≤ R ≤ 0.5) = Φ(1) − Φ(−2); margin min(5.5, 14)
		[
			'range [12.5, 32]',
			target('range', 12.5, 2026, 32),
			{
				requiredRate: 0.5,
				requiredRateMax: 0.2,
				probability: PHI.p1 - PHI.m2,
				status: 'on-track',
				margin: 5.5
			}
		],
		// 0 needs r* = 1: P(R ≥ 1) = Φ((0.4 − 1)/0.1) = Φ(−6); strictly below 0 is impossible
		['<= 0', target('<=', 0, 2026), { requiredRate: 1, probability: PHI.m6 }],
		['< 0', target('<', 0, 2026), { requiredRate: 1, probability: 0 }],
		// ≤ 60 (above v0: already met): r* = 1 − √1.2 = −0.0954451150103322;
		// P(R ≥ r*) = Φ((0.4 − r*)/0.1) = Φ(4.95445115010332) = 0.999999637326321
		[
			'<= 60',
			target('<=', 60, 2026),
			{ requiredRate: -0.0954451150103322, probability: 0.999999637326321, alreadyMet: true }
		]
	];
	it.each(cases)('%s', (_name, t, expected) => check(run(t), expected));
});

it('down indicator, linear, "每年降低1个百分点" (rate<= −1)', () => {
	// anchor (2024, 50), r = −1.2, σ = 0.4, T = 2029: Δ = −1.2, v = 50 − 6 = 44
	// r* = c = −1; P(R ≤ −1) = Φ((−1 + 1.2)/0.4) = Φ(0.5) → at-risk; margin −1.2 − (−1) = −0.2
	const result = assessWith(
		pctDown,
		at(2024, 50),
		{ method: 'linear', rate: -1.2, sigma: 0.4 },
		target('rate<=', -1, 2029)
	);
	check(result, {
		projected: 44,
		averageChange: -1.2,
		requiredRate: -1,
		probability: PHI.p0_5,
		status: 'at-risk',
		margin: -0.2
	});
});

describe('rate targets whose implied level is exactly a bound', () => {
	it('Δ ≥ (0 − v0)/n always holds, as v(T) ≥ 0 (no rounding through v0 + c·n)', () => {
		// v0 = 3.741495457186032, n = 3: c = −v0/3; the clamped value never goes below 0
		const v0 = 3.741495457186032;
		const result = assessWith(
			count,
			at(2024, v0),
			{ rate: 0, sigma: 0.47 },
			target('rate>=', (0 - v0) / 3, 2027)
		);
		check(result, { probability: 1, status: 'on-track' });
	});

	it('gap down: Δ ≤ (0 − v0)/n means reaching B = 0, i.e. R ≥ 1', () => {
		// v0 = 0.5, n = 9, r = 0.5, σ = 0.25: P(R ≥ 1) = 1 − Φ((1 − 0.5)/0.25) = Φ(−2)
		const result = assessWith(
			pctDown,
			at(2024, 0.5),
			{ method: 'gap', rate: 0.5, sigma: 0.25 },
			target('rate<=', -0.5 / 9, 2033)
		);
		check(result, { requiredRate: 1, probability: PHI.m2, status: 'off-track' });
	});
});
