/**
 * Targets as the analyst reads them (engine.md, "Targets without a year, duplicates and
 * revisions"): one target per region × indicator × year with every source that states it, the
 * current value when sources differ and the values it replaced. Pure; cached per dataset.
 */
import type { Comparator, Dataset, Provenance, Source, Target } from './model.ts';
import { indexDataset } from './registry.ts';
import { seriesKey } from './vocabulary.ts';

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

const groupKey = (t: Target): string =>
	[t.region, t.indicator, t.year ?? `~${t.horizon ?? ''}`, FAMILY[t.comparator]].join('\u0000');

const sameValue = (a: Target, b: Target): boolean =>
	a.value === b.value && a.valueMax === b.valueMax && FAMILY[a.comparator] === FAMILY[b.comparator];

const cache = new WeakMap<Dataset, TargetGroup[]>();

/**
 * The dataset's targets grouped by region × indicator × year (for a target without one, its
 * horizon) × kind of comparator, in the order the groups first appear. Which member is current:
 * the one with the latest source date when every member's source is dated, else the last in
 * data order (sources are listed oldest first, as the reference file does).
 */
export function targetGroups(dataset: Dataset): readonly TargetGroup[] {
	let groups = cache.get(dataset);
	if (groups) return groups;
	const { sources } = indexDataset(dataset);
	const dateOf = (t: Target): string | null => {
		let best: string | null = null;
		for (const p of t.provenance) {
			const d = sourceDate(sources.get(p.source));
			if (d === null) return null;
			if (best === null || d > best) best = d;
		}
		return best;
	};
	const byKey = new Map<string, Target[]>();
	for (const t of dataset.targets) {
		const key = groupKey(t);
		const list = byKey.get(key);
		if (list) list.push(t);
		else byKey.set(key, [t]);
	}
	groups = [...byKey.values()].map((members) => groupOf(members, dateOf));
	cache.set(dataset, groups);
	return groups;
}

function groupOf(members: Target[], dateOf: (t: Target) => string | null): TargetGroup {
	if (members.length === 1) return { target: members[0]!, revisions: [], members };
	const dates = members.map(dateOf);
	let current = members.length - 1;
	if (dates.every((d) => d !== null)) {
		for (let i = 0; i < members.length; i++) if (dates[i]! >= dates[current]!) current = i;
	}
	const head = members[current]!;
	const inclusive = INCLUSIVE[head.comparator];
	const comparator =
		inclusive && members.some((m) => m.comparator === inclusive && sameValue(m, head))
			? inclusive
			: head.comparator;
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

const byRegionIndicator = new WeakMap<Dataset, Map<string, TargetGroup[]>>();

/** The target groups of one region × indicator, in data order. */
export function targetGroupsOf(
	dataset: Dataset,
	region: string,
	indicator: string
): readonly TargetGroup[] {
	let map = byRegionIndicator.get(dataset);
	if (!map) {
		map = new Map();
		for (const g of targetGroups(dataset)) {
			const key = seriesKey(g.target.region, g.target.indicator);
			const list = map.get(key);
			if (list) list.push(g);
			else map.set(key, [g]);
		}
		byRegionIndicator.set(dataset, map);
	}
	return map.get(seriesKey(region, indicator)) ?? [];
}
