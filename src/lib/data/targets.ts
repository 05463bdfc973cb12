/**
 * Targets as the analyst reads them (engine.md, "Targets without a year, duplicates and
 * revisions"): one target per region × indicator × year with every source that states it, the
 * current value when sources differ and the values it replaced. Pure; cached per dataset.
 */
import { columnsOf, NO_YEAR } from './columnar.ts';
import type { FigureColumns } from './columns.ts';
import type { Comparator, Dataset, Provenance, Source, Target } from './model.ts';
import { indexDataset } from './registry.ts';
import { COMPARATORS, seriesKey } from './vocabulary.ts';

/** A value a later source replaced. */
export interface Revision {
	value: number;
	valueMax: number | null;
	comparator: Comparator;
	provenance: readonly Provenance[];
}

/** One target with all its sources. */
export interface TargetGroup {
	/** The current target: the latest source's value, with every source's provenance. */
	target: Target;
	/** Earlier values that differ from the current one, oldest first. */
	revisions: readonly Revision[];
	/** The dataset's targets merged here, in data order. */
	members: readonly Target[];
}

/**
 * `>` and `≥` of one value are one target: the inclusive comparator is kept, since 以上 and
 * 以下 include the number itself in Chinese planning and legal texts ("以上、以下，包括本数").
 */
const FAMILY: Readonly<Record<Comparator, string>> = {
	'>=': 'at-least',
	'>': 'at-least',
	'<=': 'at-most',
	'<': 'at-most',
	range: 'range',
	'rate>=': 'rate-at-least',
	'rate<=': 'rate-at-most'
};
const INCLUSIVE: Readonly<Partial<Record<Comparator, Comparator>>> = { '>': '>=', '<': '<=' };

/** The date of a source as `YYYY-MM-DD`-sortable text: its `date`, else one in its title. */
export function sourceDate(source: Source | undefined): string | null {
	if (!source) return null;
	if (source.date && /^\d{4}/.test(source.date)) return source.date;
	const m = /((?:19|20)\d\d)(?:[-./年](\d{1,2}))?(?:[-./月](\d{1,2}))?/.exec(source.title);
	if (!m) return null;
	const pad = (s: string | undefined) => (s ? s.padStart(2, '0') : '');
	return [m[1], pad(m[2]), pad(m[3])].filter(Boolean).join('-');
}

const sameValue = (a: Target, b: Target): boolean =>
	a.value === b.value && a.valueMax === b.valueMax && FAMILY[a.comparator] === FAMILY[b.comparator];

/**
 * The target groups of a dataset by column: group `g`'s members are the target rows
 * `members[memberStart[g]] … members[memberStart[g + 1] − 1]`, in data order; `head` is the
 * current one and `comparator` the comparator the group is judged by. Groups come in the order
 * they first appear, as {@link targetGroups} lists them.
 */
export interface TargetGroupIndex {
	readonly count: number;
	readonly memberStart: Int32Array;
	readonly members: Int32Array;
	readonly head: Int32Array;
	readonly comparator: readonly Comparator[];
	/** The region × indicator ({@link seriesKey}) of each group. */
	readonly key: readonly string[];
	readonly columns: FigureColumns<Target>;
}

const indexCache = new WeakMap<Dataset, TargetGroupIndex>();
const groupCache = new WeakMap<Dataset, TargetGroup[]>();

/** The target groups of a dataset, grouped once per dataset (see {@link TargetGroupIndex}). */
export function targetGroupIndex(dataset: Dataset): TargetGroupIndex {
	let index = indexCache.get(dataset);
	if (!index) {
		index = buildGroupIndex(dataset);
		indexCache.set(dataset, index);
	}
	return index;
}

/** A figure whose fields are not all of their column's type is grouped by its object. */
function isOdd(t: FigureColumns<Target>, i: number): boolean {
	return t.extra.size > 0 && t.extra.has(i);
}

function buildGroupIndex(dataset: Dataset): TargetGroupIndex {
	const t = columnsOf(dataset).targets;
	const s = t.strings.list;
	const width = s.length;
	const series = new Map<number, number>();
	/** Per series: pairs of (year and kind of comparator, group), usually one to three. */
	const seriesGroups: number[][] = [];
	const oddGroups = new Map<string, number>();
	const groupOfRow = new Int32Array(t.length);
	const counts: number[] = [];
	const keys: string[] = [];
	const seriesKeys: string[] = [];
	for (let i = 0; i < t.length; i++) {
		let g: number | undefined;
		let key: string;
		if (isOdd(t, i)) {
			const f = t.figure(i);
			const k = groupKeyOf(f);
			key = seriesKey(f.region, f.indicator);
			g = oddGroups.get(k);
			if (g === undefined) {
				oddGroups.set(k, (g = counts.push(0) - 1));
				keys.push(key);
			}
		} else {
			const sk = t.region[i]! * width + t.indicator[i]!;
			let id = series.get(sk);
			if (id === undefined) {
				id = seriesKeys.push(seriesKey(s[t.region[i]!]!, s[t.indicator[i]!]!)) - 1;
				series.set(sk, id);
				seriesGroups.push([]);
			}
			key = seriesKeys[id]!;
			const year = t.year[i]!;
			const horizon = t.has(i, 'horizon') ? t.horizon[i]! : undefined;
			const part =
				year !== NO_YEAR ? year + 40000 : horizon !== undefined ? 120000 + horizon : 200000;
			const sub = part * 4 + FAMILY_CODE[t.comparator[i]!]!;
			const pairs = seriesGroups[id]!;
			for (let k = 0; k < pairs.length; k += 2) if (pairs[k] === sub) g = pairs[k + 1];
			if (g === undefined) {
				g = counts.push(0) - 1;
				pairs.push(sub, g);
				keys.push(key);
			}
		}
		groupOfRow[i] = g;
		counts[g]!++;
	}
	const count = counts.length;
	const memberStart = new Int32Array(count + 1);
	for (let g = 0; g < count; g++) memberStart[g + 1] = memberStart[g]! + counts[g]!;
	const fill = memberStart.slice(0, count);
	const members = new Int32Array(t.length);
	for (let i = 0; i < t.length; i++) members[fill[groupOfRow[i]!]!++] = i;
	const dateOf = listDates(dataset, t);
	const head = new Int32Array(count);
	const comparator: Comparator[] = [];
	for (let g = 0; g < count; g++) {
		const from = memberStart[g]!;
		const to = memberStart[g + 1]!;
		let current = to - 1;
		if (to - from > 1) {
			let dated = true;
			for (let k = from; k < to && dated; k++) dated = dateOf(members[k]!) !== null;
			if (dated) {
				let best = dateOf(members[current]!)!;
				for (let k = from; k < to; k++) {
					const d = dateOf(members[k]!)!;
					if (d >= best) [current, best] = [k, d];
				}
			}
		}
		const h = members[current]!;
		head[g] = h;
		const cmp = t.comparatorOf(h);
		const inclusive = INCLUSIVE[cmp];
		let judged = cmp;
		if (inclusive) {
			for (let k = from; k < to; k++) {
				const m = members[k]!;
				if (t.comparatorOf(m) === inclusive && sameValueRows(t, m, h)) {
					judged = inclusive;
					break;
				}
			}
		}
		comparator.push(judged);
	}
	return { count, memberStart, members, head, comparator, key: keys, columns: t };
}

