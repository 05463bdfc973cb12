import type { Bounds, Direction } from './types.ts';

/** Units read as percentages (the full-width ％ is how Chinese documents often write it). */
const PERCENT_UNITS: ReadonlySet<string> = new Set(['%', '％']);

/**
 * An indicator's bounds (engine.md, "Bounds"): unit `%` → `[0, 100]`, any other unit →
 * `[0, +∞)`; `lowerBound` / `upperBound` from the data override either end.
 */
export function defaultBounds(unit: string, lowerBound?: number, upperBound?: number): Bounds {
	const percent = PERCENT_UNITS.has(unit.trim());
	return {
		lo: lowerBound ?? 0,
		hi: upperBound ?? (percent ? 100 : Infinity)
	};
}

/** The bound the `gap` method closes towards: `hi` for `up` indicators, `lo` for `down`. */
export function gapBound(bounds: Bounds, direction: Direction): number {
	return direction === 'down' ? bounds.lo : bounds.hi;
}

/** `x` clamped to `[lo, hi]`. */
export function clamp(x: number, lo: number, hi: number): number {
	return x < lo ? lo : x > hi ? hi : x;
}
