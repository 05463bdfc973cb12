/** What is on screen, and its default (the Chongqing plan's view). Pure. */
import type { DatasetIndex } from '../data/registry.ts';

export type ChartMode = 'value' | 'share';

/** Region and indicator fields hold ids. */
export interface ViewState {
	region: string;
	compare: string[];
	indicator: string;
	mode: ChartMode;
	/** Scorecard: the focus region's targets, or every region's. */
	scope: 'focus' | 'all';
	/** Scorecard filters: one milestone column, one status; null shows all. */
	milestone: number | null;
	status: string | null;
}

/** Names of the default view, resolved against the data at start. */
export const DEFAULT_VIEW_NAMES = {
	region: '重庆市',
	compare: ['浙江省', '福建省', '全国'],
	indicator: '高等教育毛入学率'
} as const;

export function defaultView(index: DatasetIndex): ViewState {
	const region = index.regions.resolve(DEFAULT_VIEW_NAMES.region) ?? index.dataset.regions[0];
	const indicator =
		index.indicators.resolve(DEFAULT_VIEW_NAMES.indicator) ?? index.dataset.indicators[0];
	return {
		region: region?.id ?? '',
		compare: DEFAULT_VIEW_NAMES.compare
			.map((n) => index.regions.resolve(n)?.id)
			.filter((id): id is string => id !== undefined && id !== region?.id),
		indicator: indicator?.id ?? '',
		mode: 'value',
		scope: 'focus',
		milestone: null,
		status: null
	};
}
