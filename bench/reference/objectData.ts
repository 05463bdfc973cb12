/**
 * The object path the page used until issue 17, kept as the reference the columnar, packed and
 * incremental path is compared with (tests/unit/engine/fast-path.test.ts) and measured against
 * (npm run bench): a dataset's series and target groups built from its objects, exactly as
 * src/lib/data/dataset.ts and targets.ts built them then. Not used by the app.
 */
import type {
	Comparator,
	Dataset,
	Observation,
	Provenance,
	Target
} from '../../src/lib/data/model.ts';
import { indexDataset } from '../../src/lib/data/registry.ts';
import type { Revision, TargetGroup } from '../../src/lib/data/targets.ts';
import { sourceDate } from '../../src/lib/data/targets.ts';
import type { SeriesPoint } from '../../src/lib/data/dataset.ts';
import { SOURCE_PRECEDENCE, seriesKey } from '../../src/lib/data/vocabulary.ts';

/** How strongly a figure's sources rank (the highest of its provenances). */
function precedence(dataset: Dataset, figure: Observation | Target): number {
	const { sources } = indexDataset(dataset);
	let best = -1;
	for (const p of figure.provenance) {
		const kind = sources.get(p.source)?.kind;
		best = Math.max(best, kind ? SOURCE_PRECEDENCE[kind] : SOURCE_PRECEDENCE.import);
	}
	return best;
}

const seriesCache = new WeakMap<Dataset, Map<string, SeriesPoint[]>>();

/**
 * The actual series of one region × indicator, sorted by year. When several observations give
 * the same year, the higher-precedence source wins (the later one among equals); the others
 * stay attached as conflicts when their value differs.
 */
export function objectSeriesOf(
	dataset: Dataset,
	region: string,
	indicator: string
): readonly SeriesPoint[] {
	let bySeries = seriesCache.get(dataset);
	if (!bySeries) {
		bySeries = buildAllSeries(dataset);
		seriesCache.set(dataset, bySeries);
	}
	return bySeries.get(seriesKey(region, indicator)) ?? [];
}

function buildAllSeries(dataset: Dataset): Map<string, SeriesPoint[]> {
	const groups = new Map<string, Map<number, Observation[]>>();
	for (const o of dataset.observations) {
		if (o.year === null) continue;
		const key = seriesKey(o.region, o.indicator);
		let years = groups.get(key);
		if (!years) groups.set(key, (years = new Map()));
		const list = years.get(o.year);
		if (list) list.push(o);
		else years.set(o.year, [o]);
	}
	const out = new Map<string, SeriesPoint[]>();
	for (const [key, years] of groups) {
		const points: SeriesPoint[] = [];
		for (const [year, list] of years) {
			let winner = list[0] as Observation;
			let rank = precedence(dataset, winner);
			for (const o of list.slice(1)) {
				const r = precedence(dataset, o);
				if (r >= rank) [winner, rank] = [o, r];
			}
			const conflicts = list.filter((o) => o !== winner && o.value !== winner.value);
			const [region, indicator] = key.split('\u0000');
			const disputed =
				dataset.conflicts?.find(
					(c) => c.region === region && c.indicator === indicator && c.years.includes(year)
				) ?? null;
			points.push({ year, value: winner.value, observation: winner, conflicts, disputed });
		}
		points.sort((a, b) => a.year - b.year);
		out.set(key, points);
	}
	return out;
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
export function objectTargetGroups(dataset: Dataset): readonly TargetGroup[] {
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
