/** Regions grouped by level for pickers, in the order national → county. */
import type { Region, RegionLevel } from '../data/model.ts';
import { REGION_LEVELS } from '../data/vocabulary.ts';
import { regionName, type Lang } from '../i18n/format.ts';
import { nameKey } from '../domain/text.ts';

export interface RegionGroup {
	level: RegionLevel;
	regions: Region[];
}

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
