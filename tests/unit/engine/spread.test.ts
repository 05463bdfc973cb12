/**
 * The spread of a fitted trend (engine.md, "Uncertainty and probability"): the yearly noise `s`,
 * `σ_T = √(SE² + s²/h)`, the spread borrowed from the national series with two points, and the
 * series break. Every number below is worked out by hand in the comment beside it (Φ from
 * Python's `math.erf`, which the engine does not use).
 */
import { describe, expect, it } from 'vitest';
import {
	assessTarget,
	fitWindow,
	projectIndicator,
	yearlyNoise
} from '../../../src/lib/domain/engine/index.ts';
import { at, check, count, options, pct, target } from './helpers';

// (2015, 10), (2016, 12), (2018, 13), (2019, 17): x̄ = 2017, ȳ = 13; dx = −2, −1, 1, 2;
// dy = −3, −1, 0, 4; Sxx = 10, Sxy = 15 → b = 1.5; Syy = 26, SSR = 26 − 1.5·15 = 3.5 →
// SE = √(3.5/2/10) = √0.175. Steps: +2 in 1 yr (e = 0.5, e²/1 = 0.25), +1 in 2 yr
// (e = 1 − 3 = −2, e²/2 = 2), +4 in 1 yr (e = 2.5, 6.25): Σ = 8.5, s² = 8.5/(4 − 2) = 4.25.
const uneven = [at(2015, 10), at(2016, 12), at(2018, 13), at(2019, 17)];
const today = { ...options, asOf: 2020 };

describe('the yearly noise and σ_T', () => {
	it('the noise of uneven steps, by hand', () => {
		expect(
			yearlyNoise(
				uneven.map((p) => p.year),
				uneven.map((p) => p.value),
				1.5
			)
		).toBeCloseTo(Math.sqrt(4.25), 12);
		expect(yearlyNoise([2015, 2016], [1, 2], 1)).toBeNull();
	});

	it('σ_T = √(SE² + s²/h), and the probability follows it', () => {
		const p = projectIndicator(uneven, pct);
		expect(p.rate).toBeCloseTo(1.5, 12);
		expect(p.sigma).toBeCloseTo(Math.sqrt(0.175), 12);
		expect(p.noise).toBeCloseTo(Math.sqrt(4.25), 12);
		expect(p.basis).toMatchObject({ points: 4, span: 4, firstYear: 2015, lastYear: 2019 });
		// h = 2023 − 2019 = 4: σ = √(0.175 + 4.25/4) = √1.2375 = 1.1124297730643495
		expect(p.sigmaAt(2023)).toBeCloseTo(1.1124297730643495, 12);
		// h = 1: √(0.175 + 4.25) = √4.425 — less certain about the average rate over one year
		expect(p.sigmaAt(2020)).toBeCloseTo(Math.sqrt(4.425), 12);
		// ≥ 25 in 2023: v = 17 + 1.5·4 = 23, r* = (25 − 17)/4 = 2, z = 0.5/1.11243 → P = 0.326547557466091
		check(assessTarget(p, uneven, target('>=', 25, 2023), today), {
			projected: 23,
			requiredRate: 2,
			sigma: 1.1124297730643495,
			probability: 0.326547557466091,
			status: 'at-risk'
		});
	});

	it('the band at year t uses σ_t', () => {
		const p = projectIndicator(uneven, pct);
		// 2023: 23 ± 1.645·1.1124297730643495·4
		const band = p.bandAt(2023);
		expect(band.lo).toBeCloseTo(23 - 1.645 * 1.1124297730643495 * 4, 10);
		expect(band.hi).toBeCloseTo(23 + 1.645 * 1.1124297730643495 * 4, 10);
		expect(p.bandAt(2019)).toEqual({ lo: 17, hi: 17 });
	});

	it('a spread the scenario sets is used as it is, at every horizon', () => {
		const p = projectIndicator(uneven, pct, { sigma: 0.3 });
		expect([p.sigmaAt(2020), p.sigmaAt(2035), p.basis.sigma]).toEqual([0.3, 0.3, 'assumed']);
		expect(p.basis.rate).toBe('fitted');
	});
});

