/**
 * The engine benchmark measures the engine's own numbers: its batch re-assessment agrees with
 * `assessTarget` target by target, and the packed shares the workers get give the same sums.
 */
import { describe, expect, it } from 'vitest';
import { makeCountyDataset } from '../../../bench/engine/county.ts';
import { BENCH_OPTIONS, engineInput, reassess } from '../../../bench/engine/engine.ts';
import { packInput, unpackInput } from '../../../bench/engine/packed.ts';
import { assessTarget, projectIndicator } from '../../../src/lib/domain/engine/index.ts';

const shape = { regions: 4, indicators: 30, years: 10, milestones: [2027, 2029, 2035] };

describe('county dataset and batch re-assessment', () => {
	const dataset = makeCountyDataset(shape);

	it('has every county × indicator with ten years and one target per milestone', () => {
		expect(dataset.observations).toHaveLength(4 * 30 * 10);
		expect(dataset.targets).toHaveLength(4 * 30 * 3);
		expect(makeCountyDataset(shape)).toEqual(dataset);
	});

	it('writes what assessTarget returns, for each global change', () => {
		const input = engineInput(dataset);
		const expected = new Float64Array(input.regions * 3);
		for (const assumption of [{ method: 'compound' as const }, { method: 'gap' as const }, {}]) {
			reassess(input, assumption, expected);
			let row = 0;
			let sum = 0;
			for (const s of input.series) {
				const projection = projectIndicator(s.points, s.traits, assumption);
				for (const t of s.targets) {
					const a = assessTarget(projection, s.points, t.spec, BENCH_OPTIONS, t.year);
					expect(input.table.probability(row)).toBe(a.probability);
					expect(input.table.status(row)).toBe(a.status);
					sum += a.probability ?? 0;
					row++;
				}
			}
			expect(expected.reduce((x, y) => x + y, 0)).toBeCloseTo(sum, 9);
		}
	});

	it('gives the same sums from packed shares', () => {
		const input = engineInput(dataset);
		const whole = new Float64Array(input.regions * 3);
		reassess(input, { method: 'compound' }, whole);
		const half = Math.ceil(input.series.length / 2);
		const parts = [packInput(input, 0, half), packInput(input, half, input.series.length)].map(
			(p) => unpackInput(structuredClone(p))
		);
		const total = new Float64Array(whole.length);
		for (const part of parts) {
			const sums = new Float64Array(whole.length);
			reassess(part, { method: 'compound' }, sums);
			sums.forEach((x, i) => (total[i]! += x));
		}
		expect([...total]).toEqual([...whole]);
	});
});
