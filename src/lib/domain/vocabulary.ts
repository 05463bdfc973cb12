/**
 * The closed vocabularies of the domain, defined once: every other layer imports them from here
 * (or through `data/vocabulary.ts`), and derives its unions and schemas from these tuples.
 */

/** How a projection extrapolates from its anchor (engine.md, "Projection"). */
export const METHODS = ['hold', 'linear', 'compound', 'gap'] as const;
export type Method = (typeof METHODS)[number];

/** How a target compares: level comparators, a range, or a bound on the average annual change. */
export const COMPARATORS = ['>=', '>', '<=', '<', 'range', 'rate<=', 'rate>='] as const;
export type Comparator = (typeof COMPARATORS)[number];

/** `up`: higher is better (the default); `down`: lower is better (e.g. the myopia rate). */
export const DIRECTIONS = ['up', 'down'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** The levels a region can be at, from the country down. */
export const REGION_LEVELS = ['national', 'province', 'city', 'district', 'county'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/** The key of one region × indicator in maps (ids are never allowed to contain U+0000). */
export const seriesKey = (region: string, indicator: string): string =>
	`${region}\u0000${indicator}`;
