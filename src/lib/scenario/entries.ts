/**
 * What a scenario runner is built from, once per dataset, by column: every region × indicator
 * with data or targets (an "entry"), its actuals and traits, the context of its series (break,
 * conflicts, the national series to borrow a spread from), and its target groups as the analyst
 * reads them (one per year, at their source's horizon when undated). Typed arrays throughout, so
 * that a share of it can be handed to a worker as it is (./batch.ts).
 */
import { seriesIndex } from '../data/dataset.ts';
import type { Dataset, Indicator } from '../data/model.ts';
import { indexDataset } from '../data/registry.ts';
import { seriesKeyIn } from '../data/seriesKeys.ts';
import { groupsOfKey, targetGroupIndex } from '../data/targets.ts';
import { COMPARATORS } from '../data/vocabulary.ts';
import { defaultBounds, type IndicatorTraits } from '../domain/engine/index.ts';
import { seriesKey } from './apply.ts';
import { FALLBACK_BASE_YEAR } from './settings.ts';

export function indicatorTraits(indicator: Indicator): IndicatorTraits {
	return {
		bounds: defaultBounds(indicator.unit, indicator.lowerBound, indicator.upperBound),
		direction: indicator.direction
	};
}

/** Where an undated target's judgement year comes from (see `ResultRow.horizonFrom`). */
export const HORIZON_FROM = [null, 'figure', 'source', 'scenario'] as const;
export type HorizonFrom = (typeof HORIZON_FROM)[number];

/**
 * The part of the input the batch assessment reads (./batch.ts): entry `e`'s actuals are
 * `years/values[pointStart[e] … pointEnd[e] − 1]` in year order, its target groups
 * `groups[groupStart[e] … groupStart[e + 1] − 1]`, each group's spec in the group columns.
 */
export interface BatchInput {
	count: number;
	pointStart: Int32Array;
	pointEnd: Int32Array;
	years: Float64Array;
	values: Float64Array;
	lo: Float64Array;
	hi: Float64Array;
	/** 1 for a "lower is better" indicator. */
	down: Uint8Array;
	/** The first year after a series break; NaN for none. */
	breakYear: Float64Array;
	/** The national series of the same indicator (its points), start −1 for none or itself. */
	nationalStart: Int32Array;
	nationalEnd: Int32Array;
	nationalBreak: Float64Array;
	/** Years with a conflict or a known dispute, for the entries that have any. */
	conflictYears: Map<number, number[]>;
	groupStart: Int32Array;
	groups: Int32Array;
	/** Per group: the target's year (NaN: not stated), the horizon it is judged at (NaN: none). */
	targetYear: Float64Array;
	targetHorizon: Float64Array;
	comparator: Uint8Array;
	value: Float64Array;
	/** NaN for null. */
	valueMax: Float64Array;
	/** The plan's first year from the target's sources (else engine.md's fallback). */
	planStart: Float64Array;
}

/** Everything a runner reads, for every entry, in the order the reference runner listed them. */
export interface RunnerInput extends BatchInput {
	keys: readonly string[];
	byKey: ReadonlyMap<string, number>;
	region: readonly string[];
	indicator: readonly Indicator[];
	/** Per group: where an undated target's year came from (an index of {@link HORIZON_FROM}). */
	horizonFrom: Uint8Array;
}

const cache = new WeakMap<Dataset, RunnerInput>();

/** The runner's input for a dataset, built once per dataset (see the module's comment). */
export function runnerInput(dataset: Dataset): RunnerInput {
	let input = cache.get(dataset);
	if (!input) {
		input = buildInput(dataset);
		cache.set(dataset, input);
	}
	return input;
}