const groupKeyOf = (t: Target): string =>
	[t.region, t.indicator, t.year ?? `~${t.horizon ?? ''}`, FAMILY[t.comparator]].join('\u0000');

const FAMILY_CODE: readonly number[] = COMPARATORS.map((c) =>
	['at-least', 'at-most', 'range', 'rate-at-least', 'rate-at-most'].indexOf(FAMILY[c])
);

function sameValueRows(t: FigureColumns<Target>, a: number, b: number): boolean {
	return (
		t.valueOf(a) === t.valueOf(b) &&
		t.valueMaxOf(a) === t.valueMaxOf(b) &&
		FAMILY[t.comparatorOf(a)] === FAMILY[t.comparatorOf(b)]
	);
}

/** The date of each target row's sources (see {@link targetGroups}), computed once per list. */
function listDates(dataset: Dataset, t: FigureColumns<Target>): (row: number) => string | null {
	const { sources } = indexDataset(dataset);
	const memo = new Map<number, string | null>();
	return (row) => {
		const id = t.provenance[row]!;
		if (memo.has(id)) return memo.get(id)!;
		let best: string | null = null;
		for (const p of t.lists.lists[id]!) {
			const d = sourceDate(sources.get(p.source));
			if (d === null) {
				best = null;
				break;
			}
			if (best === null || d > best) best = d;
		}
		memo.set(id, best);
		return best;
	};
}

/** Group `g` with its figures (built once per group). */
export function targetGroupAt(dataset: Dataset, g: number): TargetGroup {
	let cache = groupCache.get(dataset);
	if (!cache) groupCache.set(dataset, (cache = []));
	let group = cache[g];
	if (!group) {
		const index = targetGroupIndex(dataset);
		const t = index.columns;
		const members: Target[] = [];
		for (let k = index.memberStart[g]!; k < index.memberStart[g + 1]!; k++)
			members.push(t.figure(index.members[k]!));
		group = groupOf(members, t.figure(index.head[g]!), index.comparator[g]!);
		cache[g] = group;
	}
	return group;
}

/**
 * The dataset's targets grouped by region × indicator × year (for a target without one, its
 * horizon) × kind of comparator, in the order the groups first appear. Which member is current:
 * the one with the latest source date when every member's source is dated, else the last in
 * data order (sources are listed oldest first, as the reference file does).
 */
export function targetGroups(dataset: Dataset): readonly TargetGroup[] {
	const { count } = targetGroupIndex(dataset);
	const out: TargetGroup[] = [];
	for (let g = 0; g < count; g++) out.push(targetGroupAt(dataset, g));
	return out;
}

function groupOf(members: Target[], head: Target, comparator: Comparator): TargetGroup {
	if (members.length === 1) return { target: members[0]!, revisions: [], members };
	const provenance: Provenance[] = [...head.provenance];
	for (const m of members) if (m !== head) provenance.push(...m.provenance);
	const revisions: Revision[] = members
		.filter((m) => m !== head && !sameValue(m, head))
		.map((m) => ({
			value: m.value,
			valueMax: m.valueMax,
			comparator: m.comparator,
			provenance: m.provenance
		}));
	return { target: { ...head, comparator, provenance }, revisions, members };
}

const groupsByKey = new WeakMap<Dataset, Map<string, number[]>>();

/** The numbers of the target groups of each region × indicator, in order. */
export function groupsOfKey(dataset: Dataset): ReadonlyMap<string, readonly number[]> {
	let map = groupsByKey.get(dataset);
	if (!map) {
		map = new Map();
		const { key } = targetGroupIndex(dataset);
		key.forEach((k, g) => {
			const list = map!.get(k);
			if (list) list.push(g);
			else map!.set(k, [g]);
		});
		groupsByKey.set(dataset, map);
	}
	return map;
}

/** The target groups of one region × indicator, in data order. */
export function targetGroupsOf(
	dataset: Dataset,
	region: string,
	indicator: string
): readonly TargetGroup[] {
	const groups = groupsOfKey(dataset).get(seriesKey(region, indicator)) ?? [];
	return groups.map((g) => targetGroupAt(dataset, g));
}
