/**
 * What My data shows of one layer when it is inspected: what the import report said, the
 * sources, the regions and indicators it brought, and its first figures with their names.
 * Pure; the names come from the loaded data (or the layer's own, for what only it has).
 */
import type { DataLayer } from '../data/layers.ts';
import type { Dataset } from '../data/model.ts';
import { indexDataset } from '../data/registry.ts';
import { formatValue, indicatorName, regionName, type Lang } from '../i18n/format.ts';

/** How many figures an inspected layer lists. */
export const FIRST_FIGURES = 10;

export interface LayerFigure {
	region: string;
	indicator: string;
	year: string;
	value: string;
}

export interface LayerDetails {
	sources: string[];
	/** Regions and indicators the built-in data does not have. */
	newRegions: string[];
	newIndicators: string[];
	figures: LayerFigure[];
}

export function layerDetails(
	layer: DataLayer,
	builtIn: Dataset,
	loaded: Dataset,
	lang: Lang
): LayerDetails | null {
	const data = layer.data;
	if (!data) return null;
	const own = indexDataset(data);
	const idx = indexDataset(loaded);
	const base = indexDataset(builtIn);
	const region = (id: string) => regionName(idx.regions.byId(id) ?? own.regions.byId(id), lang, id);
	const indicator = (id: string) => idx.indicators.byId(id) ?? own.indicators.byId(id);
	const figures = [...data.observations, ...data.targets].slice(0, FIRST_FIGURES).map((f) => {
		const ind = indicator(f.indicator);
		const value = formatValue(f.value, f.unit ?? ind?.unit ?? '', lang, 6);
		return {
			region: region(f.region),
			indicator: indicatorName(ind, lang, f.indicator),
			year: f.year === null ? '—' : String(f.year),
			value: 'comparator' in f ? `${f.comparator} ${value}` : value
		};
	});
	return {
		sources: data.sources.map((s) => s.title),
		newRegions: data.regions
			.filter((r) => !base.regions.byId(r.id))
			.map((r) => regionName(r, lang)),
		newIndicators: data.indicators
			.filter((i) => !base.indicators.byId(i.id))
			.map((i) => indicatorName(i, lang)),
		figures
	};
}
