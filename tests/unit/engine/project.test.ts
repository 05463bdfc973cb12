import { describe, expect, it } from 'vitest';
import {
	defaultBounds,
	projectIndicator,
	selectAnchor,
	type IndicatorTraits,
	type Point
} from '../../../src/lib/domain/engine/index.ts';

const pct: IndicatorTraits = { bounds: { lo: 0, hi: 100 }, direction: 'up' };
const pctDown: IndicatorTraits = { bounds: { lo: 0, hi: 100 }, direction: 'down' };
const count: IndicatorTraits = { bounds: { lo: 0, hi: Infinity }, direction: 'up' };
const at = (year: number, value: number): Point => ({ year, value });

describe('defaultBounds', () => {
	it.each([
		['%', undefined, undefined, 0, 100],
		['％', undefined, undefined, 0, 100],
		['人', undefined, undefined, 0, Infinity],
		['年', 5, undefined, 5, Infinity],
		['%', undefined, 60, 0, 60],
		['元', -10, 10, -10, 10]
	] as const)('unit %s, overrides %s/%s → [%s, %s]', (unit, lower, upper, lo, hi) => {
		expect(defaultBounds(unit, lower, upper)).toEqual({ lo, hi });
	});
});

describe('selectAnchor', () => {
	const series = [at(2022, 55), at(2024, 60), at(2023, 58)];
	it('takes the latest actual, unsorted input included', () => {
		expect(selectAnchor(series)).toEqual({ year: 2024, value: 60, assumed: false });
	});
	it('prefers the baseline override and marks it assumed', () => {
		expect(selectAnchor(series, at(2025, 61))).toEqual({ year: 2025, value: 61, assumed: true });
	});
	it('has no anchor without data', () => {
		expect(selectAnchor([])).toBeNull();
		expect(selectAnchor([at(2020, NaN)])).toBeNull();
	});
});

describe('projection formulas (rate from the scenario)', () => {
	const cases: [string, IndicatorTraits, Point, object, number, number][] = [
		// linear: 63.5 + 0.8·(2035 − 2024) = 72.3
		['linear', pct, at(2024, 63.5), { method: 'linear', rate: 0.8 }, 2035, 72.3],
		// linear clamped: 95 + 1·6 = 101 → 100
		['linear clamped high', pct, at(2024, 95), { method: 'linear', rate: 1 }, 2030, 100],
		// linear clamped: 5 − 2·3 = −1 → 0
		['linear clamped low', pct, at(2024, 5), { method: 'linear', rate: -2 }, 2027, 0],
		// compound: 100·1.1² = 121
		['compound', count, at(2024, 100), { method: 'compound', rate: 0.1 }, 2026, 121],
		// compound, −150 %/yr: the growth factor is floored at 0 → 0
		['compound r < −1', count, at(2024, 100), { method: 'compound', rate: -1.5 }, 2026, 0],
		// gap up: 100 − (100 − 80)·(1 − 0.5)² = 100 − 5 = 95
		['gap up', pct, at(2024, 80), { method: 'gap', rate: 0.5 }, 2026, 95],
		// gap down (B = lo = 0): 0 − (0 − 50)·(1 − 0.5)² = 12.5
		['gap down', pctDown, at(2024, 50), { method: 'gap', rate: 0.5 }, 2026, 12.5],
		// gap, rate 1.5 > 1: the gap is closed, factor floored at 0 → B = 100
		['gap r > 1', pct, at(2024, 80), { method: 'gap', rate: 1.5 }, 2026, 100],
		// gap with a negative rate widens the gap: 100 − 20·1.2² = 71.2
		['gap widening', pct, at(2024, 80), { method: 'gap', rate: -0.2 }, 2026, 71.2],
		// hold: v0
		['hold', pct, at(2024, 42), { method: 'hold', rate: 5 }, 2035, 42],
		// before the anchor year the projection is the anchor value
		['before anchor', pct, at(2024, 63.5), { method: 'linear', rate: 0.8 }, 2020, 63.5]
	];
	it.each(cases)('%s', (_name, traits, anchor, assumption, year, expected) => {
		const p = projectIndicator([], traits, { ...assumption, baseline: anchor, sigma: 0 });
		expect(p.valueAt(year)).toBeCloseTo(expected, 10);
		expect(p.fallback).toBeNull();
		expect(p.fitted).toBe(false);
	});

	it('is NaN everywhere without an anchor', () => {
		const p = projectIndicator([], pct, { method: 'linear', rate: 1 });
		expect(p.anchor).toBeNull();
		expect(Number.isNaN(p.valueAt(2030))).toBe(true);
	});

	it('band = projection at r ± 1.645σ, lower end first', () => {
		// linear: 60 + (1 ∓ 1.645·1)·10 → [53.55, 86.45]
		const lin = projectIndicator([], pct, { baseline: at(2025, 60), rate: 1, sigma: 1 });
		expect(lin.bandAt(2035).lo).toBeCloseTo(53.55, 10);
		expect(lin.bandAt(2035).hi).toBeCloseTo(86.45, 10);
		// gap down, r = 0.4 ± 1.645·0.1: rates 0.2355 and 0.5645
		// 50·(1 − 0.5645)² = 50·0.18966025 = 9.4830125 (lower); 50·0.7645² = 29.2230125 (upper)
		const gap = projectIndicator([], pctDown, {
			method: 'gap',
			baseline: at(2024, 50),
			rate: 0.4,
			sigma: 0.1
		});
		expect(gap.bandAt(2026).lo).toBeCloseTo(9.4830125, 10);
		expect(gap.bandAt(2026).hi).toBeCloseTo(29.2230125, 10);
	});
});

