/**
 * The verdict on one target at one year (engine.md, "Status"): projected value, required rate,
 * probability of meeting it, status, whether the anchor already meets it, and the margin.
 */
import { defaultEvaluationYear, evaluationYears } from './evaluations.ts';
import { comparedOf, evaluateInto, REG, REGISTER_COUNT } from './evaluate.ts';
import type { Projection } from './project.ts';
import {
	EVALUATIONS,
	STATUSES,
	type Anchor,
	type Basis,
	type Comparator,
	type EngineOptions,
	type Evaluation,
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
	/** `σ_T`, the spread of the average rate used for the probability; null when none was used. */
	sigma: number | null;
	/**
	 * The value compared at `evaluatedYear`, whatever its origin (see `evaluation`): the actual of
	 * that year, the interpolation between the actuals around it, or the clamped central
	 * projection (for `needs-assumption`, the anchor held flat). Null when nothing was compared.
	 */
	projected: number | null;
	/** How `projected` was obtained: `observed`, `interpolated`, `projected` or `none`. */
	evaluation: Evaluation;
	/**
	 * For `observed` and `interpolated`: the actual read (`from` = `to`), or the two around the
	 * year (an assumed baseline counts as a point, and says so). Null otherwise.
	 */
	compared: { from: Anchor; to: Anchor } | null;
	/** What the verdict rests on: the projection's fit window, rate, spread and anchor. */
	basis: Basis;
	/**
	 * Rate targets: the average annual change compared with `value`. After the anchor year it is
	 * `(v(T) − v0)/(T − y0)`; up to the anchor year it is the change from the base point (the
	 * first actual at or after `options.baseYear`) to the value of the year. Null otherwise.
	 */
	averageChange: number | null;
	/** `r*` for `value` (the lower end of a range); null when none (hold, unreachable, past). */
	requiredRate: number | null;
	/** `r*` for a range's `valueMax`; null for every other comparator. */
	requiredRateMax: number | null;
	/**
	 * The probability of meeting the target: 1 or 0 when decided from the actuals; an estimate
	 * only for `unverified`; null for `needs-assumption`, `no-data` and a past year with nothing
	 * to compare.
	 */
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
 * Assesses `target` at `evaluatedYear` (default: its year, else its horizon) on `projection`.
 * `series` holds the actuals the projection was built from (for years up to the anchor).
 *
 * - No anchor → `no-data`.
 * - `T ≤ y0`: the actual of `T` (`observed`), else the interpolation between the nearest
 *   actuals before and after it (`interpolated`; an assumed baseline counts as a point) →
 *   `met` / `missed`, probability 1 / 0; with no actual before `T` → `unverified`. A rate
 *   target compares the average annual change since the base point (which must precede `T`).
 * - `y0 < T < asOf`: `unverified`; the projection and `P` are reported as an estimate.
 * - `T ≥ asOf`, no rate set and fewer than two points to fit → `needs-assumption` (`P` null).
 * - otherwise `r*`, `P` at `σ_T`, and `on-track` (P ≥ 0.8), `at-risk` (0.2 ≤ P < 0.8) or
 *   `off-track` (P < 0.2).
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
	return assessmentOf(registers, 0, projection, target, evaluatedYear);
}

/**
 * The assessment written by `evaluateInto` at `offset` of `data` (a register row), as the
 * object `assessTarget` returns: the one place that object is built, for the object path and
 * for rows read back from a register table.
 */
export function assessmentOf(
	data: Float64Array,
	offset: number,
	projection: Projection,
	target: TargetSpec,
	evaluatedYear: number
): TargetAssessment {
	return {
		year: target.year,
		evaluatedYear,
		comparator: target.comparator,
		value: target.value,
		valueMax: target.valueMax,
		anchor: projection.anchor,
		method: projection.method,
		rate: projection.rate,
		sigma: orNull(data[offset + REG.sigma]!),
		projected: orNull(data[offset + REG.projected]!),
		evaluation: EVALUATIONS[data[offset + REG.evaluation]!]!,
		compared: comparedOf(data, offset),
		basis: projection.basis,
		averageChange: orNull(data[offset + REG.averageChange]!),
		requiredRate: orNull(data[offset + REG.requiredRate]!),
		requiredRateMax: orNull(data[offset + REG.requiredRateMax]!),
		probability: orNull(data[offset + REG.probability]!),
		status: STATUSES[data[offset + REG.status]!]!,
		alreadyMet: data[offset + REG.alreadyMet] === 1,
		margin: orNull(data[offset + REG.margin]!)
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
