/**
 * The packed assessment path: every evaluation of a runner's input written into a register table
 * (a `Float64Array` of `REGISTER_COUNT` slots per target × evaluated year, the rows
 * `evaluateInto` fills), one entry at a time or all of them. The same code runs on the page's
 * thread (one entry after a slider move, everything for a small dataset) and in the batch
 * workers (a share of the entries after a global change); `projectIndicator` and `evaluateInto`
 * are the engine's own, so every number is the one `assessTarget` gives.
 */
import {
	COMPARATORS,
	evaluationYears,
	METHODS,
	projectIndicator,
	type Assumption,
	type EngineOptions,
	type Point,
	type Projection,
	type SeriesContext,
	type TargetSpec
} from '../domain/engine/index.ts';
import { evaluateInto, REGISTER_COUNT } from '../domain/engine/evaluate.ts';
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

/** Assumptions by entry, packed to be posted to a worker (see {@link packAssumptions}). */
export interface PackedAssumptions {
	/** Bits: 1 method, 2 rate, 4 sigma, 8 baseline (the fields the assumption has). */
	flags: Uint8Array;
	method: Uint8Array;
	rate: Float64Array;
	sigma: Float64Array;
	baselineYear: Float64Array;
	baselineValue: Float64Array;
}

/** The assumption of each of entries `from … to − 1`. */
export function packAssumptions(
	of: (e: number) => Assumption | undefined,
	from: number,
	to: number
): PackedAssumptions {
	const n = to - from;
	const p: PackedAssumptions = {
		flags: new Uint8Array(n),
		method: new Uint8Array(n),
		rate: new Float64Array(n),
		sigma: new Float64Array(n),
		baselineYear: new Float64Array(n),
		baselineValue: new Float64Array(n)
	};
	for (let i = 0; i < n; i++) {
		const a = of(from + i);
		if (a === undefined) continue;
		let flags = 0;
		if (a.method !== undefined) {
			flags |= 1;
			p.method[i] = METHODS.indexOf(a.method);
		}
		if (a.rate !== undefined) {
			flags |= 2;
			p.rate[i] = a.rate;
		}
		if (a.sigma !== undefined) {
			flags |= 4;
			p.sigma[i] = a.sigma;
		}
		if (a.baseline !== undefined) {
			flags |= 8;
			p.baselineYear[i] = a.baseline.year;
			p.baselineValue[i] = a.baseline.value;
		}
		p.flags[i] = flags;
	}
	return p;
}

/** Assumption `i` of a packed list (undefined when it has no field). */
export function unpackAssumption(p: PackedAssumptions, i: number): Assumption | undefined {
	const flags = p.flags[i]!;
	if (flags === 0) return undefined;
	const a: Assumption = {};
	if (flags & 1) a.method = METHODS[p.method[i]!]!;
	if (flags & 2) a.rate = p.rate[i]!;
	if (flags & 4) a.sigma = p.sigma[i]!;
	if (flags & 8) a.baseline = { year: p.baselineYear[i]!, value: p.baselineValue[i]! };
	return a;
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

/**
 * Entries `from … to − 1` of `input` as an input of their own (to post to a worker): their
 * actuals, the national series they borrow from, and their target groups, renumbered.
 */
export function shareOf(input: BatchInput, from: number, to: number): BatchInput {
	const n = to - from;
	const years: number[] = [];
	const values: number[] = [];
	const copied = new Map<number, number>();
	const copy = (start: number, end: number): number => {
		let at = copied.get(start);
		if (at === undefined) {
			at = years.length;
			for (let p = start; p < end; p++) {
				years.push(input.years[p]!);
				values.push(input.values[p]!);
			}
			copied.set(start, at);
		}
		return at;
	};
	const share: BatchInput = {
		count: n,
		pointStart: new Int32Array(n),
		pointEnd: new Int32Array(n),
		years: new Float64Array(0),
		values: new Float64Array(0),
		lo: input.lo.slice(from, to),
		hi: input.hi.slice(from, to),
		down: input.down.slice(from, to),
		breakYear: input.breakYear.slice(from, to),
		nationalStart: new Int32Array(n),
		nationalEnd: new Int32Array(n),
		nationalBreak: input.nationalBreak.slice(from, to),
		conflictYears: new Map(),
		groupStart: new Int32Array(n + 1),
		groups: new Int32Array(input.groupStart[to]! - input.groupStart[from]!),
		targetYear: new Float64Array(0),
		targetHorizon: new Float64Array(0),
		comparator: new Uint8Array(0),
		value: new Float64Array(0),
		valueMax: new Float64Array(0),
		planStart: new Float64Array(0)
	};
	const groupIds: number[] = [];
	for (let i = 0; i < n; i++) {
		const e = from + i;
		const at = copy(input.pointStart[e]!, input.pointEnd[e]!);
		share.pointStart[i] = at;
		share.pointEnd[i] = at + input.pointEnd[e]! - input.pointStart[e]!;
		const ns = input.nationalStart[e]!;
		if (ns >= 0) {
			const nat = copy(ns, input.nationalEnd[e]!);
			share.nationalStart[i] = nat;
			share.nationalEnd[i] = nat + input.nationalEnd[e]! - ns;
		} else share.nationalStart[i] = share.nationalEnd[i] = -1;
		const years = input.conflictYears.get(e);
		if (years) share.conflictYears.set(i, years);
		share.groupStart[i] = groupIds.length;
		for (let k = input.groupStart[e]!; k < input.groupStart[e + 1]!; k++) {
			share.groups[groupIds.length] = groupIds.length;
			groupIds.push(input.groups[k]!);
		}
	}
	share.groupStart[n] = groupIds.length;
	share.years = Float64Array.from(years);
	share.values = Float64Array.from(values);
	const pick = <A extends Float64Array | Uint8Array>(a: A, make: (n: number) => A): A => {
		const out = make(groupIds.length);
		groupIds.forEach((g, k) => (out[k] = a[g]!));
		return out;
	};
	share.targetYear = pick(input.targetYear, (k) => new Float64Array(k));
	share.targetHorizon = pick(input.targetHorizon, (k) => new Float64Array(k));
	share.comparator = pick(input.comparator, (k) => new Uint8Array(k));
	share.value = pick(input.value, (k) => new Float64Array(k));
	share.valueMax = pick(input.valueMax, (k) => new Float64Array(k));
	share.planStart = pick(input.planStart, (k) => new Float64Array(k));
	return share;
}

/** The buffers of a share, moved to the worker rather than copied. */
export function shareBuffers(share: BatchInput): ArrayBuffer[] {
	const out: ArrayBuffer[] = [];
	for (const v of Object.values(share))
		if (ArrayBuffer.isView(v)) out.push(v.buffer as ArrayBuffer);
	return out;
}
