import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import * as XLSX from '@e965/xlsx';
import { openApp } from './helpers.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** A workbook written for the test: a notes sheet, then a sheet of test data for 渝中区. */
function districtWorkbook(): string {
	const book = XLSX.utils.book_new();
	XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['测试数据（非真实统计）']]), '说明');
	const rows = [
		['地区', '指标', '单位', '上级地区', '2021年', '2022年', '2023年'],
		['渝中区', '学前教育毛入园率', '%', '重庆市', '91.5', 92.8, '--']
	];
	XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), '数据');
	const path = join(mkdtempSync(join(tmpdir(), 'mubiao-e2e-')), 'district.xlsx');
	writeFileSync(path, new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' })));
	return path;
}

test('importing a file previews, applies a new region to the picker and chart, and undo removes it', async ({
	page
}) => {
	await openApp(page);
	const chart = page.getByTestId('main-chart');
	await page.getByTestId('open-import').click();
	await page.getByTestId('csv-input').setInputFiles(fixture('e2e/district-preschool.csv'));
	const preview = page.getByTestId('import-preview');
	await expect(preview).toContainText('读取 5 行');
	await expect(preview).toContainText('渝北区');
	await page.getByTestId('import-apply').click();
	await expect(page.getByTestId('compare-list')).toContainText('渝北区');
	await expect(page.getByTestId('indicator-select').locator('option:checked')).toContainText(
		'学前教育毛入园率'
	);
	await expect(chart).toHaveAttribute('data-series', /\d+/);
	const legendHasDistrict = await chart.getAttribute('aria-label');
	expect(legendHasDistrict).toContain('学前教育毛入园率');
	const withDistrict = Number(await chart.getAttribute('data-series'));
	await expect(page.getByTestId('app-message')).toContainText('已导入');

	await page.getByTestId('undo').click();
	await expect(page.getByTestId('compare-list')).not.toContainText('渝北区');
	await expect(chart).toHaveAttribute('data-series', String(withDistrict - 1));
	await page.getByTestId('region-select').click();
	await expect(
		page.getByTestId('region-select').locator('option', { hasText: '渝北区' })
	).toHaveCount(0);
});

test('an .xlsx workbook previews its figures, lets the sheet be chosen, and applies', async ({
	page
}) => {
	await openApp(page);
	await page.getByTestId('open-import').click();
	await page.getByTestId('csv-input').setInputFiles(districtWorkbook());
	const preview = page.getByTestId('import-preview');
	// The notes sheet holds no table: the data sheet is read, and both can be chosen.
	await expect(page.getByTestId('import-sheet')).toHaveValue('数据');
	await expect(page.getByTestId('import-sheet').locator('option')).toHaveCount(2);
	// The first figures as they will be imported: 91.5 (text in the cell) and 92.8; -- is no value.
	const rows = page.getByTestId('import-rows').locator('tbody tr');
	await expect(rows).toHaveCount(2);
	await expect(rows.nth(0)).toContainText('渝中区');
	await expect(rows.nth(0)).toContainText('学前教育毛入园率');
	await expect(rows.nth(0)).toContainText('91.5');
	await expect(rows.nth(1)).toContainText('2022');
	await expect(preview).toContainText('渝中区');
	await page.screenshot({ path: 'test-results/import-xlsx-preview.png', fullPage: false });
	await page.getByTestId('import-apply').click();
	await expect(page.getByTestId('compare-list')).toContainText('渝中区');
	await expect(page.getByTestId('app-message')).toContainText('已导入');
});

test('re-importing the exported dataset adds nothing and says it is already loaded', async ({
	page
}) => {
	await openApp(page);
	await page.getByTestId('open-import').click();
	const download = page.waitForEvent('download');
	await page.getByTestId('export-dataset').click();
	const file = await (await download).path();
	await page.getByTestId('csv-input').setInputFiles({
		name: 'mubiao-dataset.csv',
		mimeType: 'text/csv',
		buffer: (await import('node:fs')).readFileSync(file)
	});
	await expect(page.getByTestId('import-all-loaded')).toBeVisible();
	await expect(page.getByTestId('import-apply')).toBeDisabled();
});

test('the detected encoding is shown and can be changed, and changed back', async ({ page }) => {
	await openApp(page);
	await page.getByTestId('open-import').click();
	await page.getByTestId('csv-input').setInputFiles(fixture('import/nbs-gbk.csv'));
	const encoding = page.getByTestId('import-encoding');
	await expect(encoding.locator('option:checked')).toHaveText('自动识别（gb18030）');
	// Read as Windows-1252 the Chinese headers are nonsense: the file is refused, the choice stays.
	await encoding.selectOption('windows-1252');
	await expect(page.getByTestId('import-dialog').getByRole('alert')).toContainText('无法识别');
	await page.getByTestId('import-encoding').selectOption('');
	await expect(page.getByTestId('import-preview')).toContainText('读取 5 行');
});

test('a file that is not data leaves the loaded data untouched with a clear message', async ({
	page
}) => {
	await openApp(page);
	await expect(page.getByTestId('target-row').first()).toBeVisible();
	const rows = await page.getByTestId('target-row').count();
	const series = await page.getByTestId('main-chart').getAttribute('data-series');
	await page.getByTestId('open-import').click();
	await page.getByTestId('csv-input').setInputFiles(fixture('import/broken-image.png'));
	await expect(page.getByTestId('app-message')).toHaveAttribute('role', 'alert');
	await expect(page.getByTestId('app-message')).toContainText('不是数据表');
	await expect(page.getByTestId('import-apply')).toHaveCount(0);
	await page.keyboard.press('Escape');
	await expect(page.getByTestId('target-row')).toHaveCount(rows);
	await expect(page.getByTestId('main-chart')).toHaveAttribute('data-series', series ?? '');
	await expect(page.getByTestId('undo')).toHaveCount(0);
});

test('a policy text read in the page adds its accepted targets with the document as source', async ({
	page
}) => {
	await openApp(page);
	await page.getByTestId('open-extract').click();
	const dialog = page.getByTestId('extract-dialog');
	await dialog.getByTestId('extract-file').setInputFiles(fixture('e2e/policy-excerpt.txt'));
	await dialog.getByRole('button', { name: '提取', exact: true }).click();
	// The text states three figures for 示例县, all for 2027: 95 %, 99 % and 3–5 schools.
	await expect(dialog.getByTestId('extract-row')).toHaveCount(3);
	await dialog.getByTestId('extract-row').nth(2).click();
	await expect(dialog.getByTestId('extract-evidence').locator('mark')).toContainText('3—5所');
	await dialog.getByRole('button', { name: /接受所选/ }).click();
	await page.keyboard.press('Escape');
	await expect(page.getByTestId('app-message')).toContainText('提取');
	await page.getByTestId('region-select').selectOption({ label: '示例县' });
	await expect(page.locator('[data-testid="target-row"][data-region="示例县"]')).toHaveCount(3);
	const row = page.locator(
		'[data-testid="target-row"][data-region="示例县"][data-indicator="学前教育毛入园率"][data-year="2027"]'
	);
	await row.getByRole('button', { name: '查看来源' }).click();
	await expect(page.getByTestId('provenance')).toContainText('从政策文本提取');
	await expect(page.getByTestId('provenance')).toContainText('学前教育毛入园率达到95%');
});
