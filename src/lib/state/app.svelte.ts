/**
 * The page's state: one class with `$state` for what the analyst chose and `$derived` for
 * everything computed from it. Shared with components through a context.
 */
import { createContext } from 'svelte';
import type { Dataset, Region } from '../data/model.ts';
import type { Bilingual } from '../data/issues.ts';
import { indexDataset, type DatasetIndex } from '../data/registry.ts';
import { seriesOf } from '../data/dataset.ts';
import type { Lang } from '../i18n/format.ts';
import { translate, type StringKey } from '../i18n/strings.ts';

export type ChartMode = 'value' | 'share';

/** What is on screen. Region and indicator fields hold ids. */
export interface ViewState {
	region: string;
	compare: string[];
	indicator: string;
	mode: ChartMode;
}

export interface AppMessage {
	kind: 'error' | 'notice';
	text: Bilingual;
}

/** Names of the default view, resolved against the built-in data at start. */
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
			.filter((id): id is string => id !== undefined),
		indicator: indicator?.id ?? '',
		mode: 'value'
	};
}

export class AppState {
	lang = $state<Lang>('zh');
	/** Replaced, never mutated: undo keeps the previous value. */
	dataset: Dataset;
	view: ViewState;
	message = $state<AppMessage | null>(null);

	readonly index: DatasetIndex;
	readonly focusRegion: Region | undefined;

	constructor(dataset: Dataset) {
		this.dataset = $state.raw(dataset);
		this.view = $state(defaultView(indexDataset(dataset)));
		this.index = $derived(indexDataset(this.dataset));
		this.focusRegion = $derived(this.index.regions.byId(this.view.region));
	}

	t = (key: StringKey, params?: Record<string, string | number>): string =>
		translate(this.lang, key, params);

	/** The text of a bilingual message in the current language. */
	say = (text: Bilingual): string => text[this.lang];

	/** Number of dated observations of an indicator for a region (for pickers). */
	pointCount(region: string, indicator: string): number {
		return seriesOf(this.dataset, region, indicator).length;
	}

	notify(kind: AppMessage['kind'], text: Bilingual): void {
		this.message = { kind, text };
	}
}

export const [getAppState, setAppState] = createContext<AppState>();
