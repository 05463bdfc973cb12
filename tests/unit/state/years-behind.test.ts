/**
 * The years-behind comparison, with numbers worked out by hand in each case's comment.
 */
import { describe, expect, it } from 'vitest';
import { standing, valueInYear, yearReached } from '../../../src/lib/state/yearsBehind.ts';

/** A straight-line projection from (from, v0) at `rate` a year, as the engine's `linear`. */
const linear = (from: number, v0: number, rate: number) => ({
	fromYear: from,
	valueAt: (t: number) => v0 + rate * Math.max(0, t - from)
});

describe('yearReached', () => {
	it('reads the year between two actuals by straight line', () => {
		// 62 (2019) → 66 (2021); 65.9 is (65.9 − 62)/(66 − 62) = 0.975 of the way: 2019 + 0.975·2 = 2020.95
		const reach = yearReached({
			value: 65.9,
			direction: 'up',
			points: [
				{ year: 2015, value: 56 },
				{ year: 2019, value: 62 },
				{ year: 2021, value: 66 }
			],
			until: 2035
		});
		expect(reach.kind).toBe('reached');
		if (reach.kind !== 'reached') return;
		expect(reach.how).toBe('interpolated');
		expect(reach.year).toBeCloseTo(2020.95, 9);
		// the focus is there in 2027: 2027 − 2021 = 6 years behind
		expect(standing(2027, reach)).toMatchObject({ year: 2021, years: 6 });
	});

	it('takes an actual that equals the value as observed', () => {
		const reach = yearReached({
			value: 65.9,
			direction: 'up',
			points: [
				{ year: 2018, value: 60 },
				{ year: 2020, value: 65.9 }
			],
			until: 2035
		});
		expect(reach).toEqual({ kind: 'reached', year: 2020, how: 'observed' });
	});

	it('a first actual already past the value: by that year at the latest', () => {
		const reach = yearReached({
			value: 65.9,
			direction: 'up',
			points: [{ year: 2015, value: 70 }],
			until: 2035
		});
		expect(reach).toEqual({ kind: 'reached', year: 2015, how: 'before' });
		// at least 2027 − 2015 = 12 years behind
		expect(standing(2027, reach).years).toBe(12);
	});

	it('searches the projection after the actuals, year by year', () => {
		// 60 in 2024 + 2 a year: 68 in 2028, 70 in 2029; 69 is halfway: 2028.5, rounded 2029,
		// so a focus there in 2027 is 2 years ahead (2027 − 2029 = −2)
		const reach = yearReached({
			value: 69,
			direction: 'up',
			points: [
				{ year: 2020, value: 50 },
				{ year: 2024, value: 60 }
			],
			projection: linear(2024, 60, 2),
			until: 2035
		});
		expect(reach).toEqual({ kind: 'reached', year: 2028.5, how: 'projected' });
		expect(standing(2027, reach)).toMatchObject({ year: 2029, years: -2 });
	});

	it('lower is better: reaching means falling to the value', () => {
		// myopia 55 (2015) → 50 (2020); 52 is 3/5 of the way down: 2015 + 0.6·5 = 2018
		const reach = yearReached({
			value: 52,
			direction: 'down',
			points: [
				{ year: 2015, value: 55 },
				{ year: 2020, value: 50 }
			],
			until: 2035
		});
		expect(reach.kind === 'reached' && reach.year).toBeCloseTo(2018, 9);
	});

	it('the first crossing counts, even if the series falls back', () => {
		// 60 (2015) → 67 (2017): 65 is 5/7 of the way: 2015 + 10/7 = 2016.428…
		const reach = yearReached({
			value: 65,
			direction: 'up',
			points: [
				{ year: 2015, value: 60 },
				{ year: 2017, value: 67 },
				{ year: 2019, value: 63 }
			],
			until: 2035
		});
		expect(reach.kind === 'reached' && reach.year).toBeCloseTo(2015 + 10 / 7, 9);
	});

	it('not reached by the horizon: the focus is ahead by more than the years left', () => {
		// 50 + 1 a year reaches 61 in 2035 at most: 70 is not reached; 2027 − 2035 = −8
		const reach = yearReached({
			value: 70,
			direction: 'up',
			points: [{ year: 2024, value: 50 }],
			projection: linear(2024, 50, 1),
			until: 2035
		});
		expect(reach).toEqual({ kind: 'not-reached', until: 2035, projected: true });
		expect(standing(2027, reach).years).toBe(-8);
	});

	it('actuals only, not reached: nothing can be said about the years', () => {
		const reach = yearReached({
			value: 70,
			direction: 'up',
			points: [{ year: 2024, value: 50 }],
			until: 2035
		});
		expect(reach).toEqual({ kind: 'not-reached', until: 2024, projected: false });
		expect(standing(2027, reach).years).toBeNull();
	});

	it('no actuals: no comparable data', () => {
		const reach = yearReached({ value: 70, direction: 'up', points: [], until: 2035 });
		expect(reach).toEqual({ kind: 'no-data' });
		expect(standing(2027, reach)).toMatchObject({ year: null, years: null });
	});
});

describe('valueInYear', () => {
	const points = [
		{ year: 2010, value: 30 },
		{ year: 2015, value: 40.5 }
	];
	it('reads an actual, or between two (30 + 10.5·2/5 = 34.2 in 2012)', () => {
		expect(valueInYear(points, 2010)).toBe(30);
		expect(valueInYear(points, 2012)).toBeCloseTo(34.2, 9);
	});
	it('says nothing outside the actuals', () => {
		expect(valueInYear(points, 2009)).toBeNull();
		expect(valueInYear(points, 2016)).toBeNull();
	});
});
