/**
 * The engine's plain inputs and outputs. The engine knows nothing about the dataset format: the
 * caller hands it one region × indicator series, the indicator's traits, the scenario's
 * assumption and a target, all as the small shapes below.
 */

import type { Comparator, Direction, Method } from '../vocabulary.ts';

export {
	METHODS,
	COMPARATORS,
	DIRECTIONS,
	type Method,
	type Comparator,
	type Direction
} from '../vocabulary.ts';

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
	/**
	 * Where a target with no year is judged: its source's horizon (the plan's end year, e.g. 2025
	 * for a 十四五 plan). Null or absent: the scenario's horizon (level targets) or every
	 * milestone (rate targets). Ignored when `year` is set.
	 */
	horizon?: number | null;
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
	/**
	 * "Today": a target year before it is in the past, and is never given a forecast status
	 * (engine.md, "Status"). The scenario's `asOf`, by default the current calendar year; the
	 * engine never reads the clock itself.
	 */
	asOf: number;
}

/**
 * What the engine knows about a series beyond its points: where a new series starts after a
 * break, where sources disagree, and the national series of the same indicator (to borrow a
 * spread from when a region has only two points). Every field is optional.
 */
export interface SeriesContext {
	/** The first year of the new series after a break (change of definition or source). */
	breakYear?: number | null;
	/** Years whose value lost against another source's, or that sources are known to dispute. */
	conflictYears?: readonly number[];
	/** The national (全国) series of the same indicator; absent for the national series itself. */
	national?: { series: readonly Point[]; breakYear?: number | null } | null;
}

/** The point a projection starts from. `assumed` when it is the scenario's baseline override. */
export interface Anchor {
	year: number;
	value: number;
	assumed: boolean;
}

/**
 * A target's verdict (engine.md, "Status"):
 * - `met` / `missed`: the data reach the target year and the value of that year (observed or
 *   interpolated) was compared;
 * - `unverified`: the year is past but the data do not show it (no actual before it, or none
 *   after the anchor while the year is before `asOf`); any projection is an estimate only;
 * - `on-track` / `at-risk` / `off-track`: the future, by the probability of meeting it;
 * - `needs-assumption`: the future, with no rate set and fewer than two points to fit;
 * - `no-data`: nothing to start from.
 */
export const STATUSES = [
	'met',
	'missed',
	'unverified',
	'on-track',
	'at-risk',
	'off-track',
	'needs-assumption',
	'no-data'
] as const;
export type Status = (typeof STATUSES)[number];

/** The statuses that carry a verdict: decided from the actuals, or forecast with a probability. */
export const STATUSES_WITH_VERDICT = ['met', 'missed', 'on-track', 'at-risk', 'off-track'] as const;

/** The statuses that are forecasts: never given to a target year before `asOf`. */
export const FORECAST_STATUSES = ['on-track', 'at-risk', 'off-track', 'needs-assumption'] as const;

/**
 * How the compared value was obtained: the actual of the target year, a linear interpolation
 * between the actuals around it, the projection, or nothing compared.
 */
export const EVALUATIONS = ['observed', 'interpolated', 'projected', 'none'] as const;
export type Evaluation = (typeof EVALUATIONS)[number];

/** Whether a rate or a spread came from the data, from the scenario, or from nowhere. */
export type RateBasis = 'fitted' | 'assumed' | 'none';
/** `borrowed`: two points only, with the national series' yearly noise (engine.md). */
export type SigmaBasis = 'fitted' | 'borrowed' | 'assumed' | 'none';

/**
 * Why a projection uses `linear` instead of the method asked for (a machine-readable code the UI
 * turns into a sentence):
 * - `compound-needs-positive-anchor`: `compound` needs `v0 > 0`;
 * - `gap-needs-finite-bound`: `gap` needs a finite bound `B` (an `up` indicator with no upper bound);
 * - `compound-fit-needs-positive-values`: the rate was to be fitted, and an actual in the fit
 *   window is ≤ 0 (`ln v` undefined);
 * - `gap-fit-needs-values-inside-bounds`: the rate was to be fitted, and an actual in the fit
 *   window is not strictly inside the bounds.
 */
export const FALLBACK_REASONS = [
	'compound-needs-positive-anchor',
	'gap-needs-finite-bound',
	'compound-fit-needs-positive-values',
	'gap-fit-needs-values-inside-bounds'
] as const;
export type FallbackReason = (typeof FALLBACK_REASONS)[number];

/**
 * What a projection (and so every verdict on it) rests on (engine.md, "Basis"): the actuals in
 * the fit window, how the rate, spread and anchor were obtained, and any conflict or series
 * break inside the window.
 */
export interface Basis {
	/** Actuals in the fit window (the last 10 years up to the anchor, from a break on). */
	points: number;
	/** Years between the first and the last of them (0 with fewer than two). */
	span: number;
	/** The first and last year of the window's actuals; null when there are none. */
	firstYear: number | null;
	lastYear: number | null;
	rate: RateBasis;
	sigma: SigmaBasis;
	/** Null when there is no anchor at all. */
	anchor: 'actual' | 'assumed' | null;
	/** Window years with a conflict between sources. */
	conflicts: number;
	/** Series breaks inside the last 10 years up to the anchor (the window then starts there). */
	breaks: number;
	/** A break leaves fewer than two points: "series break: set an assumption". */
	breakLeavesTooFew: boolean;
	/** Why the method asked for was replaced by `linear`, if it was (said with the verdict). */
	fallback: FallbackReason | null;
}
