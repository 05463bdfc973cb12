/**
 * What a scenario runner is built from, once per dataset: every region × indicator with data or
 * targets, its actuals and traits, the context of its series (break, conflicts, the national
 * series to borrow a spread from), and its targets as the analyst reads them (one per year, at
 * their source's horizon when undated).
 */
import { seriesOf } from '../data/dataset.ts';
import type { Dataset, Indicator } from '../data/model.ts';
import { indexDataset } from '../data/registry.ts';
import { targetGroups } from '../data/targets.ts';
import {
	defaultBounds,
	type IndicatorTraits,
	type Point,
	type SeriesContext,
	type TargetSpec
} from '../domain/engine/index.ts';
import { seriesKey } from './apply.ts';
import type { ResultRow } from './run.ts';
import { FALLBACK_BASE_YEAR } from './settings.ts';

/** One region × indicator: its actuals, traits, series context and targets. */
export interface SeriesEntry {
	key: string;
	region: string;
	indicator: Indicator;
	points: Point[];
	traits: IndicatorTraits;
	context: SeriesContext;
	targets: EntryTarget[];
}

export interface EntryTarget {
	target: ResultRow['target'];
	revisions: ResultRow['revisions'];
	index: number;
	baseYear: number;
	spec: TargetSpec;
	horizonFrom: ResultRow['horizonFrom'];
}

export function indicatorTraits(indicator: Indicator): IndicatorTraits {
	return {
		bounds: defaultBounds(indicator.unit, indicator.lowerBound, indicator.upperBound),
		direction: indicator.direction
	};
}

/** The series entries of a dataset, in the order their data first appears. */
export function seriesEntries(dataset: Dataset): SeriesEntry[] {
	const idx = indexDataset(dataset);
	const national = dataset.regions.find((r) => r.level === 'national')?.id;
	const byKey = new Map<string, SeriesEntry>();
	const entry = (region: string, indicatorId: string): SeriesEntry | undefined => {
		const key = seriesKey(region, indicatorId);
		let e = byKey.get(key);
		if (!e) {
			const indicator = idx.indicators.byId(indicatorId);
			if (!indicator) return undefined;
			const series = seriesOf(dataset, region, indicatorId);
			const points = series.map((p) => ({ year: p.year, value: p.value }));
			const conflictYears = series
				.filter((p) => p.conflicts.length > 0 || p.disputed !== null)
				.map((p) => p.year);
			const context: SeriesContext = {
				breakYear: breakYearOf(dataset, region, indicatorId),
				conflictYears,
				national:
					national !== undefined && national !== region
						? {
								series: seriesOf(dataset, national, indicatorId),
								breakYear: breakYearOf(dataset, national, indicatorId)
							}
						: null
			};
			const traits = indicatorTraits(indicator);
			e = { key, region, indicator, points, traits, context, targets: [] };
			byKey.set(key, e);
		}
		return e;
	};
	for (const o of dataset.observations) if (o.year !== null) entry(o.region, o.indicator);
	targetGroups(dataset).forEach(({ target, revisions }, index) => {
		const sources = target.provenance.map((p) => idx.sources.get(p.source));
		const planStart = sources.map((s) => s?.planStart).find((y) => y !== undefined);
		const sourceHorizon = sources.map((s) => s?.horizon).find((y) => y !== undefined);
		const horizon = target.horizon ?? sourceHorizon ?? null;
		entry(target.region, target.indicator)?.targets.push({
			target,
			revisions,
			index,
			baseYear: planStart ?? FALLBACK_BASE_YEAR,
			spec: {
				year: target.year,
				horizon,
				comparator: target.comparator,
				value: target.value,
				valueMax: target.valueMax
			},
			horizonFrom:
				target.year !== null
					? null
					: target.horizon !== undefined
						? 'figure'
						: sourceHorizon !== undefined
							? 'source'
							: 'scenario'
		});
	});
	return [...byKey.values()];
}

/** The first year of the new series after a break in `conflicts.csv`, if any. */
function breakYearOf(dataset: Dataset, region: string, indicator: string): number | null {
	for (const c of dataset.conflicts ?? []) {
		if (c.region === region && c.indicator === indicator && c.breakYear !== undefined)
			return c.breakYear;
	}
	return null;
}
