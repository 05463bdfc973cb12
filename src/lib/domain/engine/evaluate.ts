/**
 * The one code path that assesses a target at a year (engine.md, "Status"). It writes its
 * numbers into a caller's `Float64Array` (a row of `REGISTER_COUNT` slots at `offset`) instead
 * of returning an object, so the batch path (`table.ts`) allocates nothing per evaluation and
 * the object path (`assess.ts`) allocates only its result. NaN in a slot means "none" (null).
 */
import { isRateComparator, satisfies } from './compare.ts';
import { probabilityMet } from './probability.ts';
import type { Projection } from './project.ts';
import { requiredRateForChange, requiredRateForLevel } from './required.ts';
import { actualAtOrAfter, valueOfYear, type ComparedValue } from './series.ts';
import {
	EVALUATIONS,
	STATUSES,
	type Anchor,
	type EngineOptions,
	type Point,
	type Status,
	type TargetSpec
} from './types.ts';

/** `on-track` from this probability up (engine.md). */
export const ON_TRACK_PROBABILITY = 0.8;
/** `at-risk` from this probability up, `off-track` below it. */
export const AT_RISK_PROBABILITY = 0.2;

/** Slot of each number within a row written by {@link evaluateInto}. */
export const REG = {
	projected: 0,
	averageChange: 1,
	requiredRate: 2,
	requiredRateMax: 3,
	probability: 4,
	margin: 5,
	/** The index of the status in `STATUSES`. */
	status: 6,
	/** 1 when the anchor already meets a level or range target, else 0. */
	alreadyMet: 7,
	/** The index of the evaluation in `EVALUATIONS`. */
	evaluation: 8,
	/** `σ_T`, the spread used for the probability (NaN when none was computed). */
	sigma: 9,
	/** The point(s) an observed or interpolated value was read from (NaN otherwise). */
	fromYear: 10,
	fromValue: 11,
	fromAssumed: 12,
	toYear: 13,
	toValue: 14,
	toAssumed: 15
} as const;
/** Slots per row written by {@link evaluateInto}. */
export const REGISTER_COUNT = 16;

// Status and evaluation codes: indices, so the hot path never looks a string up.
const MET = STATUSES.indexOf('met');
const MISSED = STATUSES.indexOf('missed');
const UNVERIFIED = STATUSES.indexOf('unverified');
const ON_TRACK = STATUSES.indexOf('on-track');
const AT_RISK = STATUSES.indexOf('at-risk');
const OFF_TRACK = STATUSES.indexOf('off-track');
const NEEDS_ASSUMPTION = STATUSES.indexOf('needs-assumption');
const NO_DATA = STATUSES.indexOf('no-data');
const OBSERVED = EVALUATIONS.indexOf('observed');
const INTERPOLATED = EVALUATIONS.indexOf('interpolated');
const PROJECTED = EVALUATIONS.indexOf('projected');
const NONE = EVALUATIONS.indexOf('none');

/** The status for a probability of meeting a target after the anchor year. */
export function statusFromProbability(probability: number): Status {
	return STATUSES[statusCode(probability)]!;
}

function statusCode(probability: number): number {
	if (probability >= ON_TRACK_PROBABILITY) return ON_TRACK;
	if (probability >= AT_RISK_PROBABILITY) return AT_RISK;
	return OFF_TRACK;
}

/** The numbers of one evaluation before they are written out. */
interface Evaluated {
	projected: number;
	averageChange: number;
	requiredRate: number | null;
	requiredRateMax: number | null;
	probability: number;
	sigma: number;
	status: number;
	evaluation: number;
	compared: ComparedValue | null;
}

/**
 * Assesses `target` at `year` on `projection` into `out[offset … offset + REGISTER_COUNT)`;
 * see `assessTarget` for the rules and the meaning of each number.
 */
export function evaluateInto(
	out: Float64Array,
	offset: number,
	projection: Projection,
	series: readonly Point[],
	target: TargetSpec,
	options: EngineOptions,
	year: number
): void {
	const { comparator, value, valueMax } = target;
	const anchor = projection.anchor;
	const e: Evaluated =
		anchor === null
			? nothing(NO_DATA)
			: year <= anchor.year
				? fromActuals(projection, series, target, options, year)
				: fromProjection(projection, target, options, year);
	const rateTarget = isRateComparator(comparator);
	out[offset + REG.projected] = e.projected;
	out[offset + REG.averageChange] = e.averageChange;
	out[offset + REG.requiredRate] = e.requiredRate ?? NaN;
	out[offset + REG.requiredRateMax] = e.requiredRateMax ?? NaN;
	out[offset + REG.probability] = e.probability;
	out[offset + REG.margin] = marginOf(comparator, e.projected, e.averageChange, value, valueMax);
	out[offset + REG.status] = e.status;
	out[offset + REG.alreadyMet] =
		anchor !== null && !rateTarget && satisfies(comparator, anchor.value, value, valueMax) ? 1 : 0;
	out[offset + REG.evaluation] = e.evaluation;
	out[offset + REG.sigma] = e.sigma;
	const from = e.compared?.from;
	const to = e.compared?.to;
	out[offset + REG.fromYear] = from ? from.year : NaN;
	out[offset + REG.fromValue] = from ? from.value : NaN;
	out[offset + REG.fromAssumed] = from ? (from.assumed ? 1 : 0) : NaN;
	out[offset + REG.toYear] = to ? to.year : NaN;
	out[offset + REG.toValue] = to ? to.value : NaN;
	out[offset + REG.toAssumed] = to ? (to.assumed ? 1 : 0) : NaN;
}

