/**
 * The engine's plain inputs and outputs. The engine knows nothing about the dataset format: the
 * caller hands it one region × indicator series, the indicator's traits, the scenario's
 * assumption and a target, all as the small shapes below.
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

/** One actual observation. */
export interface Point {
	year: number;
	value: number;
}

/** The range an indicator's value can take; `hi` may be `Infinity`. */
export interface Bounds {
	lo: number;
	hi: number;
}

/** What the engine needs to know about an indicator. */
export interface IndicatorTraits {
	bounds: Bounds;
	direction: Direction;
}

/**
 * The scenario's assumption for one region × indicator. Every field is optional: an absent
 * field takes the fitted default (engine.md, "Fitted defaults"); an absent method is `linear`.
 */
export interface Assumption {
	method?: Method;
	/** In the method's unit: units/yr (`linear`), fraction/yr (`compound`, `gap`). */
	rate?: number;
	/** Spread of the true rate, `R ~ Normal(rate, sigma²)`; negative or NaN counts as 0. */
	sigma?: number;
	/** The scenario's baseline override: becomes the anchor, marked "assumed". */
	baseline?: Point;
}

/** A target as the engine sees it. `year` null means "year not stated". */
export interface TargetSpec {
	year: number | null;
	comparator: Comparator;
	/** The level, the lower end of a range, or the average annual change for `rate<=`/`rate>=`. */
	value: number;
	/** The upper end of a range; null for every other comparator. */
	valueMax: number | null;
}

/** The scenario-wide settings the engine reads. */
export interface EngineOptions {
	/** The plan's first year: the base point of the UN / Open SDG measures and of past rate targets. */
	baseYear: number;
	/** Where a target with no year is evaluated (default 2035). */
	horizon: number;
	/** Where a rate target with no year is evaluated, and the composite's columns. */
	milestones: readonly number[];
}

/** The point a projection starts from. `assumed` when it is the scenario's baseline override. */
export interface Anchor {
	year: number;
	value: number;
	assumed: boolean;
}

/** A target's verdict (engine.md, "Status"). */
export const STATUSES = ['met', 'missed', 'on-track', 'at-risk', 'off-track', 'no-data'] as const;
export type Status = (typeof STATUSES)[number];
