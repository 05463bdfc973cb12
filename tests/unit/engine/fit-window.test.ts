/**
 * The fit window (engine.md, "Fitted defaults"): the finite actuals of the last ten calendar
 * years up to the anchor, `y0 − 10 < year ≤ y0`, in year order, whatever order the series comes
 * in. Sorted series take a one-pass path; unsorted ones, repeated years and stray NaNs the other.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitWindow, type Point } from '../../../src/lib/domain/engine/index.ts';
import { at } from './helpers';

describe('fit window', () => {
	it('keeps 2016–2025 for an anchor in 2025 (2015 is eleven years back)', () => {
		const series = [2014, 2015, 2016, 2020, 2025].map((y) => at(y, y - 2000));
		expect(fitWindow(series, 2025).points).toEqual([at(2016, 16), at(2020, 20), at(2025, 25)]);
	});

	it('stops at the anchor year: later actuals are not part of the fit', () => {
		const series = [at(2020, 1), at(2022, 2), at(2024, 3)];
		expect(fitWindow(series, 2022).points).toEqual([at(2020, 1), at(2022, 2)]);
	});

	it('puts an unsorted series in year order', () => {
		const series = [at(2024, 3), at(2019, 1), at(2022, 2)];
		expect(fitWindow(series, 2024).points).toEqual([at(2019, 1), at(2022, 2), at(2024, 3)]);
	});

	it('drops a NaN inside the window, and ignores one outside it', () => {
		const inside = [at(2020, 1), at(2021, NaN), at(2022, 2)];
		expect(fitWindow(inside, 2022).points).toEqual([at(2020, 1), at(2022, 2)]);
		const outside = [at(2005, NaN), at(2020, 1), at(2022, 2)];
		expect(fitWindow(outside, 2022).points).toEqual([at(2020, 1), at(2022, 2)]);
	});

	it('keeps both actuals of a repeated year, in the order given', () => {
		const series = [at(2020, 1), at(2021, 5), at(2021, 6), at(2022, 2)];
		expect(fitWindow(series, 2022).points).toEqual(series);
	});

	it('is empty when no actual falls inside', () => {
		expect(fitWindow([at(2001, 1), at(2030, 2)], 2025).points).toEqual([]);
	});

	it('is a new array: changing it leaves the series as it was', () => {
		const series = [at(2020, 1), at(2022, 2)];
		fitWindow(series, 2022).points.pop();
		expect(series).toHaveLength(2);
	});

	it('equals the definition for any series, sorted or not', () => {
		const point = fc.record({
			year: fc.integer({ min: 2000, max: 2030 }),
			value: fc.oneof(fc.double({ min: -100, max: 100, noNaN: true }), fc.constant(NaN))
		});
		fc.assert(
			fc.property(fc.array(point, { maxLength: 14 }), fc.boolean(), (raw, sort) => {
				const series: Point[] = sort ? [...raw].sort((a, b) => a.year - b.year) : raw;
				const y0 = 2020;
				// The definition, spelled out: in (y0 − 10, y0], finite, by year (stable).
				const expected = series
					.map((p, i) => ({ p, i }))
					.filter(({ p }) => p.year > y0 - 10 && p.year <= y0 && Number.isFinite(p.value))
					.sort((a, b) => a.p.year - b.p.year || a.i - b.i)
					.map(({ p }) => p);
				expect(fitWindow(series, y0).points).toEqual(expected);
			})
		);
	});
});
