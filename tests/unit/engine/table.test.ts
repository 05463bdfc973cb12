import { describe, expect, it } from 'vitest';
import {
	AssessmentTable,
	assessInto,
	assessTarget,
	projectIndicator,
	type Point,
	type TargetSpec
} from '../../../src/lib/domain/engine/index.ts';
import { at, options, pct, pctDown, target } from './helpers';

describe('AssessmentTable (the allocation-free batch path)', () => {
	const series: Point[] = [at(2020, 50), at(2022, 55), at(2024, 60)];
	const projections = [
		projectIndicator(series, pct, { rate: 1, sigma: 0.5 }),
		projectIndicator(series, pctDown, { method: 'gap', rate: 0.1, sigma: 0.05 }),
		projectIndicator([], pct, { rate: 1 })
	];
	const targets: TargetSpec[] = [
		target('>=', 70, 2035),
		target('range', 40, 2030, 65),
		target('rate<=', -1, null),
		target('>=', 54, 2023)
	];

	it('holds exactly what assessTarget returns, null as NaN', () => {
		const table = new AssessmentTable(projections.length * targets.length);
		let row = 0;
		for (const p of projections) {
			for (const t of targets) {
				const year = t.year ?? options.horizon;
				assessInto(table, row, p, series, t, options, year);
				const expected = assessTarget(p, series, t, options, year);
				expect(table.probability(row)).toEqual(expected.probability);
				expect(table.status(row)).toBe(expected.status);
				expect(table.projected(row)).toEqual(expected.projected);
				expect(table.requiredRate(row)).toEqual(expected.requiredRate);
				expect(table.requiredRateMax(row)).toEqual(expected.requiredRateMax);
				expect(table.averageChange(row)).toEqual(expected.averageChange);
				expect(table.evaluation(row)).toBe(expected.evaluation);
				expect(table.sigma(row)).toEqual(expected.sigma);
				expect(table.compared(row)).toEqual(expected.compared);
				expect(table.margin(row)).toEqual(expected.margin);
				expect(table.alreadyMet(row)).toBe(expected.alreadyMet);
				row++;
			}
		}
		// the no-anchor projection gives no-data rows
		expect(table.status(row - 1)).toBe('no-data');
		expect(table.probability(row - 1)).toBeNull();
	});
});
