/**
 * The briefing's charts as ECharts options: the main comparison chart of each indicator the
 * model lists, at a fixed report size. Rendering is the caller's (a canvas PNG in the page, the
 * server-side SVG renderer on the command line). Pure.
 */
import { buildComparisonOption } from '../charts/comparison.ts';
import type { ChartOption } from '../charts/types.ts';
import type { Dataset } from '../data/model.ts';
import { seriesKey } from '../scenario/apply.ts';
import type { RunResult, RunSettings } from '../scenario/run.ts';
import { comparisonInput } from '../state/chartData.ts';
import type { ReportModel } from './model.ts';

/**
 * The size charts are laid out at (CSS pixels), the pixel ratio they are drawn at, and the size
 * they are shown at in the document (pixels at 96 dpi: 15.9 × 9.5 cm). Laid out smaller than
 * shown × ratio, so that the labels stay legible on paper.
 */
export const REPORT_CHART = {
	width: 800,
	height: 480,
	pixelRatio: 2.5,
	shownWidth: 600,
	shownHeight: 360
} as const;

export interface ReportChartOption {
	indicator: string;
	title: string;
	option: ChartOption;
}

/** One option per chart of the model, the focus against its comparison regions. */
export function reportChartOptions(
	model: ReportModel,
	dataset: Dataset,
	run: RunResult,
	settings: RunSettings
): ReportChartOption[] {
	return model.charts.map((c) => {
		const input = comparisonInput({
			dataset,
			view: {
				region: model.region.id,
				compare: model.compare.map((r) => r.id),
				indicator: c.indicator
			},
			lang: model.lang,
			milestones: settings.milestones,
			horizon: settings.horizon,
			projection: run.projections.get(seriesKey(model.region.id, c.indicator))?.projection ?? null,
			compact: false
		});
		return { indicator: c.indicator, title: input.title, option: buildComparisonOption(input) };
	});
}
