/**
 * The packed assessment path: every evaluation of a runner's input written into a register table
 * (a `Float64Array` of `REGISTER_COUNT` slots per target × evaluated year, the rows
 * `evaluateInto` fills), one entry at a time or all of them. The same code runs on the page's
 * thread (one entry after a slider move, everything for a small dataset) and in the batch
 * workers (a share of the entries after a global change); `projectIndicator` and `evaluateInto`
 * are the engine's own, so every number is the one `assessTarget` gives. What is posted to a
 * worker (its share of the input, the assumptions packed) is made in ./batchShare.ts and
 * ./packedAssumptions.ts.
 */
import {
	COMPARATORS,
	evaluationYears,
	projectIndicator,
	type Assumption,
	type EngineOptions,
	type Point,
	type Projection,
	type SeriesContext,
	type TargetSpec
} from '../domain/engine/index.ts';
import { evaluateInto, REGISTER_COUNT } from '../domain/engine/evaluate.ts';
import { unpackAssumption, type PackedAssumptions } from './packedAssumptions.ts';
import type { BatchInput } from './entries.ts';
import type { RunSettings } from './settings.ts';

export { REGISTER_COUNT };

/** The evaluations of an input under some settings: entry `e`'s are rows `rowStart[e] …`. */
export interface RowLayout {
	rowStart: Int32Array;
	/** The target group and the year each row evaluates. */
	group: Int32Array;
	year: Float64Array;
}

/** The engine's options for a target group under `settings` (its base year is its plan's start). */
export function optionsOf(input: BatchInput, g: number, settings: RunSettings): EngineOptions {
	return {
		baseYear: settings.baseYear ?? input.planStart[g]!,
		horizon: settings.horizon,
		milestones: settings.milestones,
		asOf: settings.asOf
	};
}

/** The target of group `g` as the engine sees it. */
export function specOf(input: BatchInput, g: number): TargetSpec {
	const year = input.targetYear[g]!;
	const horizon = input.targetHorizon[g]!;
	const max = input.valueMax[g]!;
	return {
		year: Number.isNaN(year) ? null : year,
		horizon: Number.isNaN(horizon) ? null : horizon,
		comparator: COMPARATORS[input.comparator[g]!]!,
		value: input.value[g]!,
		valueMax: Number.isNaN(max) ? null : max
	};
}

/** Which rows evaluate which target at which year, under `settings`. */
export function rowLayout(input: BatchInput, settings: RunSettings): RowLayout {
	const rowStart = new Int32Array(input.count + 1);
	const group: number[] = [];
	const year: number[] = [];
	for (let e = 0; e < input.count; e++) {
		rowStart[e] = group.length;
		for (let k = input.groupStart[e]!; k < input.groupStart[e + 1]!; k++) {
			const g = input.groups[k]!;
			for (const y of evaluationYears(specOf(input, g), optionsOf(input, g, settings))) {
				group.push(k);
				year.push(y);
			}
		}
	}
	rowStart[input.count] = group.length;
	return { rowStart, group: Int32Array.from(group), year: Float64Array.from(year) };
}

/** The actuals of entry `e` as the engine's points (a new array each time). */
export function pointsOf(input: BatchInput, e: number): Point[] {
	const out: Point[] = [];
	for (let p = input.pointStart[e]!; p < input.pointEnd[e]!; p++)
		out.push({ year: input.years[p]!, value: input.values[p]! });
	return out;
}

/** The series context of entry `e`; `national` caches the national series' points by start. */
export function contextOf(
	input: BatchInput,
	e: number,
	national: Map<number, Point[]> = new Map()
): SeriesContext {
	const b = input.breakYear[e]!;
	const ns = input.nationalStart[e]!;
	let series: Point[] | undefined;
	if (ns >= 0) {
		series = national.get(ns);
		if (!series) {
			series = [];
			for (let p = ns; p < input.nationalEnd[e]!; p++)
				series.push({ year: input.years[p]!, value: input.values[p]! });
			national.set(ns, series);
		}
	}
	const nb = input.nationalBreak[e]!;
	return {
		breakYear: Number.isNaN(b) ? null : b,
		conflictYears: input.conflictYears.get(e) ?? [],
		national: series ? { series, breakYear: Number.isNaN(nb) ? null : nb } : null
	};
}

/** The projection of entry `e` under `assumption`. */
export function projectEntry(
	input: BatchInput,
	e: number,
	assumption: Assumption | undefined,
	points: Point[] = pointsOf(input, e),
	national?: Map<number, Point[]>
): Projection {
	const traits = {
		bounds: { lo: input.lo[e]!, hi: input.hi[e]! },
		direction: input.down[e] ? ('down' as const) : ('up' as const)
	};
	return projectIndicator(points, traits, assumption, contextOf(input, e, national));
}

/**
 * Project entry `e` under `assumption` and write its evaluations into `out` (rows of `layout`,
 * the first of `out` being row `rowBase`). Returns the projection.
 */
export function assessEntry(
	input: BatchInput,
	layout: RowLayout,
	e: number,
	assumption: Assumption | undefined,
	settings: RunSettings,
	out: Float64Array,
	rowBase: number,
	national?: Map<number, Point[]>
): Projection {
	const points = pointsOf(input, e);
	const projection = projectEntry(input, e, assumption, points, national);
	let lastGroup = -1;
	let spec: TargetSpec | null = null;
	let options: EngineOptions | null = null;
	for (let row = layout.rowStart[e]!; row < layout.rowStart[e + 1]!; row++) {
		const k = layout.group[row]!;
		if (k !== lastGroup) {
			const g = input.groups[k]!;
			spec = specOf(input, g);
			options = optionsOf(input, g, settings);
			lastGroup = k;
		}
		evaluateInto(
			out,
			(row - rowBase) * REGISTER_COUNT,
			projection,
			points,
			spec!,
			options!,
			layout.year[row]!
		);
	}
	return projection;
}

/** Assess every entry of `input` (a whole input, or a worker's share) into a new table. */
export function assessAll(
	input: BatchInput,
	layout: RowLayout,
	assumptions: PackedAssumptions,
	settings: RunSettings
): Float64Array {
	const out = new Float64Array(layout.rowStart[input.count]! * REGISTER_COUNT);
	const national = new Map<number, Point[]>();
	for (let e = 0; e < input.count; e++)
		assessEntry(input, layout, e, unpackAssumption(assumptions, e), settings, out, 0, national);
	return out;
}
