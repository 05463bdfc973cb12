/** Properties of the status rules (engine.md, "Status" and "Composite") over random histories. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	COMPARATORS,
	FORECAST_STATUSES,
	assessTarget,
	compositeByRegion,
	projectIndicator,
	type Point,
	type Status,
	type TargetSpec
} from '../../../src/lib/domain/engine/index.ts';
import { options, pct } from './helpers';

const seriesArb = fc
	.uniqueArray(fc.integer({ min: 2008, max: 2026 }), { minLength: 0, maxLength: 6 })
	.chain((years) =>
		fc.tuple(
			...years.map((y) =>
				fc.double({ min: 1, max: 99, noNaN: true }).map((v) => ({ year: y, value: v }))
			)
		)
	)
	.map((points: Point[]) => points.sort((a, b) => a.year - b.year));

const caseArb = fc.record({
	series: seriesArb,
	rate: fc.option(fc.double({ min: -3, max: 3, noNaN: true }), { nil: undefined }),
	year: fc.integer({ min: 2005, max: 2040 }),
	asOf: fc.integer({ min: 2015, max: 2035 }),
	comparator: fc.constantFrom(...COMPARATORS),
	value: fc.double({ min: 0, max: 100, noNaN: true })
});

function targetOf(c: {
	comparator: TargetSpec['comparator'];
	value: number;
	year: number;
}): TargetSpec {
	return c.comparator === 'range'
		? { year: c.year, comparator: 'range', value: c.value, valueMax: c.value + 10 }
		: {
				year: c.year,
				comparator: c.comparator,
				value: c.comparator.startsWith('rate') ? c.value / 50 - 1 : c.value,
				valueMax: null
			};
}

describe('status properties', () => {
	it('no result of a year before asOf ever has a forecast status', () => {
		fc.assert(
			fc.property(caseArb, (c) => {
				const p = projectIndicator(c.series, pct, c.rate === undefined ? {} : { rate: c.rate });
				const r = assessTarget(p, c.series, targetOf(c), { ...options, asOf: c.asOf });
				if (c.year < c.asOf) {
					expect(FORECAST_STATUSES as readonly Status[]).not.toContain(r.status);
				}
				// a probability is given exactly when something was compared or estimated
				if (r.status === 'needs-assumption' || r.status === 'no-data')
					expect(r.probability).toBeNull();
				if (r.status === 'met' || r.status === 'missed') expect([0, 1]).toContain(r.probability);
				if (r.evaluation === 'none') expect(r.projected).toBeNull();
			}),
			{ numRuns: 500 }
		);
	});

	it('the composite counts add up, and expectedMet sums the assessable probabilities', () => {
		fc.assert(
			fc.property(
				fc.array(caseArb, { maxLength: 12 }),
				fc.integer({ min: 2015, max: 2035 }),
				(cases, asOf) => {
					const results = cases.map((c) => {
						const p = projectIndicator(c.series, pct, c.rate === undefined ? {} : { rate: c.rate });
						const r = assessTarget(p, c.series, targetOf(c), { ...options, asOf });
						return {
							region: 'r',
							evaluatedYear: r.evaluatedYear,
							probability: r.probability,
							status: r.status
						};
					});
					for (const row of compositeByRegion(results, [2027, 2029, 2035, 2040])) {
						const parts =
							row.onTrack +
							row.atRisk +
							row.offTrack +
							row.met +
							row.missed +
							row.needsAssumption +
							row.unverified +
							row.noData;
						expect(parts).toBe(row.count);
						expect(row.assessable).toBe(
							row.onTrack + row.atRisk + row.offTrack + row.met + row.missed
						);
						expect(row.expectedMet).toBeLessThanOrEqual(row.assessable + 1e-12);
					}
				}
			),
			{ numRuns: 200 }
		);
	});
});
