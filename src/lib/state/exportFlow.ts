/**
 * The page's two document exports: the Excel workbook and the briefing (研判报告) as Word, from
 * the data {@link ExportData} holds. Loaded when an export button is first pressed; the
 * writers (SheetJS, `docx`) load only for their own export.
 */
import * as sheets from '../export/workbook.ts';
import { buildReportModel } from '../report/model.ts';
import { reportDate } from '../report/phrases.ts';
import type { AppState } from './app.svelte.ts';
import type { ExportData } from './exportData.ts';

/** A file for the page to save. */
export interface ExportFile {
	bytes: Uint8Array;
	type: string;
	/** The parts of its name (joined and cleaned by the page) and its extension. */
	nameParts: string[];
	ext: string;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The workbook: the whole dataset ("数据 Data", first, so that importing the file reads it),
 * the scorecard rows on screen, the comparison table of the indicator on screen, the sources and
 * the assumptions.
 */
export async function workbookFile(app: AppState, data: ExportData): Promise<ExportFile> {
	const { writeWorkbook } = await import('../export/xlsx.ts');
	const { lang, view } = app;
	const { settings } = app.scenario;
	const { dataset, run } = data;
	const bytes = writeWorkbook([
		sheets.datasetSheet(dataset, lang),
		sheets.scorecardSheet(data.scorecard, dataset, lang),
		sheets.comparisonSheet(dataset, run, view, settings.horizon, lang),
		sheets.sourcesSheet(dataset, lang),
		sheets.assumptionsSheet(dataset, data.assumptions, lang)
	]);
	return {
		bytes,
		type: XLSX_TYPE,
		nameParts: ['mubiao', app.focusRegion?.zh ?? view.region],
		ext: 'xlsx'
	};
}

/** The briefing of the focus region as .docx, with its charts drawn on a canvas as PNG. */
export async function reportFile(app: AppState, data: ExportData): Promise<ExportFile> {
	const { reportDocx } = await import('../report/docx.ts');
	const { lang, view } = app;
	const { settings } = app.scenario;
	const { dataset, run, charts } = data;
	const model = buildReportModel({
		dataset,
		run,
		settings,
		planStart: data.planStart,
		scenarioName: app.scenario.name,
		assumptions: data.assumptions,
		region: view.region,
		compare: view.compare,
		indicator: view.indicator,
		lang,
		date: reportDate(new Date())
	});
	const size = charts.size;
	const images = await Promise.all(
		charts.options(model, dataset, run, settings).map(async (c) => ({
			title: c.title,
			png: await charts.renderPng(c.option, size.width, size.height, size.pixelRatio),
			width: size.shownWidth,
			height: size.shownHeight
		}))
	);
	const bytes = await reportDocx(model, images);
	const name = lang === 'zh' ? '研判报告' : 'briefing';
	return { bytes, type: DOCX_TYPE, nameParts: ['mubiao', model.region.name, name], ext: 'docx' };
}
