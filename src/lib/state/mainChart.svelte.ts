/**
 * The main comparison chart: its input and option derived from the state, what a click on a
 * point shows, and its exports (PNG and SVG at a report size, the shown data as CSV).
 */
import { buildComparisonOption, type ComparisonChartInput } from '../charts/comparison.ts';
import { stampLine, stampOf } from './stamp.ts';
import { renderPng, renderSvg } from '../charts/echarts.ts';
import type { ChartOption } from '../charts/types.ts';
import { seriesOf } from '../data/dataset.ts';
import type { AppState } from './app.svelte.ts';
import { comparisonInput, shareTarget } from './chartData.ts';
import { csvBlob, downloadBlob, fileName } from './download.ts';
import { loadSeedDetails } from './seedDetails.ts';

/** The size of exported charts (a report figure). */
const EXPORT = { width: 1200, height: 720 };
/** Below this width the chart is drawn compact (phones). */
export const COMPACT_WIDTH = 600;

export class MainChartModel {
	readonly #app: AppState;
	/** The chart's width on screen, measured by the component. */
	width = $state(1000);
	readonly share: { value: number; year: number | null } | null;
	readonly input: ComparisonChartInput;
	readonly option: ChartOption;

	constructor(app: AppState) {
		this.#app = app;
		const indicator = $derived(app.effectiveIndex.indicators.byId(app.view.indicator));
		const projection = $derived(app.focusRow?.projection ?? null);
		this.share = $derived(
			app.view.mode === 'share'
				? shareTarget(
						app.effective,
						app.view.region,
						app.view.indicator,
						projection?.anchor?.year ?? null
					)
				: null
		);
		const ghost = $derived.by(() => {
			const p = app.reference.projectionOf(app.view.region, app.view.indicator);
			return p ? { projection: p, name: app.reference.label } : null;
		});
		this.input = $derived(
			comparisonInput({
				dataset: app.effective,
				view: app.view,
				lang: app.lang,
				milestones: app.scenario.settings.milestones,
				horizon: app.scenario.settings.horizon,
				projection,
				ghost,
				shareOf: this.share
					? { value: this.share.value, direction: indicator?.direction ?? 'up' }
					: null,
				compact: this.width < COMPACT_WIDTH
			})
		);
		this.option = $derived(buildComparisonOption(this.input));
	}

	get compact(): boolean {
		return this.width < COMPACT_WIDTH;
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
		const url = renderPng(option, EXPORT.width, EXPORT.height, 2);
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
