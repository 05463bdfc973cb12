/** What the region and indicator pickers list, grouped and sorted for the language. Pure. */
import { indicatorsOfRegion } from '../data/byRegion.ts';
import type { Dataset, Indicator, Region, RegionLevel } from '../data/model.ts';
import { REGION_LEVELS } from '../data/vocabulary.ts';
import { indicatorName, regionName, type Lang } from '../i18n/format.ts';
import { nameKey } from '../domain/text.ts';

export interface RegionGroup {
	level: RegionLevel;
	regions: Region[];
}

/** Regions grouped by level, national → county, matching `query` by name or alias. */
export function groupRegions(regions: readonly Region[], lang: Lang, query = ''): RegionGroup[] {
	const q = nameKey(query);
	const match = (r: Region) =>
		!q || [r.zh, r.en, r.id, ...r.aliases].some((n) => nameKey(n).includes(q));
	const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en');
	return REGION_LEVELS.map((level) => ({
		level,
		regions: regions
			.filter((r) => r.level === level && match(r))
			.sort((a, b) => collator.compare(regionName(a, lang), regionName(b, lang)))
	})).filter((g) => g.regions.length > 0);
}

export const QUICK_SETS = ['national', 'provinces', 'cqDistricts', 'none'] as const;
export type QuickSet = (typeof QUICK_SETS)[number];

/** The regions of a quick set (the national series, every province, Chongqing's districts). */
export function quickSet(kind: QuickSet, regions: readonly Region[], focus: string): string[] {
	const cq = regions.find((r) => r.zh === '重庆市');
	const pick = (r: Region) =>
		kind === 'national'
			? r.level === 'national'
			: kind === 'provinces'
				? r.level === 'province'
				: kind === 'cqDistricts'
					? r.parent !== undefined && r.parent === cq?.id
					: false;
	return regions.filter((r) => pick(r) && r.id !== focus).map((r) => r.id);
}

export const INDICATOR_GROUPS = ['withTarget', 'withData', 'other'] as const;
export type IndicatorGroupKey = (typeof INDICATOR_GROUPS)[number];

/** Indicators with targets of the region first, then those with its data, then the rest. */
export function indicatorGroups(
	dataset: Dataset,
	region: string,
	lang: Lang
): { key: IndicatorGroupKey; items: Indicator[] }[] {
	const { withTarget, withData } = indicatorsOfRegion(dataset, region);
	const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en');
	const all = [...dataset.indicators].sort((a, b) =>
		collator.compare(indicatorName(a, lang), indicatorName(b, lang))
	);
	return [
		{ key: 'withTarget', items: all.filter((i) => withTarget.has(i.id)) },
		{ key: 'withData', items: all.filter((i) => !withTarget.has(i.id) && withData.has(i.id)) },
		{ key: 'other', items: all.filter((i) => !withTarget.has(i.id) && !withData.has(i.id)) }
	];
}