function buildInput(dataset: Dataset): RunnerInput {
	const idx = indexDataset(dataset);
	const series = seriesIndex(dataset);
	const strings = series.columns.strings.list;
	const groupIndex = targetGroupIndex(dataset);
	const groupsByKey = groupsOfKey(dataset);
	const keys: string[] = [];
	const region: string[] = [];
	const indicator: Indicator[] = [];
	const seriesOfEntry: number[] = [];
	const byKey = new Map<string, number>();
	// Keys from seriesKeyIn: the resolved assumptions are keyed by the same strings.
	const add = (r: string, ind: string, s: number): void => {
		const key = seriesKeyIn(dataset, r, ind);
		if (byKey.has(key)) return;
		const i = idx.indicators.byId(ind);
		if (!i) return;
		byKey.set(key, keys.push(key) - 1);
		region.push(r);
		indicator.push(i);
		seriesOfEntry.push(s);
	};
	// The series with data, in the order their data first appears; then those with targets only.
	for (let s = 0; s < series.count; s++)
		add(strings[series.region[s]!]!, strings[series.indicator[s]!]!, s);
	const t = groupIndex.columns;
	for (let g = 0; g < groupIndex.count; g++) {
		const key = groupIndex.key[g]!;
		if (byKey.has(key)) continue;
		const head = t.figure(groupIndex.head[g]!);
		add(head.region, head.indicator, series.byKey.get(key) ?? -1);
	}
	const count = keys.length;
	const national = dataset.regions.find((r) => r.level === 'national')?.id;
	const breaks = breakYears(dataset);
	// Per indicator: its traits, and the national series (and its break) to borrow from.
	const perIndicator = new Map<Indicator, { traits: IndicatorTraits; ns?: number; nb: number }>();
	const ofIndicator = (i: Indicator) => {
		let v = perIndicator.get(i);
		if (!v) {
			const key = national !== undefined ? seriesKey(national, i.id) : undefined;
			v = {
				traits: indicatorTraits(i),
				ns: key === undefined ? undefined : series.byKey.get(key),
				nb: key === undefined ? NaN : (breaks.get(key) ?? NaN)
			};
			perIndicator.set(i, v);
		}
		return v;
	};
	const input: RunnerInput = {
		count,
		keys,
		byKey,
		region,
		indicator,
		pointStart: new Int32Array(count),
		pointEnd: new Int32Array(count),
		years: series.year,
		values: series.value,
		lo: new Float64Array(count),
		hi: new Float64Array(count),
		down: new Uint8Array(count),
		breakYear: new Float64Array(count),
		nationalStart: new Int32Array(count),
		nationalEnd: new Int32Array(count),
		nationalBreak: new Float64Array(count),
		conflictYears: new Map(),
		groupStart: new Int32Array(count + 1),
		groups: new Int32Array(groupIndex.count),
		...groupColumns(dataset, groupIndex.count)
	};
	let g = 0;
	for (let e = 0; e < count; e++) {
		const s = seriesOfEntry[e]!;
		input.pointStart[e] = s >= 0 ? series.start[s]! : 0;
		input.pointEnd[e] = s >= 0 ? series.start[s + 1]! : 0;
		const of = ofIndicator(indicator[e]!);
		input.lo[e] = of.traits.bounds.lo;
		input.hi[e] = of.traits.bounds.hi;
		input.down[e] = of.traits.direction === 'down' ? 1 : 0;
		input.breakYear[e] = breaks.size > 0 ? (breaks.get(keys[e]!) ?? NaN) : NaN;
		const ns = national !== region[e] ? of.ns : undefined;
		input.nationalStart[e] = ns === undefined ? -1 : series.start[ns]!;
		input.nationalEnd[e] = ns === undefined ? -1 : series.start[ns + 1]!;
		input.nationalBreak[e] = of.nb;
		if (s >= 0) {
			const years: number[] = [];
			for (let p = series.start[s]!; p < series.start[s + 1]!; p++)
				if (series.conflictRows.has(p) || series.disputed.has(p)) years.push(series.year[p]!);
			if (years.length > 0) input.conflictYears.set(e, years);
		}
		input.groupStart[e] = g;
		for (const id of groupsByKey.get(keys[e]!) ?? []) input.groups[g++] = id;
	}
	input.groupStart[count] = g;
	if (g < input.groups.length) input.groups = input.groups.slice(0, g);
	return input;
}

/** The engine's view of each target group, and where its judgement year comes from. */
function groupColumns(dataset: Dataset, count: number) {
	const { sources } = indexDataset(dataset);
	const index = targetGroupIndex(dataset);
	const t = index.columns;
	const out = {
		targetYear: new Float64Array(count),
		targetHorizon: new Float64Array(count),
		comparator: new Uint8Array(count),
		value: new Float64Array(count),
		valueMax: new Float64Array(count),
		planStart: new Float64Array(count),
		horizonFrom: new Uint8Array(count)
	};
	// The plan's start and end of each provenance list's sources (the first that has one).
	const listYears = new Map<number, [number | undefined, number | undefined]>();
	const yearsOf = (id: number) => {
		let y = listYears.get(id);
		if (!y) {
			let planStart: number | undefined;
			let horizon: number | undefined;
			for (const p of t.lists.lists[id]!) {
				const s = sources.get(p.source);
				planStart ??= s?.planStart;
				horizon ??= s?.horizon;
			}
			listYears.set(id, (y = [planStart, horizon]));
		}
		return y;
	};
	for (let g = 0; g < count; g++) {
		const head = index.head[g]!;
		// The group's provenance: the current member's, then the others' in data order.
		let [planStart, sourceHorizon] = yearsOf(t.provenance[head]!);
		for (let k = index.memberStart[g]!; k < index.memberStart[g + 1]!; k++) {
			if (index.members[k] === head) continue;
			const [p, h] = yearsOf(t.provenance[index.members[k]!]!);
			planStart ??= p;
			sourceHorizon ??= h;
		}
		const year = t.yearOf(head);
		const own = t.horizonOf(head);
		const horizon = own ?? sourceHorizon ?? null;
		out.targetYear[g] = year ?? NaN;
		out.targetHorizon[g] = horizon ?? NaN;
		out.comparator[g] = CODE[index.comparator[g]!];
		out.value[g] = t.valueOf(head);
		out.valueMax[g] = t.valueMaxOf(head) ?? NaN;
		out.planStart[g] = planStart ?? FALLBACK_BASE_YEAR;
		out.horizonFrom[g] =
			year !== null ? 0 : own !== undefined ? 1 : sourceHorizon !== undefined ? 2 : 3;
	}
	return out;
}

const CODE = Object.fromEntries(COMPARATORS.map((c, i) => [c, i])) as Record<
	(typeof COMPARATORS)[number],
	number
>;

/** The first year of the new series after a break in `conflicts.csv`, per series. */
function breakYears(dataset: Dataset): Map<string, number> {
	const out = new Map<string, number>();
	for (const c of dataset.conflicts ?? []) {
		const key = seriesKey(c.region, c.indicator);
		if (c.breakYear !== undefined && !out.has(key)) out.set(key, c.breakYear);
	}
	return out;
}
