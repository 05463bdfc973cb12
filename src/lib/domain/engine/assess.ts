/**
 * The verdict on one target at one year (engine.md, "Status"): projected value, required rate,
 * probability of meeting it, status, whether the anchor already meets it, and the margin.
 */
import { defaultEvaluationYear, evaluationYears } from './evaluations.ts';
import { evaluateInto, REG, REGISTER_COUNT } from './evaluate.ts';
import type { Projection } from './project.ts';
import {
	STATUSES,
	type Anchor,
	type Comparator,
	type EngineOptions,
	type Method,
	type Point,
	type Status,
	type TargetSpec
} from './types.ts';

// The registers of the one assessment in progress (the engine is synchronous).
const registers = new Float64Array(REGISTER_COUNT);

/** One target evaluated at one year. Every field is always present (one object shape). */
export interface TargetAssessment {
	/** The year the target states; null = "year not stated". */
	year: number | null;
	/** The year it is evaluated at: its own, the horizon, or a milestone (rate targets). */
	evaluatedYear: number;
	comparator: Comparator;
	value: number;
	valueMax: number | null;
	anchor: Anchor | null;
	method: Method;
	rate: number;
	sigma: number;
	/**
	 * The value compared at `evaluatedYear`: the clamped central projection when it is after the
	 * anchor year, else the actual (or assumed baseline) of `comparedYear`. Null for `no-data`.
	 */
	projected: number | null;
	/** For `evaluatedYear ≤ y0`: the year of the value compared (the latest at or before it). */
	comparedYear: number | null;
	/**
	 * Rate targets: the average annual change compared with `value`. After the anchor year it is
	 * `(v(T) − v0)/(T − y0)`; up to the anchor year it is the actual change from the base point
	 * (the first actual at or after `options.baseYear`) to the value compared. Null otherwise.
	 */
	averageChange: number | null;
	/** `r*` for `value` (the lower end of a range); null when none (hold, unreachable, past). */
	requiredRate: number | null;
	/** `r*` for a range's `valueMax`; null for every other comparator. */
	requiredRateMax: number | null;
	/** The probability of meeting the target; 1 or 0 when already decided; null for `no-data`. */
	probability: number | null;
	status: Status;
	/** The anchor value already satisfies the (level or range) target; false for rate targets. */
	alreadyMet: boolean;
	/**
	 * How far the compared value is from the target, in the indicator's unit: `v(T) − τ` for a
	 * level target (positive = above it, whatever the comparator); for a range, the signed
	 * distance to the nearest edge, `min(v − a, b − v)` (positive inside, negative outside); for
	 * a rate target, `Δ − c` in units per year. Null for `no-data`.
	 */
	margin: number | null;
}

/**
 * Assesses `target` at `evaluatedYear` (default: its year, else the horizon) on `projection`.
 * `series` holds the actuals the projection was built from (for years up to the anchor).
 *
 * - No anchor → `no-data`.
 * - `evaluatedYear ≤ y0`: compared with the actual of that year or the latest before it (the
 *   assumed baseline counts for its own year) → `met` / `missed`, probability 1 / 0. A rate
 *   target compares the actual average annual change since the base point; with no such value
 *   (or no base point before it) → `no-data`.
 * - `evaluatedYear > y0`: `r*`, the probability, and `on-track` (P ≥ 0.8), `at-risk`
 *   (0.2 ≤ P < 0.8) or `off-track` (P < 0.2).
 *
 * Allocates only the result object. For many thousands per frame, `assessInto` fills an
 * `AssessmentTable` instead and allocates nothing.
 */
export function assessTarget(
	projection: Projection,
	series: readonly Point[],
	target: TargetSpec,
	options: EngineOptions,
	evaluatedYear: number = defaultEvaluationYear(target, options)
): TargetAssessment {
	evaluateInto(registers, 0, projection, series, target, options, evaluatedYear);
	return {
		year: target.year,
		evaluatedYear,
		comparator: target.comparator,
		value: target.value,
		valueMax: target.valueMax,
		anchor: projection.anchor,
		method: projection.method,
		rate: projection.rate,
		sigma: projection.sigma,
		projected: orNull(registers[REG.projected]!),
		comparedYear: orNull(registers[REG.comparedYear]!),
		averageChange: orNull(registers[REG.averageChange]!),
		requiredRate: orNull(registers[REG.requiredRate]!),
		requiredRateMax: orNull(registers[REG.requiredRateMax]!),
		probability: orNull(registers[REG.probability]!),
		status: STATUSES[registers[REG.status]!]!,
		alreadyMet: registers[REG.alreadyMet] === 1,
		margin: orNull(registers[REG.margin]!)
	};
}

/** {@link assessTarget} at every year of {@link evaluationYears} (milestones for rate targets). */
export function assessTargetEvaluations(
	projection: Projection,
	series: readonly Point[],
	target: TargetSpec,
	options: EngineOptions
): TargetAssessment[] {
	const years = evaluationYears(target, options);
	const out: TargetAssessment[] = [];
	for (let i = 0; i < years.length; i++) {
		out.push(assessTarget(projection, series, target, options, years[i]!));
	}
	return out;
}

function orNull(x: number): number | null {
	return Number.isNaN(x) ? null : x;
}
