/**
 * The two standard progress measures shown beside ours, and the mid-term "time elapsed against
 * progress made" check (engine.md, "Two standard methods" and "时间过半、任务过半").
 *
 * All three use only actuals: the base point `(b, v_b)`, the first actual at or after
 * `options.baseYear`, and the latest actual `(t, v_t)`, with `b < t`; otherwise
 * `insufficient-data`. They also need the evaluated year `T` after `b`.
 *
 * Where engine.md is silent (what an analyst would expect):
 * - The goal τ: a level target's value; a rate target with change `c` becomes the level
 *   `v_b + c·(T − b)`; a range becomes the edge on the base point's side.
 * - A target the latest actual already meets is `achieved` (UN) / `on-track` (Open SDG). A
 *   target the base point already met, and the latest actual no longer meets, has gone
 *   backwards: `stagnation-regression` / `deterioration`; Q and R are null there, as their
 *   denominators (`τ − v_b`, `CAGR_r`) are zero or point the wrong way.
 * - A 0 base or target value is replaced by 0.001 in every growth rate (engine.md says so for
 *   Open SDG; the UN measure gets the same so that a programme starting from 0 can be measured).
 *   Negative values have no growth rate: `insufficient-data`.
 * - UN: when `T` is before the latest actual, `v_e = v_t` (no extrapolation backwards).
 */
import { satisfies } from './compare.ts';
import { actualAtOrAfter, actualAtOrBefore } from './series.ts';
import type { Direction, EngineOptions, Point, TargetSpec } from './types.ts';

/** UN Progress Chart statuses (2023 technical note). */
export const UN_STATUSES = [
	'achieved',
	'on-track',
	'fair-progress',
	'stagnation-regression',
	'insufficient-data'
] as const;
export type UnStatus = (typeof UN_STATUSES)[number];

/** Open SDG / Statistics Canada statuses. */
export const OPEN_SDG_STATUSES = [
	'on-track',
	'acceleration-needed',
	'limited-progress',
	'deterioration',
	'insufficient-data'
] as const;
export type OpenSdgStatus = (typeof OPEN_SDG_STATUSES)[number];

/** UN Progress Chart 2023: `Q = (v_e − v_b)/(τ − v_b)`, `v_e = v_t·(1 + CAGR_a)^(T − t)`. */
export interface UnProgress {
	q: number | null;
	status: UnStatus;
}

/** Open SDG / Statistics Canada: `R = CAGR_o / CAGR_r`. */
export interface OpenSdgProgress {
	r: number | null;
	status: OpenSdgStatus;
}

/** Mid-term review: time share `(t − b)/(T − b)` against progress share `(v_t − v_b)/(τ − v_b)`. */
export interface MidTermReview {
	timeShare: number;
	/** Not below 0; when the base point already met the target, 1 if the latest still does, else 0. */
	progressShare: number;
	onSchedule: boolean;
}

/** The three measures of one target at one evaluated year, with the two points they use. */
export interface ProgressMeasures {
	base: Point | null;
	latest: Point | null;
	un: UnProgress;
	openSdg: OpenSdgProgress;
	/** Null when there is not enough data (the same cases as `insufficient-data`). */
	midTerm: MidTermReview | null;
}

/** UN: `Q ≥ 0.95` on track; `0.10 ≤ Q < 0.95` fair progress; below, stagnation or regression. */
export const UN_ON_TRACK_Q = 0.95;
export const UN_FAIR_PROGRESS_Q = 0.1;
/** Open SDG: `R ≥ 0.95` on track; `0.6 ≤ R < 0.95` acceleration needed; `0 ≤ R < 0.6` limited. */
export const OPEN_SDG_ON_TRACK_R = 0.95;
export const OPEN_SDG_ACCELERATION_R = 0.6;
/** The stand-in for a 0 base or target value in a growth rate. */
export const ZERO_REPLACEMENT = 0.001;

function insufficient(base: Point | null, latest: Point | null): ProgressMeasures {
	return {
		base,
		latest,
		un: { q: null, status: 'insufficient-data' },
		openSdg: { r: null, status: 'insufficient-data' },
		midTerm: null
	};
}

/**
 * The UN, Open SDG and mid-term measures for `target` evaluated at `evaluatedYear`, from the
 * actuals in `series`. `direction` flips the sign of both Open SDG growth rates for `down`
 * indicators, as engine.md asks; note that flipping both leaves their ratio R unchanged, so
 * a falling indicator with a lower target already gets a positive R without it.
 */
