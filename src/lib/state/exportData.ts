/**
 * What the page's document exports are made from: the data on screen with every seed figure's
 * provenance restored (excerpts, notes), the scenario run again on it, the scorecard rows the
 * filters show, and the briefing's charts (options and the page's canvas renderer).
 *
 * Part of the first load, though small: it only calls what the page already has. Doing this
 * here keeps the lazily loaded export code from importing the page's own modules, which would
 * make the bundler split them out of the first-load chunk (and the first load grow).
 */
import { renderPng } from '../charts/echarts.ts';
import type { Dataset } from '../data/model.ts';
import type { Assumption } from '../domain/engine/index.ts';
import { reportChartOptions, REPORT_CHART } from '../report/charts.ts';
import { resolveAssumptions } from '../scenario/apply.ts';
import { ScenarioRunner, type ResultRow, type RunResult } from '../scenario/run.ts';
import { DEFAULT_PLAN_START } from '../scenario/settings.ts';
import type { AppState } from './app.svelte.ts';
import { scorecardRows } from './scorecard.ts';
import { loadSeedDetails } from './seedDetails.ts';

/** The inputs of both exports. */
export interface ExportData {
	dataset: Dataset;
	assumptions: ReadonlyMap<string, Assumption>;
	run: RunResult;
	/** The scorecard rows the page's filters show, by year. */
	scorecard: ResultRow[];
	/** The plan's first year: targets due after it belong to the milestones. */
	planStart: number;
	charts: {
		options: typeof reportChartOptions;
		size: typeof REPORT_CHART;
		renderPng: typeof renderPng;
	};
}

export async function exportData(app: AppState): Promise<ExportData> {
	const details = await loadSeedDetails();
	const dataset = details.dataset(app.effective);
	const { assumptions } = resolveAssumptions(dataset, app.scenario.assumptions);
	const { view } = app;
	const { settings } = app.scenario;
	const run = new ScenarioRunner(dataset).run(assumptions, settings);
	const scorecard = scorecardRows(
		run,
		dataset,
		view,
		settings.milestones,
		{ key: 'year', dir: 'asc' },
		settings.baseYear
	);
	return {
		dataset,
		assumptions,
		run,
		scorecard,
		planStart: settings.baseYear ?? DEFAULT_PLAN_START,
		charts: { options: reportChartOptions, size: REPORT_CHART, renderPng }
	};
}
