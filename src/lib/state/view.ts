/** What is on screen, and its default (the Chongqing plan's view). Pure. */
import { targetsOfRegion } from '../data/byRegion.ts';
import { seriesOf } from '../data/dataset.ts';
import type { RegionLevel } from '../data/model.ts';
import type { DatasetIndex } from '../data/registry.ts';
import type { ReferenceRef, ViewTab } from '../scenario/viewFields.ts';

export type ChartMode = 'value' | 'share';
export type { ReferenceRef, ViewTab };

/** Region and indicator fields hold ids. */
export interface View {
	region: string;
	compare: string[];
	indicator: string;
	mode: ChartMode;
	/** Scorecard: the focus region's targets, or every region's. */
	scope: 'focus' | 'all';
	/** Scorecard filters: one milestone column, one status; null shows all. */
	milestone: number | null;
	status: string | null;
	/** The view of the comparison beside the chart. */
	tab: ViewTab;
	/**
	 * The ranking's regions: the children of `rankParent` when set, else every region of
	 * `rankLevel`; both null: the focus region's peers. `rankYear` null: the latest year with data.
	 */
	rankLevel: RegionLevel | null;
	rankParent: string | null;
	rankYear: number | null;
	/** The scenario compared with; null: the fitted trends (the scenario without assumptions). */
	against: ReferenceRef | null;
}

/** The view fields beyond focus, comparison and scorecard filters, at their defaults. */
export const DEFAULT_VIEW_EXTRAS = {
	tab: 'chart',
	rankLevel: null,
	rankParent: null,
	rankYear: null,
	against: null
} as const satisfies Partial<View>;

/** Names of the default view, resolved against the data at start. */
export const DEFAULT_VIEW_NAMES = {
	region: '重庆市',
	compare: ['浙江省', '福建省', '全国'],
	/** Shown when the focus region has no target in the first milestone's period. */
	indicator: '高等教育毛入学率'
} as const;

/** The first milestone: the plan's question is "will the 2027 targets be met?". */
export const DEFAULT_MILESTONE = 2027;
/** Targets due after this year belong to the first milestone (the plan starts in 2024). */
const PLAN_START = 2024;

/**
 * The screen a new visitor sees: the focus region's targets for the first milestone, with the
 * chart on the first of those targets that has data (else the first of them), compared with
 * Zhejiang, Fujian and the national average.
 */
export function defaultView(index: DatasetIndex): View {
	let view = defaults.get(index);
	if (!view) defaults.set(index, (view = computeDefaultView(index)));
	return { ...view, compare: [...view.compare] };
}

/** Computed once per dataset index (a share link asks for it on every change). */
const defaults = new WeakMap<DatasetIndex, View>();

function computeDefaultView(index: DatasetIndex): View {
	const region = index.regions.resolve(DEFAULT_VIEW_NAMES.region) ?? index.dataset.regions[0];
	const due = (region ? targetsOfRegion(index.dataset, region.id) : []).filter(
		(t) =>
			t.year !== null &&
			t.year > PLAN_START &&
			t.year <= DEFAULT_MILESTONE &&
			index.indicators.byId(t.indicator) !== undefined
	);
	const withData = due.find((t) => seriesOf(index.dataset, t.region, t.indicator).length > 0);
	const indicator =
		index.indicators.byId((withData ?? due[0])?.indicator ?? '') ??
		index.indicators.resolve(DEFAULT_VIEW_NAMES.indicator) ??
		index.dataset.indicators[0];
	return {
		region: region?.id ?? '',
		compare: DEFAULT_VIEW_NAMES.compare
			.map((n) => index.regions.resolve(n)?.id)
			.filter((id): id is string => id !== undefined && id !== region?.id),
		indicator: indicator?.id ?? '',
		mode: 'value',
		scope: 'focus',
		milestone: due.length > 0 ? DEFAULT_MILESTONE : null,
		status: null,
		...DEFAULT_VIEW_EXTRAS
	};
}