export function progressMeasures(
	series: readonly Point[],
	target: TargetSpec,
	evaluatedYear: number,
	direction: Direction,
	options: EngineOptions
): ProgressMeasures {
	const base = actualAtOrAfter(series, options.baseYear);
	const latest = actualAtOrBefore(series);
	if (base === null || latest === null || !(base.year < latest.year)) {
		return insufficient(base, latest);
	}
	const T = evaluatedYear;
	const b = base.year;
	const t = latest.year;
	const vb = base.value;
	const vt = latest.value;
	if (!(T > b)) return insufficient(base, latest);
	const goal = goalLevel(target, vb, T - b);
	const baseMet = meetsGoal(target, vb, goal);
	const latestMet = meetsGoal(target, vt, goal);
	const midTerm = midTermReview(b, t, T, vb, vt, goal, baseMet, latestMet);
	const un = unProgress(b, t, T, vb, vt, goal, baseMet, latestMet);
	const openSdg = openSdgProgress(b, t, T, vb, vt, goal, baseMet, latestMet, direction);
	return { base, latest, un, openSdg, midTerm };
}

/** The level τ the measures aim at (see the file comment). */
function goalLevel(target: TargetSpec, vb: number, yearsFromBase: number): number {
	switch (target.comparator) {
		case 'rate<=':
		case 'rate>=':
			return vb + target.value * yearsFromBase;
		case 'range':
			return target.valueMax !== null && vb > target.valueMax ? target.valueMax : target.value;
		default:
			return target.value;
	}
}

/** Whether a value meets the target; a rate target is judged against its goal level. */
function meetsGoal(target: TargetSpec, x: number, goal: number): boolean {
	if (target.comparator === 'rate>=') return satisfies('>=', x, goal, null);
	if (target.comparator === 'rate<=') return satisfies('<=', x, goal, null);
	return satisfies(target.comparator, x, target.value, target.valueMax);
}

/** `(to/from)^(1/years) − 1` with 0 replaced by 0.001; NaN for negative values. */
function growthRate(from: number, to: number, years: number): number {
	if (from < 0 || to < 0) return NaN;
	const a = from === 0 ? ZERO_REPLACEMENT : from;
	const z = to === 0 ? ZERO_REPLACEMENT : to;
	return Math.pow(z / a, 1 / years) - 1;
}

function unProgress(
	b: number,
	t: number,
	T: number,
	vb: number,
	vt: number,
	goal: number,
	baseMet: boolean,
	latestMet: boolean
): UnProgress {
	const cagr = growthRate(vb, vt, t - b);
	if (Number.isNaN(cagr)) return { q: null, status: 'insufficient-data' };
	const expected = vt * Math.pow(1 + cagr, Math.max(0, T - t));
	const q = baseMet || goal === vb ? null : (expected - vb) / (goal - vb);
	if (latestMet) return { q, status: 'achieved' };
	if (q === null) return { q, status: 'stagnation-regression' };
	if (q >= UN_ON_TRACK_Q) return { q, status: 'on-track' };
	if (q >= UN_FAIR_PROGRESS_Q) return { q, status: 'fair-progress' };
	return { q, status: 'stagnation-regression' };
}

function openSdgProgress(
	b: number,
	t: number,
	T: number,
	vb: number,
	vt: number,
	goal: number,
	baseMet: boolean,
	latestMet: boolean,
	direction: Direction
): OpenSdgProgress {
	const sign = direction === 'down' ? -1 : 1;
	const observed = sign * growthRate(vb, vt, t - b);
	const required = sign * growthRate(vb, goal, T - b);
	if (Number.isNaN(observed) || Number.isNaN(required)) {
		return { r: null, status: 'insufficient-data' };
	}
	const r = baseMet || required === 0 ? null : observed / required;
	if (latestMet) return { r, status: 'on-track' };
	if (r === null) return { r, status: vt === vb ? 'limited-progress' : 'deterioration' };
	if (r >= OPEN_SDG_ON_TRACK_R) return { r, status: 'on-track' };
	if (r >= OPEN_SDG_ACCELERATION_R) return { r, status: 'acceleration-needed' };
	if (r >= 0) return { r, status: 'limited-progress' };
	return { r, status: 'deterioration' };
}

function midTermReview(
	b: number,
	t: number,
	T: number,
	vb: number,
	vt: number,
	goal: number,
	baseMet: boolean,
	latestMet: boolean
): MidTermReview {
	const timeShare = (t - b) / (T - b);
	const progressShare =
		baseMet || goal === vb ? (latestMet ? 1 : 0) : Math.max(0, (vt - vb) / (goal - vb));
	return { timeShare, progressShare, onSchedule: progressShare >= timeShare };
}
