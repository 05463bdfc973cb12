/**
 * The document exports of the page: the briefing (.docx, with the chart as an image) and the
 * Excel workbook. Neither writer is fetched before its button is pressed. The files are read
 * with SheetJS (its zip reader for the .docx).
 */
import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers.ts';

/** The JavaScript files the page fetches, from now on. */
function scriptsOf(page: Page): string[] {
	const urls: string[] = [];
	page.on('request', (r) => {
		if (r.url().endsWith('.js')) urls.push(new URL(r.url()).pathname);
	});
	return urls;
}

async function download(page: Page, testid: string): Promise<{ name: string; bytes: Buffer }> {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId(testid).click()
	]);
	return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

function documentXml(bytes: Buffer): { xml: string; media: string[] } {
	const zip = XLSX.CFB.read(bytes, { type: 'buffer' });
	const entry = XLSX.CFB.find(zip, '/word/document.xml');
	expect(entry, 'word/document.xml').toBeTruthy();
	return {
		xml: new TextDecoder().decode(entry!.content as Uint8Array),
		media: zip.FullPaths.filter((p: string) => /word\/media\/.+\.png$/.test(p))
	};
}

test('the briefing downloads as a Word document with the headline, targets, chart and sources', async ({
	page
}) => {
	const scripts = scriptsOf(page);
	await openApp(page);
	expect(scripts.filter((s) => /\/(docx|xlsx)-[^/]+\.js$/.test(s))).toEqual([]);

	const { name, bytes } = await download(page, 'export-report');
	expect(name).toBe('mubiao-重庆市-研判报告.docx');
	expect(scripts.some((s) => /\/docx-[^/]+\.js$/.test(s))).toBe(true);
	const { xml, media } = documentXml(bytes);
	expect(xml).toContain('重庆市教育规划目标达成研判报告');
	// The headline the page shows for 2027 is the briefing's.
	const headline = (await page.getByTestId('headline').locator('li').first().innerText()).trim();
	expect(xml).toContain(headline);
	expect(xml).toContain('教共体覆盖率');
	expect(xml).toContain('需设定假设');
	expect(xml).toContain('来源与原文摘录');
	expect(xml).toContain('研判方法说明');
	// At least the main chart, drawn on a canvas, as a PNG.
	expect(media.length).toBeGreaterThan(0);
	expect(xml.match(/<w:drawing>/g)?.length).toBeGreaterThan(0);
});

test('with English chosen the briefing is in English', async ({ page }) => {
	await openApp(page);
	await page.getByTestId('lang-toggle').click();
	await expect(page.getByTestId('headline')).toContainText('targets');
	const { name, bytes } = await download(page, 'export-report');
	expect(name).toBe('mubiao-Chongqing-briefing.docx');
	const { xml } = documentXml(bytes);
	expect(xml).toContain('Will Chongqing meet its education targets? A briefing');
	expect(xml).toContain('How the verdicts are reached');
});

test('the workbook downloads with the data, scorecard, comparison, sources and assumptions', async ({
	page
}) => {
	const scripts = scriptsOf(page);
	await openApp(page);
	// The scorecard comes after the chart: count its rows once it is there.
	await expect(page.getByTestId('target-row').first()).toBeVisible();
	const rowsOnScreen = await page.getByTestId('target-row').count();
	const { name, bytes } = await download(page, 'export-xlsx');
	expect(name).toBe('mubiao-重庆市.xlsx');
	expect(scripts.some((s) => /\/xlsx-[^/]+\.js$/.test(s))).toBe(true);
	expect(scripts.some((s) => /\/docx-[^/]+\.js$/.test(s))).toBe(false);
	const wb = XLSX.read(bytes, { type: 'buffer' });
	expect(wb.SheetNames).toEqual([
		'数据 Data',
		'研判 Scorecard',
		'对比 Comparison',
		'来源 Sources',
		'假设 Assumptions'
	]);
	const sheet = (n: string) =>
		XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[n]!, { header: 1, defval: null });
	expect(sheet('数据 Data')[0]!.slice(0, 4)).toEqual(['region', 'indicator', 'year', 'value']);
	// The scorecard sheet holds the rows the page's filters show.
	expect(sheet('研判 Scorecard').length).toBe(rowsOnScreen + 1);
	// The comparison table: the focus first, its actuals row, for the indicator on screen.
	const comparison = sheet('对比 Comparison');
	expect(comparison[1]!.slice(0, 4)).toEqual(['重庆市', '教共体覆盖率', '%', '实际值']);
});
