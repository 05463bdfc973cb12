import { isRateComparator } from './compare.ts';
import type { EngineOptions, TargetSpec } from './types.ts';

/**
 * The years a target is evaluated at (engine.md, "Milestones", "Rate targets" and "Targets
 * without a year"):
 * - a target with a year → that year;
 * - no year, with its source's horizon → that horizon ("year not stated, judged at 2025"), for
 *   rate targets too: a plan that ends in 2025 says nothing about 2029;
 * - no year and no source horizon: a level or range target → the scenario's horizon; a rate
 *   target → every milestone, in the order given (the horizon when there are none).
 * Whether the year was stated is `target.year !== null`, carried on each assessment.
 */
export function evaluationYears(target: TargetSpec, options: EngineOptions): readonly number[] {
	if (target.year !== null) return [target.year];
	if (target.horizon != null) return [target.horizon];
	if (isRateComparator(target.comparator) && options.milestones.length > 0) {
		return options.milestones;
	}
	return [options.horizon];
}

/** The single year a target is evaluated at when no milestone is asked for. */
export function defaultEvaluationYear(target: TargetSpec, options: EngineOptions): number {
	return target.year ?? target.horizon ?? options.horizon;
}
