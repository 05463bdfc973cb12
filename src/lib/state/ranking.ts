/**
 * The ranking view: every region of a level (the provinces), or the children of one region (a
 * city's districts), for one indicator and year — the actual of that year, else the value between
 * the actuals around it, else the projection — best first, with the national value. Pure.
 */
import { seriesOf } from '../data/dataset.ts';
import type { Dataset, Region, RegionLevel } from '../data/model.ts';
import { REGION_LEVELS } from '../data/vocabulary.ts';
import type { Direction, Projection } from '../domain/engine/index.ts';
import type { View } from './view.ts';
import { valueInYear } from './yearsBehind.ts';

/** Which regions are ranked: every region of a level, or the children of a region. */
export type RankScope = { level: RegionLevel; parent: null } | { level: null; parent: string };

/** How a ranked value was obtained. */
export type RankKind = 'actual' | 'interpolated' | 'projected';

export interface RankEntry {
	region: string;
	value: number;
	kind: RankKind;
	focus: boolean;
}

export interface Ranking {
	scope: RankScope;
	year: number;
	/** Best first (highest, or lowest where lower is better). */
	entries: RankEntry[];
	/** Regions of the scope with nothing for that year. */
	missing: string[];
	national: { region: string; value: number; kind: RankKind } | null;
}

/** The scopes worth offering: levels with two regions or more, and regions with children. */
export function rankScopes(regions: readonly Region[]): RankScope[] {
	const levels: RankScope[] = REGION_LEVELS.filter(
		(l) => l !== 'national' && regions.filter((r) => r.level === l).length >= 2
	).map((level) => ({ level, parent: null }));
	const parents = [...new Set(regions.map((r) => r.parent).filter((p): p is string => !!p))]
		.filter((p) => p !== nationalId(regions) && regions.some((r) => r.id === p))
		.map((parent) => ({ level: null, parent }) as RankScope);
	return [...levels, ...parents];
}

const nationalId = (regions: readonly Region[]) => regions.find((r) => r.level === 'national')?.id;

/** The scope the view names, else the focus region's peers (its siblings, or its level). */
export function rankScopeOf(
	view: Pick<View, 'region' | 'rankLevel' | 'rankParent'>,
	regions: readonly Region[]
): RankScope {
	if (view.rankParent !== null) return { level: null, parent: view.rankParent };
	if (view.rankLevel !== null) return { level: view.rankLevel, parent: null };
	const focus = regions.find((r) => r.id === view.region);
	if (focus?.parent && focus.parent !== nationalId(regions))
		return { level: null, parent: focus.parent };
	return { level: focus && focus.level !== 'national' ? focus.level : 'province', parent: null };
}

export function regionsOfScope(scope: RankScope, regions: readonly Region[]): Region[] {
	return regions.filter((r) =>
		scope.parent !== null ? r.parent === scope.parent : r.level === scope.level
	);
}

/**
 * A region's value in a year: its actual, between its actuals, else its projection — not a
 * latest value merely held flat (no trend), which would rank an old figure as if it were current.
 */
export function valueOf(
	dataset: Dataset,
	region: string,
	indicator: string,
	year: number,
	projection: Projection | undefined
): { value: number; kind: RankKind } | null {
	const points = seriesOf(dataset, region, indicator);
	const actual = points.find((p) => p.year === year);
	if (actual) return { value: actual.value, kind: 'actual' };
	const between = valueInYear(points, year);
	if (between !== null) return { value: between, kind: 'interpolated' };
	const anchor = projection?.anchor;
	if (projection && anchor && year > anchor.year && !projection.noTrend)
		return { value: projection.valueAt(year), kind: 'projected' };
	return null;
}

/**
 * The year a ranking opens on: the one in which the most of the regions have an actual (the
 * latest of those), so that it compares actuals rather than estimates; null when none has any.
 */
export function bestYear(
	dataset: Dataset,
	regions: readonly string[],
	indicator: string
): number | null {
	const counts = new Map<number, number>();
	for (const r of regions)
		for (const p of seriesOf(dataset, r, indicator))
			counts.set(p.year, (counts.get(p.year) ?? 0) + 1);
	let best: number | null = null;
	for (const [year, n] of counts) {
		const m = best === null ? -1 : counts.get(best)!;
		if (n > m || (n === m && year > best!)) best = year;
	}
	return best;
}

export interface RankingInput {
	dataset: Dataset;
	scope: RankScope;
	indicator: string;
	direction: Direction;
	year: number;
	focus: string;
	/** Each region's projection, by region id. */
	projections: ReadonlyMap<string, Projection>;
}

export function ranking(input: RankingInput): Ranking {
	const { dataset, indicator, year } = input;
	const entries: RankEntry[] = [];
	const missing: string[] = [];
	for (const r of regionsOfScope(input.scope, dataset.regions)) {
		const v = valueOf(dataset, r.id, indicator, year, input.projections.get(r.id));
		if (v) entries.push({ region: r.id, ...v, focus: r.id === input.focus });
		else missing.push(r.id);
	}
	const sign = input.direction === 'down' ? 1 : -1;
	entries.sort((a, b) => sign * (a.value - b.value) || a.region.localeCompare(b.region));
	const nat = nationalId(dataset.regions);
	const natValue = nat ? valueOf(dataset, nat, indicator, year, input.projections.get(nat)) : null;
	return {
		scope: input.scope,
		year,
		entries,
		missing,
		national: nat && natValue ? { region: nat, ...natValue } : null
	};
}