describe('fitted defaults', () => {
	// 2020..2024: 1, 3, 2, 5, 4 → slope 0.8, SE √0.12 = 0.346410161513775 (see stats.test.ts)
	const series = [at(2020, 1), at(2021, 3), at(2022, 2), at(2023, 5), at(2024, 4)];

	it('linear: OLS slope and its SE over the last 10 years', () => {
		// 2014 is outside 2015..2024 and must not pull the slope
		const p = projectIndicator([at(2014, 1000), ...series], count);
		expect(p.method).toBe('linear');
		expect(p.fitted).toBe(true);
		expect(p.fit?.n).toBe(5);
		expect(p.rate).toBeCloseTo(0.8, 12);
		expect(p.sigma).toBeCloseTo(0.346410161513775, 12);
		// anchor (2024, 4): 4 + 0.8·6 = 8.8
		expect(p.valueAt(2030)).toBeCloseTo(8.8, 10);
		// a point in 2015 is inside the window: n = 6
		expect(projectIndicator([at(2015, 1), ...series], count).fit?.n).toBe(6);
	});

	it('linear fit stops at the anchor year (assumed baseline earlier than the data)', () => {
		// only 2020..2022 ≤ 2022: values 1, 3, 2 → x̄ 2021, ȳ 2, Sxy = (−1)(−1) + 0 + 1·0 = 1, Sxx = 2
		// slope 0.5; Syy = 1 + 1 + 0 = 2, SSR = 2 − 0.5·1 = 1.5, SE = √(1.5/1/2) = √0.75
		const p = projectIndicator(series, count, { baseline: at(2022, 10) });
		expect(p.rate).toBeCloseTo(0.5, 12);
		expect(p.sigma).toBeCloseTo(Math.sqrt(0.75), 12);
		expect(p.anchor).toEqual({ year: 2022, value: 10, assumed: true });
	});

	it('compound: r = e^b − 1, σ = SE(b)·e^b on ln v', () => {
		// ln v = ln 100 + 0.05·(1, 3, 2, 5, 4): slope b = 0.05·0.8 = 0.04, SE(b) = 0.05·√0.12
		// r = e^0.04 − 1 = 0.0408107741923882, σ = 0.05·0.346410161513775·1.04081077419239 = 0.0180273714196631
		const s = [1, 3, 2, 5, 4].map((k, i) => at(2020 + i, 100 * Math.exp(0.05 * k)));
		const p = projectIndicator(s, count, { method: 'compound' });
		expect(p.method).toBe('compound');
		expect(p.rate).toBeCloseTo(0.0408107741923882, 12);
		expect(p.sigma).toBeCloseTo(0.0180273714196631, 12);
		expect(p.fit?.slope).toBeCloseTo(0.04, 12);
	});

	it('gap up: r = 1 − e^g on ln(B − v)', () => {
		// 100 − v = 20·0.9^(year − 2024): g = ln 0.9 → r = 1 − 0.9 = 0.1, perfect fit → σ = 0
		const s = [2022, 2023, 2024].map((y) => at(y, 100 - 20 * Math.pow(0.9, y - 2024)));
		const p = projectIndicator(s, pct, { method: 'gap' });
		expect(p.method).toBe('gap');
		expect(p.rate).toBeCloseTo(0.1, 12);
		expect(p.sigma).toBeCloseTo(0, 12);
		// 2026: 100 − 20·0.9² = 83.8
		expect(p.valueAt(2026)).toBeCloseTo(83.8, 10);
	});

	it('gap down: B = lo, |B − v| = v', () => {
		// myopia 50·0.8^(year − 2024): g = ln 0.8 → r = 0.2; 2026: 50·0.8² = 32
		const s = [2021, 2022, 2023, 2024].map((y) => at(y, 50 * Math.pow(0.8, y - 2024)));
		const p = projectIndicator(s, pctDown, { method: 'gap' });
		expect(p.rate).toBeCloseTo(0.2, 12);
		expect(p.valueAt(2026)).toBeCloseTo(32, 10);
		expect(p.trend).toBe(-1);
	});

	it('n < 2: rate 0, σ 0, no trend; n = 2: σ 0', () => {
		const one = projectIndicator([at(2024, 50)], pct);
		expect([one.rate, one.sigma, one.noTrend, one.fitted]).toEqual([0, 0, true, true]);
		const two = projectIndicator([at(2022, 50), at(2024, 54)], pct);
		// slope (54 − 50)/2 = 2, no SE with two points
		expect([two.rate, two.sigma, two.noTrend]).toEqual([2, 0, false]);
		// a rate from the scenario is never "no trend"
		expect(projectIndicator([at(2024, 50)], pct, { rate: 1 }).noTrend).toBe(false);
	});

	it('σ given, rate fitted (and the reverse)', () => {
		const p = projectIndicator(series, count, { sigma: 2 });
		expect([p.rate, p.sigma, p.fitted]).toEqual([expect.closeTo(0.8, 12), 2, true]);
		const q = projectIndicator(series, count, { rate: 3 });
		expect([q.rate, q.sigma, q.fitted]).toEqual([3, expect.closeTo(0.346410161513775, 12), false]);
	});

	it('hold fits nothing', () => {
		const p = projectIndicator(series, count, { method: 'hold' });
		expect([p.rate, p.sigma, p.fitted, p.fit, p.trend]).toEqual([0, 0, false, null, 0]);
	});
});

