/**
 * Nice numbers for axes and sliders: a step of 1, 2, 2.5 or 5 × 10^k, and the value axis of the
 * main chart. Pure.
 */
import type { ComparisonChartInput } from './comparison.ts';

/**
 * A step of the form m × 10^k near `x`: `ceil` (axes) takes the first of 1, 2, 2.5, 5, 10 at or
 * above `x`; `nearest` (sliders) takes 1, 2 or 5 × 10^k, whichever is nearest. Not a positive
 * finite number → 0.01.
 */
export function niceStep(x: number, mode: 'ceil' | 'nearest' = 'ceil'): number {
	if (!(x > 0) || !Number.isFinite(x)) return 0.01;
	const k = Math.floor(Math.log10(x));
	const base = x / 10 ** k;
	// The multipliers, each with the largest `base` that still takes it.
	const steps: readonly (readonly [number, number])[] =
		mode === 'ceil'
			? [
					[1, 1],
					[2, 2],
					[2.5, 2.5],
					[5, 5]
				]
			: [
					[1, 1.5],
					[2, 3.5],
					[5, 7.5]
				];
	const hit = steps.find(([, upTo]) => (mode === 'ceil' ? base <= upTo : base < upTo));
	return (hit?.[0] ?? 10) * 10 ** k;
}

/**
 * The value axis: every value shown, padded and rounded to a nice step; never below 0 when no
 * value is, and not above 100 for shares that never exceed it.
 */
export function valueExtent(input: ComparisonChartInput): { min: number; max: number } {
	const values: number[] = [];
	for (const s of input.series) for (const p of s.points) values.push(p.value);
	for (const t of input.targets) values.push(t.value, t.valueMax ?? t.value);
	for (const b of input.projection?.band ?? []) values.push(b.lo, b.hi);
	for (const p of input.projection?.points ?? []) values.push(p.value);
	for (const p of input.ghost?.points ?? []) values.push(p.value);
	const finite = values.filter(Number.isFinite);
	if (finite.length === 0) return { min: 0, max: 1 };
	const lo = Math.min(...finite);
	const hi = Math.max(...finite);
	const span = hi - lo || Math.abs(hi) || 1;
	const step = niceStep((span * 1.1) / 5);
	let min = Math.floor((lo - span * 0.05) / step) * step;
	let max = Math.ceil((hi + span * 0.05) / step) * step;
	if (lo >= 0 && min < 0) min = 0;
	if (input.unitLabel === '%' && hi <= 100 && max > 100) max = 100;
	if (max <= min) max = min + step;
	return { min: Number(min.toPrecision(12)), max: Number(max.toPrecision(12)) };
}
