/**
 * The main comparison chart: its input and option derived from the state, what a click on a
 * point shows, and its exports (PNG and SVG at a report size, the shown data as CSV).
 */
import {
	buildComparisonOption,
	LIVE_SERIES,
	type ComparisonChartInput
} from '../charts/comparison.ts';
import type { LiveLayer } from '../charts/liveLayer.ts';
import { legendOf, onScreenOption, type LegendEntry } from '../charts/onScreen.ts';
import { SvelteSet } from 'svelte/reactivity';
import { stampLine, stampOf } from './stamp.ts';
import { renderPng, renderSvg } from '../charts/echarts.ts';
import type { ChartOption } from '../charts/types.ts';
import { seriesOf } from '../data/dataset.ts';
import type { AppState } from './app.svelte.ts';
import { comparisonBase, shareTarget, withProjection, type ChartContext } from './chartData.ts';
import { csvBlob, downloadBlob, fileName } from './download.ts';
import { loadSeedDetails } from './seedDetails.ts';

/** The size of exported charts (a report figure). */
const EXPORT = { width: 1200, height: 720 };
/** Below this width the chart is drawn compact (phones). */
export const COMPACT_WIDTH = 600;

const ids = new WeakMap<object, number>();
let nextId = 0;
/** A number per object (the chart's base input), to tell one from the next. */
function idOf(o: object): number {
	let id = ids.get(o);
	if (id === undefined) ids.set(o, (id = nextId++));
	return id;
}

export class MainChartModel {
	readonly #app: AppState;
	/** The chart's width on screen, measured by the component. */
	width = $state(1000);
	readonly share: { value: number; year: number | null } | null;
	readonly input: ComparisonChartInput;
	/** The whole chart, titles and legend included (what exports draw). */
	readonly option: ChartOption;
	/** The chart as the page draws it: the plot, without the series switched off (onScreen.ts). */
	readonly shown: ChartOption;
	/** The legend, shown as HTML above the chart. */
	readonly legend: LegendEntry[];
	/** Legend names the analyst has switched off. */
	readonly hidden = new SvelteSet<string>();
	/**
	 * The chart's live layer (charts/liveLayer.ts): the series a slider moves, and a key that
	 * changes whenever anything but them and the value axis does (the rest of the input, whether
	 * there is a projection). The value axis follows the projection: the chart checks it.
	 */
	readonly live: LiveLayer;

	constructor(app: AppState) {
		this.#app = app;
		const indicator = $derived(app.effectiveIndex.indicators.byId(app.view.indicator));
		const projection = $derived(app.focusRow?.projection ?? null);
		// A number: unchanged while a slider moves, so the share (and the base below) stay put.
		const anchorYear = $derived(projection?.anchor?.year ?? null);
		this.share = $derived(
			app.view.mode === 'share'
				? shareTarget(app.effective, app.view.region, app.view.indicator, anchorYear)
				: null
		);
		// The compared scenario's projection: the same object while a slider moves the current one
		// (it comes from the other run), so the base below stays put.
		const ghostProjection = $derived(
			app.reference.projectionOf(app.view.region, app.view.indicator)
		);
		const ghost = $derived(
			ghostProjection ? { projection: ghostProjection, name: app.reference.label } : null
		);
		const context = (): ChartContext => ({
			dataset: app.effective,
			view: app.view,
			lang: app.lang,
			milestones: app.scenario.settings.milestones,
			horizon: app.scenario.settings.horizon,
			ghost,
			shareOf: this.share
				? { value: this.share.value, direction: indicator?.direction ?? 'up' }
				: null,
			compact: this.width < COMPACT_WIDTH
		});
		// Everything but the projection: unchanged while a slider moves.
		const base = $derived(comparisonBase(context()));
		this.input = $derived(withProjection(base, { ...context(), projection }));
		this.option = $derived(buildComparisonOption(this.input));
		this.legend = $derived(legendOf(this.option));
		this.shown = $derived(onScreenOption(this.option, this.hidden, this.compact));
		this.live = $derived.by(() => {
			const p = this.input.projection;
			const off = [...this.hidden].join('\u0000');
			return { key: `${idOf(base)}|${p ? p.name : ''}|${off}`, ids: LIVE_SERIES };
		});
	}

	get compact(): boolean {
		return this.width < COMPACT_WIDTH;
	}

	/** Switch a legend entry's series off, or back on. */
	toggle(name: string): void {
		if (!this.hidden.delete(name)) this.hidden.add(name);
	}

	get hasData(): boolean {
		return this.input.series.some((s) => s.points.length > 0) || this.input.targets.length > 0;
	}

	/** A click on a point of a region's actuals shows where the number comes from. */
	pointClicked(seriesId: string, dataIndex: number): void {
		if (!seriesId.startsWith('actual:')) return;
		const region = seriesId.slice('actual:'.length);
		const { effective, view } = this.#app;
		const point = seriesOf(effective, region, view.indicator)[dataIndex];
		if (point) this.#app.provenance.showActual(region, view.indicator, point.year);
	}

	/**
	 * A file's name and, for a picture, the chart at a report size: both say which scenario, and
	 * the picture which assumptions and "today" it shows and the day it was made.
	 */
	async #report(): Promise<{ option: ChartOption; base: string[] }> {
		const { focusRegion, view, effectiveIndex, lang, scenario } = this.#app;
		const indicator = effectiveIndex.indicators.byId(view.indicator)?.zh ?? view.indicator;
		const stamp = stampOf(scenario);
		const subtitle = stampLine(stamp, effectiveIndex, lang, 2);
		return {
			option: buildComparisonOption({ ...this.input, subtitle, compact: false }),
			base: ['mubiao', focusRegion?.zh ?? view.region, indicator, stamp.scenario, stamp.date]
		};
	}

	async exportPng(): Promise<void> {
		const { option, base } = await this.#report();
		const url = await renderPng(option, EXPORT.width, EXPORT.height, 2);
		downloadBlob(await (await fetch(url)).blob(), fileName(base, 'png'));
	}

	async exportSvg(): Promise<void> {
		const { option, base } = await this.#report();
		const text = await renderSvg(option, EXPORT.width, EXPORT.height);
		downloadBlob(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }), fileName(base, 'svg'));
	}

	/** The data of the chart (the indicator, for the regions shown), with full provenance. */
	async exportCsv(): Promise<void> {
		const [details, { shownDataCsv }, { base }] = await Promise.all([
			loadSeedDetails(),
			import('./exports.ts'),
			this.#report()
		]);
		downloadBlob(
			csvBlob(shownDataCsv(details.dataset(this.#app.effective), this.#app.view)),
			fileName([...base, 'data'], 'csv')
		);
	}
}
