/**
 * A legal scenario of 150,000 observations (3,000 test districts × 50 years) once gave a
 * 3.48 M-character link that the app called "copied" and a reload dropped. Now the link carries
 * the screen and names the scenario's own data instead of carrying it: it is short, it opens,
 * and the recipient is told which data it lacks.
 */
import { expect, test } from '@playwright/test';
import { openApp } from './helpers.ts';

const LINK_MAX_CHARS = 2_000_000; // src/lib/scenario/url.ts: below Chromium's 2 MiB address limit

function largeScenario(): string {
	const observations = Array.from({ length: 150_000 }, (_, i) => ({
		region: `测试区${Math.floor(i / 50) + 1}`,
		indicator: '学前教育毛入园率',
		year: 1975 + (i % 50),
		value: 50 + ((i * 7919) % 5000) / 100
	}));
	return JSON.stringify({
		format: 'mubiao-scenario',
		version: 2,
		name: '十五万个数值',
		observations
	});
}

test('a 150,000-observation scenario gives a link that opens, naming the data it does not carry', async ({
	page,
	browser
}) => {
	test.setTimeout(180_000);
	await openApp(page);
	await page.getByTestId('scenario-panel').locator('summary').click();
	await page.getByTestId('scenario-import').setInputFiles({
		name: 'large.json',
		mimeType: 'application/json',
		buffer: Buffer.from(largeScenario())
	});
	await expect(page.getByTestId('app-message')).toContainText('十五万个数值', { timeout: 60_000 });
	await page.getByTestId('share-link').click();
	await expect(page.getByTestId('app-message')).toContainText('太大，未放入链接', {
		timeout: 60_000
	});
	const link = page.url();
	expect(link).toMatch(/#s=1\./);
	expect(link.length).toBeLessThan(LINK_MAX_CHARS);
	expect(link.length).toBeLessThan(8000);

	const context = await browser.newContext({ locale: 'zh-CN' });
	const other = await context.newPage();
	await other.goto(link);
	await expect(other.getByTestId('main-chart')).toHaveAttribute('data-series', /\d+/);
	await expect(other.getByTestId('app-message')).toContainText(
		'情景“十五万个数值”自带的数据中的 150000 个数值'
	);
	await context.close();
});
