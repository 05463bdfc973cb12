import type { Comparator } from './types.ts';

/** The tolerance of engine.md for deterministic comparisons: `1e-9·max(1, |target|)`. */
export function tolerance(target: number): number {
	return 1e-9 * Math.max(1, Math.abs(target));
}

/** Whether the comparator is a bound on the average annual change (`rate<=`, `rate>=`). */
export function isRateComparator(comparator: Comparator): comparator is 'rate<=' | 'rate>=' {
	return comparator === 'rate<=' || comparator === 'rate>=';
}

/**
 * Whether `x` satisfies `comparator value` (for `range`, `value ≤ x ≤ valueMax`), with the
 * tolerance of engine.md so that rounding never decides a verdict:
 * `≥ τ` holds for `x ≥ τ − tol`, `> τ` needs `x > τ + tol` (a projection that lands exactly on
 * τ does not beat it), and symmetrically for `≤` and `<`. For `rate<=` / `rate>=`, `x` is the
 * average annual change. A range whose `valueMax` is null has no upper end.
 */
export function satisfies(
	comparator: Comparator,
	x: number,
	value: number,
	valueMax: number | null
): boolean {
	switch (comparator) {
		case '>=':
		case 'rate>=':
			return x >= value - tolerance(value);
		case '>':
			return x > value + tolerance(value);
		case '<=':
		case 'rate<=':
			return x <= value + tolerance(value);
		case '<':
			return x < value - tolerance(value);
		case 'range':
			return (
				x >= value - tolerance(value) && (valueMax === null || x <= valueMax + tolerance(valueMax))
			);
	}
}
