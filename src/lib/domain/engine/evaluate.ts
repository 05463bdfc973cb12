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
import { actualAtOrAfter, actualAtOrBefore } from './series.ts';
import { STATUSES, type EngineOptions, type Point, type Status, type TargetSpec } from './types.ts';

/** `on-track` from this probability up (engine.md). */
export const ON_TRACK_PROBABILITY = 0.8;
/** `at-risk` from this probability up, `off-track` below it. */
export const AT_RISK_PROBABILITY = 0.2;

/** Slot of each number within a row written by {@link evaluateInto}. */
export const REG = {
	projected: 0,
	comparedYear: 1,
	averageChange: 2,
	requiredRate: 3,
	requiredRateMax: 4,
	probability: 5,
	margin: 6,
	/** The index of the status in `STATUSES`. */
	status: 7,
	/** 1 when the anchor already meets a level or range target, else 0. */
	alreadyMet: 8
} as const;
/** Slots per row written by {@link evaluateInto}. */
export const REGISTER_COUNT = 9;

// Status codes: indices into STATUSES, so the hot path never looks a string up.
const MET = STATUSES.indexOf('met');
const MISSED = STATUSES.indexOf('missed');
const ON_TRACK = STATUSES.indexOf('on-track');
const AT_RISK = STATUSES.indexOf('at-risk');
const OFF_TRACK = STATUSES.indexOf('off-track');
const NO_DATA = STATUSES.indexOf('no-data');

/** The status for a probability of meeting a target after the anchor year. */
export function statusFromProbability(probability: number): Status {
	return STATUSES[statusCode(probability)]!;
}

function statusCode(probability: number): number {
	if (probability >= ON_TRACK_PROBABILITY) return ON_TRACK;
	if (probability >= AT_RISK_PROBABILITY) return AT_RISK;
	return OFF_TRACK;
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
	const rateTarget = isRateComparator(comparator);
	let projected = NaN;
	let comparedYear = NaN;
	let averageChange = NaN;
	let requiredRate: number | null = null;
	let requiredRateMax: number | null = null;
	let probability = NaN;
	let status = NO_DATA;
	if (anchor !== null && year > anchor.year) {
		projected = projection.valueAt(year);
		if (rateTarget) {
			averageChange = (projected - anchor.value) / (year - anchor.year);
			requiredRate = requiredRateForChange(projection, year, value);
		} else {
			requiredRate = requiredRateForLevel(projection, year, value);
			if (comparator === 'range' && valueMax !== null) {
				requiredRateMax = requiredRateForLevel(projection, year, valueMax);
			}
		}
		probability = probabilityMet(projection, year, target, requiredRate, requiredRateMax);
		status = statusCode(probability);
	} else if (anchor !== null) {
		// Up to the anchor year: the actual of that year or the latest before it; an assumed
		// baseline stands for its own year.
		const compared =
			anchor.assumed && anchor.year <= year ? anchor : actualAtOrBefore(series, year);
		const base = rateTarget ? actualAtOrAfter(series, options.baseYear) : null;
		if (compared !== null && (!rateTarget || (base !== null && base.year < compared.year))) {
			projected = compared.value;
			comparedYear = compared.year;
			if (base !== null) {
				averageChange = (compared.value - base.value) / (compared.year - base.year);
			}
			const met = satisfies(comparator, rateTarget ? averageChange : projected, value, valueMax);
			probability = met ? 1 : 0;
			status = met ? MET : MISSED;
		}
	}
	out[offset + REG.projected] = projected;
	out[offset + REG.comparedYear] = comparedYear;
	out[offset + REG.averageChange] = averageChange;
	out[offset + REG.requiredRate] = requiredRate ?? NaN;
	out[offset + REG.requiredRateMax] = requiredRateMax ?? NaN;
	out[offset + REG.probability] = probability;
	out[offset + REG.margin] = marginOf(comparator, projected, averageChange, value, valueMax);
	out[offset + REG.status] = status;
	out[offset + REG.alreadyMet] =
		anchor !== null && !rateTarget && satisfies(comparator, anchor.value, value, valueMax) ? 1 : 0;
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
