/**
 * Operations on whole datasets: merging an addition, and reading one region × indicator
 * series with the precedence rule of engine.md (scenario > import > seed > reference).
 */
import type { ConflictNote, Dataset, Observation, Target } from './model.ts';
import { SOURCE_PRECEDENCE, seriesKey } from './vocabulary.ts';
import { indexDataset } from './registry.ts';

/** A new dataset with the addition's items appended (the inputs are not touched). */
export function mergeDataset(base: Dataset, addition: Dataset): Dataset {
	const merged: Dataset = {
		sources: [...base.sources, ...addition.sources],
		regions: [...base.regions, ...addition.regions],
		indicators: [...base.indicators, ...addition.indicators],
		observations: [...base.observations, ...addition.observations],
		targets: [...base.targets, ...addition.targets]
	};
	const conflicts = [...(base.conflicts ?? []), ...(addition.conflicts ?? [])];
	if (conflicts.length > 0) merged.conflicts = conflicts;
	return merged;
}

/** How strongly a figure's sources rank (the highest of its provenances). */
export function precedence(dataset: Dataset, figure: Observation | Target): number {
	const { sources } = indexDataset(dataset);
	let best = -1;
	for (const p of figure.provenance) {
		const kind = sources.get(p.source)?.kind;
		best = Math.max(best, kind ? SOURCE_PRECEDENCE[kind] : SOURCE_PRECEDENCE.import);
	}
	return best;
}

/** One year of a series: the value used, and any other values given for that year. */
export interface SeriesPoint {
	year: number;
	value: number;
	observation: Observation;
	/** Values for the same year that lost on precedence and differ from the winner. */
	conflicts: Observation[];
	/** A known disagreement between sources that covers this year, if any. */
	disputed: ConflictNote | null;
}

const seriesCache = new WeakMap<Dataset, Map<string, SeriesPoint[]>>();

/**
 * The actual series of one region × indicator, sorted by year. When several observations give
 * the same year, the higher-precedence source wins (the later one among equals); the others
 * stay attached as conflicts when their value differs.
 */
export function seriesOf(
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

const targetCache = new WeakMap<Dataset, Map<string, Target[]>>();

/** The targets of one region × indicator, in data order (indexed once per dataset). */
export function targetsOf(dataset: Dataset, region: string, indicator: string): readonly Target[] {
	let byKey = targetCache.get(dataset);
	if (!byKey) {
		byKey = new Map();
		for (const t of dataset.targets) {
			const key = seriesKey(t.region, t.indicator);
			const list = byKey.get(key);
			if (list) list.push(t);
			else byKey.set(key, [t]);
		}
		targetCache.set(dataset, byKey);
	}
	return byKey.get(seriesKey(region, indicator)) ?? [];
}