describe('two points: a spread borrowed from the national series, else none', () => {
	const region = [at(2020, 50), at(2024, 58)];

	it('borrows s from 全国 and SE² = s²/(t₂ − t₁)', () => {
		const p = projectIndicator(region, pct, {}, { national: { series: uneven } });
		// s² = 4.25 (above); SE² = 4.25/4 = 1.0625; h = 2027 − 2024 = 3:
		// σ = √(1.0625 + 4.25/3) = 1.5745369689742654
		expect(p.rate).toBeCloseTo(2, 12);
		expect(p.sigma).toBeCloseTo(Math.sqrt(1.0625), 12);
		expect(p.basis.sigma).toBe('borrowed');
		// ≥ 66 in 2027: v = 64, r* = 8/3, z = (8/3 − 2)/1.5745 → P = 0.33599993550481
		check(assessTarget(p, region, target('>=', 66, 2027), { ...options, asOf: 2025 }), {
			projected: 64,
			sigma: 1.5745369689742654,
			probability: 0.33599993550481,
			status: 'at-risk'
		});
	});

	it('with no national series of three points: σ 0, "2 points, no spread"', () => {
		const p = projectIndicator(
			region,
			pct,
			{},
			{ national: { series: [at(2019, 1), at(2020, 2)] } }
		);
		expect([p.sigma, p.noise, p.basis.sigma, p.basis.points]).toEqual([0, 0, 'none', 2]);
		check(assessTarget(p, region, target('>=', 66, 2027), { ...options, asOf: 2025 }), {
			probability: 0,
			status: 'off-track'
		});
	});

	it('borrows on the method scale: compound converts with the region’s own e^b', () => {
		// national ln-values with s = √4.25·0.01 on the log scale: 10% of the levels above
		const national = uneven.map((q) => at(q.year, Math.exp(q.value / 100)));
		const p = projectIndicator(
			region,
			pct,
			{ method: 'compound' },
			{ national: { series: national } }
		);
		// region: b = ln(58/50)/4; noise = 0.01·√4.25·e^b
		const eb = Math.exp(Math.log(58 / 50) / 4);
		expect(p.noise).toBeCloseTo(0.01 * Math.sqrt(4.25) * eb, 12);
		expect(p.sigma).toBeCloseTo((0.01 * Math.sqrt(4.25) * eb) / 2, 12);
	});
});

describe('series breaks', () => {
	// 重庆 义务教育巩固率: 95.5 (2020), 95.9 (2024), 98.3 (2025, a new definition)
	const series = [at(2020, 95.5), at(2024, 95.9), at(2025, 98.3)];

	it('a break that leaves one point: nothing is fitted, "series break: set an assumption"', () => {
		const w = fitWindow(series, 2025, 2025);
		expect(w.points).toEqual([at(2025, 98.3)]);
		expect([w.breaks, w.breakLeavesTooFew]).toEqual([1, true]);
		const p = projectIndicator(series, pct, {}, { breakYear: 2025 });
		expect(p.needsAssumption).toBe(true);
		expect(p.basis).toMatchObject({ points: 1, breaks: 1, breakLeavesTooFew: true, rate: 'none' });
		check(assessTarget(p, series, target('>=', 99, 2027), { ...options, asOf: 2026 }), {
			status: 'needs-assumption',
			probability: null
		});
	});

	it('a break that leaves two points: the fit starts there', () => {
		const p = projectIndicator(series, pct, {}, { breakYear: 2024 });
		// (98.3 − 95.9)/1 = 2.4 per year, not the 2020–2025 slope
		expect(p.rate).toBeCloseTo(2.4, 12);
		expect(p.basis).toMatchObject({ points: 2, breaks: 1, firstYear: 2024 });
	});

	it('no break: the whole window, with conflicts counted', () => {
		const p = projectIndicator(series, pct, {}, { conflictYears: [2024, 2025] });
		expect(p.basis).toMatchObject({ points: 3, span: 5, breaks: 0, conflicts: 2 });
	});
});

describe('a method that cannot be used says so in the basis', () => {
	it('compound from a non-positive start falls back to linear, and the basis names why', async () => {
		const { basisPhrase } = await import('../../../src/lib/i18n/verdict.ts');
		const { loadLang } = await import('../../../src/lib/i18n/strings.ts');
		await loadLang('en');
		const series = [at(2020, 4), at(2022, 2), at(2024, 0)]; // the anchor, 0 in 2024, is not above 0
		const p = projectIndicator(series, count, { method: 'compound', rate: 0.1 });
		expect([p.method, p.basis.fallback]).toEqual(['linear', 'compound-needs-positive-anchor']);
		const a = assessTarget(p, series, target('>=', 10, 2030), { ...options, asOf: 2025 });
		expect(basisPhrase(a, 'zh')).toContain('起点不大于 0，改用线性');
		expect(basisPhrase(a, 'en')).toContain('start not above 0: linear instead');
	});
});
