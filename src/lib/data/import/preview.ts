/**
 * What the preview shows of the data itself: the first figures as they will be imported, once
 * mapped (region, indicator, year, value, unit), and the comparison with what is loaded, again
 * after the analyst's mapping (a conflict may only appear once `重庆` is read as 重庆市).
 */
import type { Dataset, Observation, Target } from '../model.ts';
import { indexDataset } from '../registry.ts';
import { mapAddition } from './apply.ts';
import { findConflicts, type FigureRows } from './compare.ts';
import type { Conflict, ImportMapping, ImportReport, PreviewRow } from './types.ts';

/** How many figures the preview lists. */
export const PREVIEW_ROWS = 12;

/**
 * The first figures of an addition (observations first, then targets), with their units and
 * the names of their regions and indicators (loaded ones from `base`, new ones their own).
 */
export function previewRows(
	base: Dataset,
	addition: Dataset,
	rows?: FigureRows,
	limit = PREVIEW_ROWS
): PreviewRow[] {
	const idx = indexDataset(base);
	const added = indexDataset(addition);
	const label = (item: { zh: string; en: string } | undefined, id: string) =>
		item ? { zh: item.zh, en: item.en } : { zh: id, en: id };
	const out: PreviewRow[] = [];
	const take = (
		list: readonly (Observation | Target)[],
		lines: readonly number[] | undefined,
		kind: PreviewRow['kind']
	) => {
		for (let i = 0; i < list.length && out.length < limit; i++) {
			const f = list[i] as Observation | Target;
			const indicator = idx.indicators.byId(f.indicator) ?? added.indicators.byId(f.indicator);
			out.push({
				row: lines?.[i] ?? 0,
				kind,
				region: f.region,
				indicator: f.indicator,
				regionName: label(idx.regions.byId(f.region) ?? added.regions.byId(f.region), f.region),
				indicatorName: label(indicator, f.indicator),
				year: f.year,
				value: f.value,
				unit: f.unit ?? indicator?.unit ?? '',
				comparator: 'comparator' in f ? f.comparator : null
			});
		}
	};
	take(addition.observations, rows?.observations, 'actual');
	take(addition.targets, rows?.targets, 'target');
	return out;
}

/** The preview's figures and conflicts once `mapping` is applied; figures that would be added. */
export interface Review {
	figures: number;
	alreadyLoaded: number;
	preview: PreviewRow[];
	conflicts: Conflict[];
}

/** The preview again under the analyst's mapping (conflicts found after `重庆` → 重庆市, too). */
export function review(base: Dataset, report: ImportReport, mapping: ImportMapping): Review {
	const { addition, index, alreadyLoaded } = mapAddition(base, report, mapping);
	const rows = {
		observations: index.observations.map((i) => report.rows.observations[i] ?? 0),
		targets: index.targets.map((i) => report.rows.targets[i] ?? 0)
	};
	return {
		figures: addition.observations.length + addition.targets.length,
		alreadyLoaded: report.alreadyLoaded + alreadyLoaded,
		preview: previewRows(base, addition, rows),
		conflicts: findConflicts(base, addition, rows)
	};
}