describe('fallbacks to linear, with a reason', () => {
	it('compound needs v0 > 0', () => {
		const p = projectIndicator([at(2023, 0), at(2024, 0)], count, {
			method: 'compound',
			rate: 0.1
		});
		expect([p.requestedMethod, p.method, p.fallback]).toEqual([
			'compound',
			'linear',
			'compound-needs-positive-anchor'
		]);
		// the compound rate 0.1 is not reused as 0.1 units/yr: the linear rate is fitted (0 here)
		expect([p.rate, p.fitted]).toEqual([0, true]);
	});

	it('gap needs a finite bound (up indicator without an upper bound)', () => {
		const p = projectIndicator([at(2022, 10), at(2024, 14)], count, { method: 'gap' });
		expect([p.method, p.fallback]).toEqual(['linear', 'gap-needs-finite-bound']);
		expect(p.rate).toBeCloseTo(2, 12); // (14 − 10)/2
		// a down indicator without an upper bound closes towards lo = 0: no fallback
		const down = projectIndicator(
			[at(2024, 14)],
			{ ...count, direction: 'down' },
			{
				method: 'gap',
				rate: 0.5
			}
		);
		expect([down.method, down.fallback]).toEqual(['gap', null]);
		expect(down.valueAt(2025)).toBeCloseTo(7, 12); // 14·(1 − 0.5)
	});

	it('the compound fit needs every value > 0', () => {
		const p = projectIndicator([at(2022, 0), at(2023, 2), at(2024, 4)], count, {
			method: 'compound'
		});
		expect([p.method, p.fallback]).toEqual(['linear', 'compound-fit-needs-positive-values']);
		expect(p.rate).toBeCloseTo(2, 12); // 0, 2, 4 → slope 2
	});

	it('the gap fit needs every value strictly inside the bounds', () => {
		const p = projectIndicator([at(2022, 100), at(2023, 98), at(2024, 96)], pct, {
			method: 'gap'
		});
		expect([p.method, p.fallback]).toEqual(['linear', 'gap-fit-needs-values-inside-bounds']);
		expect(p.rate).toBeCloseTo(-2, 12);
	});

	it('a rate from the scenario needs no fit: no fallback, σ 0 when the fit is impossible', () => {
		const p = projectIndicator([at(2022, 0), at(2023, 2), at(2024, 4)], count, {
			method: 'compound',
			rate: 0.1
		});
		expect([p.method, p.fallback, p.rate, p.sigma, p.fit]).toEqual([
			'compound',
			null,
			0.1,
			0,
			null
		]);
	});
});
