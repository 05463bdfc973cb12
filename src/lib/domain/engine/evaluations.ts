import { isRateComparator } from './compare.ts';
import type { EngineOptions, TargetSpec } from './types.ts';

/**
 * The years a target is evaluated at (engine.md, "Milestones" and "Rate targets"):
 * - a target with a year → that year;
 * - no year, level or range target → the horizon ("year not stated");
 * - no year, rate target → every milestone, in the order given ("year not stated"); the horizon
 *   when the scenario has no milestones.
 * Whether the year was stated is `target.year !== null`, carried on each assessment.
 */
export function evaluationYears(target: TargetSpec, options: EngineOptions): readonly number[] {
	if (target.year !== null) return [target.year];
	if (isRateComparator(target.comparator) && options.milestones.length > 0) {
		return options.milestones;
	}
	return [options.horizon];
}

/** The single year a target is evaluated at when no milestone is asked for: its own or the horizon. */
export function defaultEvaluationYear(target: TargetSpec, options: EngineOptions): number {
	return target.year ?? options.horizon;
}