function nothing(status: number): Evaluated {
	return {
		projected: NaN,
		averageChange: NaN,
		requiredRate: null,
		requiredRateMax: null,
		probability: NaN,
		sigma: NaN,
		status,
		evaluation: NONE,
		compared: null
	};
}

/**
 * The data reach the target year (`T ≤ y0`): the actual of that year, else the interpolation
 * between the actuals around it, → `met` / `missed`; with no actual before it, `unverified`.
 * A rate target compares the average annual change from the base point (the first actual at
 * or after the base year, which must come before `T`) to the value of `T`.
 */
function fromActuals(
	projection: Projection,
	series: readonly Point[],
	target: TargetSpec,
	options: EngineOptions,
	year: number
): Evaluated {
	const compared = valueOfYear(series, projection.anchor, year);
	if (compared === null) return nothing(UNVERIFIED);
	let averageChange = NaN;
	if (isRateComparator(target.comparator)) {
		const base = actualAtOrAfter(series, options.baseYear);
		if (base === null || !(base.year < year)) return nothing(UNVERIFIED);
		averageChange = (compared.value - base.value) / (year - base.year);
	}
	const rateTarget = isRateComparator(target.comparator);
	const met = satisfies(
		target.comparator,
		rateTarget ? averageChange : compared.value,
		target.value,
		target.valueMax
	);
	return {
		projected: compared.value,
		averageChange,
		requiredRate: null,
		requiredRateMax: null,
		probability: met ? 1 : 0,
		sigma: NaN,
		status: met ? MET : MISSED,
		evaluation: compared.evaluation === 'observed' ? OBSERVED : INTERPOLATED,
		compared
	};
}

/**
 * After the anchor year: the projection, the required rate and the probability at `σ_T`.
 * A year before `asOf` the data do not reach is `unverified` (the projection and `P` are an
 * estimate, not a forecast). In the future, a projection with no rate set and fewer than two
 * points to fit is `needs-assumption`: `P` null, the anchor held flat, `r*` still reported so
 * the analyst sees the rate it would take. Otherwise `on-track` / `at-risk` / `off-track`.
 */
function fromProjection(
	projection: Projection,
	target: TargetSpec,
	options: EngineOptions,
	year: number
): Evaluated {
	const anchor = projection.anchor!;
	const { comparator, value, valueMax } = target;
	const projected = projection.valueAt(year);
	let averageChange = NaN;
	let requiredRate: number | null;
	let requiredRateMax: number | null = null;
	if (isRateComparator(comparator)) {
		averageChange = (projected - anchor.value) / (year - anchor.year);
		requiredRate = requiredRateForChange(projection, year, value);
	} else {
		requiredRate = requiredRateForLevel(projection, year, value);
		if (comparator === 'range' && valueMax !== null) {
			requiredRateMax = requiredRateForLevel(projection, year, valueMax);
		}
	}
	const needsAssumption = projection.needsAssumption;
	const probability = needsAssumption
		? NaN
		: probabilityMet(projection, year, target, requiredRate, requiredRateMax);
	const status =
		year < options.asOf ? UNVERIFIED : needsAssumption ? NEEDS_ASSUMPTION : statusCode(probability);
	return {
		projected,
		averageChange,
		requiredRate,
		requiredRateMax,
		probability,
		sigma: needsAssumption ? NaN : projection.sigmaAt(year),
		status,
		evaluation: PROJECTED,
		compared: null
	};
}

/** See `TargetAssessment.margin`; NaN when there is nothing to compare. */
function marginOf(
	comparator: TargetSpec['comparator'],
	projected: number,
	averageChange: number,
	value: number,
	valueMax: number | null
): number {
	if (isRateComparator(comparator)) return averageChange - value;
	if (comparator === 'range' && valueMax !== null) {
		return Math.min(projected - value, valueMax - projected);
	}
	return projected - value;
}

/** The points an observed or interpolated value was read from, out of a register row. */
export function comparedOf(
	data: Float64Array,
	offset: number
): { from: Anchor; to: Anchor } | null {
	const fromYear = data[offset + REG.fromYear]!;
	if (Number.isNaN(fromYear)) return null;
	const from: Anchor = {
		year: fromYear,
		value: data[offset + REG.fromValue]!,
		assumed: data[offset + REG.fromAssumed] === 1
	};
	const to: Anchor = {
		year: data[offset + REG.toYear]!,
		value: data[offset + REG.toValue]!,
		assumed: data[offset + REG.toAssumed] === 1
	};
	return from.year === to.year ? { from, to: from } : { from, to };
}
