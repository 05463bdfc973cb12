/**
 * The projection and target-assessment engine (docs: /work/shared/spec/engine.md), pure
 * TypeScript with no UI or I/O imports.
 *
 * Typical use, per region × indicator:
 * ```ts
 * const projection = projectIndicator(series, { bounds: defaultBounds(unit), direction }, assumption, context);
 * for (const year of evaluationYears(target, options))
 *   results.push(assessTarget(projection, series, target, options, year));
 * // or, allocation-free for a whole scorecard per frame:
 * assessInto(table, row++, projection, series, target, options, year);
 * const composite = compositeByRegion(rows, options.milestones);
 * ```
 */
export * from './types.ts';
export { olsSlope, normalCdf, erfc, type OlsFit } from './stats.ts';
export { defaultBounds, gapBound, clamp } from './bounds.ts';
export {
	selectAnchor,
	actualAtOrBefore,
	actualAtOrAfter,
	valueOfYear,
	type ComparedValue
} from './series.ts';
export {
	fitRate,
	fitWindow,
	yearlyNoise,
	nationalNoise,
	FIT_WINDOW_YEARS,
	type FitDetails,
	type FittedRate,
	type FitWindow
} from './fit.ts';
export { Projection, FALLBACK_REASONS, BAND_Z, type FallbackReason } from './project.ts';
export { projectIndicator } from './projectIndicator.ts';
export { requiredRateForLevel, requiredRateForChange } from './required.ts';
export { tolerance, satisfies, isRateComparator } from './compare.ts';
export { probabilityMet, probabilityAbove, probabilityBelow } from './probability.ts';
export { evaluationYears, defaultEvaluationYear } from './evaluations.ts';
export {
	assessTarget,
	assessTargetEvaluations,
	assessmentOf,
	type TargetAssessment
} from './assess.ts';
export { statusFromProbability, ON_TRACK_PROBABILITY, AT_RISK_PROBABILITY } from './evaluate.ts';
export { AssessmentTable, assessInto } from './table.ts';
export {
	progressMeasures,
	UN_STATUSES,
	OPEN_SDG_STATUSES,
	UN_ON_TRACK_Q,
	UN_FAIR_PROGRESS_Q,
	OPEN_SDG_ON_TRACK_R,
	OPEN_SDG_ACCELERATION_R,
	ZERO_REPLACEMENT,
	type UnStatus,
	type OpenSdgStatus,
	type UnProgress,
	type OpenSdgProgress,
	type MidTermReview,
	type ProgressMeasures
} from './progress.ts';
export {
	compositeByRegion,
	ASSESSABLE,
	type CompositeInput,
	type CompositeRow
} from './composite.ts';
