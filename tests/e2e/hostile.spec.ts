/**
 * Names such as `__proto__`, `constructor` and `prototype` arriving in the page — through a CSV
 * import, a link, a scenario file and a policy text read by the extractor — leave
 * `Object.prototype` as it was, and the page keeps working afterwards: the chart draws them,
 * links are written and read, the scenario panel lists its scenarios. (Once, a chart text
 * `__proto__` made zrender's cache write `prev`/`next` onto Object.prototype, after which every
 * schema in the page failed.)
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { openApp } from './helpers.ts';

const HOSTILE = ['__proto__', 'constructor', 'prototype'];

/** What a polluted prototype would show: its own names, and what a plain object inherits. */
function prototypeState(page: Page) {
	return page.evaluate(() => {
		const plain = {} as Record<string, unknown>;
		return {
			names: Object.getOwnPropertyNames(Object.prototype).sort(),
			inherited: ['prev', 'next', 'region', 'value', 'polluted'].filter((k) => k in plain)
		};
	});
}

/** Every hostile name as a region and an indicator, six years each (test figures). */
function hostileCsv(): string {
	const lines = ['地区,指标,年份,数值,单位,来源'];
	for (const region of HOSTILE)
		for (const indicator of HOSTILE)
			for (let year = 2019; year <= 2024; year++)
				lines.push(`${region},${indicator},${year},${40 + year - 2019},%,constructor`);
	const path = join(mkdtempSync(join(tmpdir(), 'mubiao-e2e-')), '__proto__.csv');
	writeFileSync(path, `${lines.join('\n')}\n`);
	return path;
}

/** The chart on the region and the indicator called `__proto__`. */
async function showHostile(page: Page): Promise<void> {
	await page.getByTestId('region-select').selectOption({ label: '__proto__' });
	const indicator = page.getByTestId('indicator-select');
	const value = await indicator
		.locator('option', { hasText: /^__proto__（/ })
		.first()
		.getAttribute('value');
	await indicator.selectOption(value ?? '');
	await expect(page.getByTestId('main-chart')).toHaveAttribute('data-series', /[1-9]/);
}

async function fresh(browser: Browser) {
	const context = await browser.newContext({
		locale: 'zh-CN',
		viewport: { width: 1280, height: 900 }
	});
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	return { context, page, errors };
}

/** The page still works: its schemas read a link, and the scenario panel lists its scenarios. */
async function stillWorks(page: Page): Promise<void> {
	await page.getByTestId('share-link').click();
	await expect(page.getByTestId('app-message')).toContainText('链接已复制');
	await page.getByTestId('scenario-panel').locator('summary').click();
	await expect(page.getByTestId('builtin-select').locator('option')).not.toHaveCount(0);
	await page.getByTestId('scenario-name').fill('__proto__');
	await page.getByTestId('scenario-save').click();
	await expect(
		page.getByTestId('scenario-list').locator('li', { hasText: '__proto__' })
	).toHaveCount(1);
}

test('hostile names through a CSV import, a link and a scenario file leave Object.prototype as it was', async ({
	page,
	browser
}) => {
	await openApp(page);
	const before = await prototypeState(page);
	expect(before.inherited).toEqual([]);

	// A CSV import.
	await page.getByTestId('open-import').click();
	await page.getByTestId('csv-input').setInputFiles(hostileCsv());
	await expect(page.getByTestId('import-apply')).toBeEnabled();
	await page.getByTestId('import-apply').click();
	await expect(page.getByTestId('app-message')).toContainText('已导入');
	await page.keyboard.press('Escape');
	await showHostile(page);
	expect(await prototypeState(page)).toEqual(before);

	// A link (the import is small: it travels in it) opened in a fresh browser.
	await page.getByTestId('share-link').click();
	await expect(page.getByTestId('app-message')).toContainText('链接已复制');
	const link = page.url();
	const other = await fresh(browser);
	await other.page.goto(link);
	await expect(other.page.getByTestId('main-chart')).toHaveAttribute('data-series', /[1-9]/);
	await expect(other.page.getByTestId('region-select')).toHaveValue(
		await page.getByTestId('region-select').inputValue()
	);
	expect(await prototypeState(other.page)).toEqual(before);
	await stillWorks(other.page);
	expect(await prototypeState(other.page)).toEqual(before);
	expect(other.errors).toEqual([]);
	await other.context.close();

	// A scenario file, exported here and opened in another fresh browser.
	await page.getByTestId('scenario-panel').locator('summary').click();
	const download = page.waitForEvent('download');
	await page.getByTestId('scenario-export').click();
	const text = readFileSync(await (await download).path(), 'utf8');
	expect(text).toContain('"__proto__"');
	const third = await fresh(browser);
	await openApp(third.page);
	await third.page.getByTestId('scenario-panel').locator('summary').click();
	await third.page.getByTestId('scenario-import').setInputFiles({
		name: '__proto__.json',
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
	await expect(third.page.getByTestId('app-message')).toContainText('带来的 1 项数据');
	await showHostile(third.page);
	expect(await prototypeState(third.page)).toEqual(before);
	await third.page.getByTestId('scenario-panel').locator('summary').click();
	await stillWorks(third.page);
	expect(await prototypeState(third.page)).toEqual(before);
	expect(third.errors).toEqual([]);
	await third.context.close();
});

test('hostile names in a policy text read by the extractor leave Object.prototype as it was', async ({
	page
}) => {
	await openApp(page);
	const before = await prototypeState(page);
	const text = [
		'__proto__市constructor规划（2025—2027年）',
		'prototype区教育委员会',
		'2025年6月18日',
		'',
		...HOSTILE.map((h) => `到2027年，${h}达到90%，${h}率、${h}比例分别达到95%、96%。`),
		'指标\t单位\t2024年基期值\t2027年目标值\t属性',
		...HOSTILE.map((h) => `${h}\t%\t80\t90\t预期性`)
	].join('\n');
	await page.getByTestId('open-extract').click();
	const dialog = page.getByTestId('extract-dialog');
	await dialog.getByTestId('extract-text').fill(text);
	await dialog.getByRole('button', { name: '提取', exact: true }).click();
	await expect(dialog.getByTestId('extract-row').first()).toBeVisible();
	expect(await prototypeState(page)).toEqual(before);
	// The issuing body is a place the data does not know: the figures are put on 重庆市 instead.
	await dialog.getByTestId('extract-region').selectOption('chongqing');
	// The rows are read again for the region: accept once they are.
	const rows = dialog.getByTestId('extract-row');
	await expect(rows.first().getByLabel(/行的地区$/)).toHaveValue('chongqing');
	await expect(rows.last().getByLabel(/行的地区$/)).toHaveValue('chongqing');
	await expect(dialog.getByTestId('extract-progress')).toHaveCount(0);
	await dialog.getByTestId('extract-accept').click();
	await expect(dialog.getByTestId('extract-notice')).toContainText('已加入');
	await page.keyboard.press('Escape');
	expect(await prototypeState(page)).toEqual(before);
	await stillWorks(page);
	expect(await prototypeState(page)).toEqual(before);
});
