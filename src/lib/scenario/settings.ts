/**
 * A scenario's run settings (engine.md): milestones, horizon, base year and "today" (`asOf`),
 * with the defaults for what a scenario leaves out.
 */

export const DEFAULT_MILESTONES = [2027, 2029, 2035] as const;
export const DEFAULT_HORIZON = 2035;
/** engine.md: the base year where no plan year is known. */
export const FALLBACK_BASE_YEAR = 2015;
/** The Chongqing plan's first year: targets due up to it are history, not milestone targets. */
export const DEFAULT_PLAN_START = 2024;

export interface RunSettings {
	/** The scenario's base year; when absent each target uses its source's plan start. */
	baseYear?: number;
	horizon: number;
	milestones: readonly number[];
	/** "Today" (engine.md, "Status"): the scenario's `asOf`, else the current calendar year. */
	asOf: number;
}

/** A string that is the same for two settings exactly when a run under them is the same. */
export const settingsKey = (s: RunSettings): string =>
	`${s.baseYear}|${s.horizon}|${s.milestones.join(',')}|${s.asOf}`;

/** The current calendar year: the default `asOf` (read here, never inside the engine). */
export function currentYear(): number {
	return new Date().getFullYear();
}

/** A scenario's run settings, with the defaults of engine.md for what it leaves out. */
export function runSettings(
	s: { baseYear?: number; asOf?: number; horizon?: number; milestones?: readonly number[] },
	today: number = currentYear()
): RunSettings {
	return {
		...(s.baseYear !== undefined ? { baseYear: s.baseYear } : {}),
		horizon: s.horizon ?? DEFAULT_HORIZON,
		milestones: s.milestones ?? DEFAULT_MILESTONES,
		asOf: s.asOf ?? today
	};
}
