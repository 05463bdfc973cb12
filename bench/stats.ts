/** Order statistics for benchmark figures. Pure. */

/** The `q`-quantile (0…1) of `values`, nearest-rank; NaN for an empty list. */
export function quantile(values: readonly number[], q: number): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.ceil(q * sorted.length) - 1;
	return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

/** A number rounded to `digits` decimals (for figures printed and stored as JSON). */
export function round(x: number, digits = 1): number {
	const f = 10 ** digits;
	return Math.round(x * f) / f;
}

/** Median, p95 and extremes of a list of timings, rounded to 0.1 ms. */
export interface Spread {
	runs: number;
	median: number;
	p95: number;
	min: number;
	max: number;
}

export function spread(values: readonly number[], digits = 1): Spread {
	return {
		runs: values.length,
		median: round(median(values), digits),
		p95: round(quantile(values, 0.95), digits),
		min: round(Math.min(...values), digits),
		max: round(Math.max(...values), digits)
	};
}
