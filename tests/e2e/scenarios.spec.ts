import { expect, test, type Page } from '@playwright/test';
import { chooseIndicator, openApp, row } from './helpers.ts';

/** Every scorecard row's identity, status and probability, and both sliders' values. */
async function screenState(page: Page) {
	await page.getByTestId('scope-select').selectOption('all');
	const rows = await page
		.getByTestId('target-row')
		.evaluateAll((els) =>
			els.map((e) =>
				[
					e.dataset.region,
					e.dataset.indicator,
					e.dataset.year,
					e.dataset.status,
					e.dataset.probability
				].join('|')
			)
		);
	await page.getByTestId('scope-select').selectOption('focus');
	return {
		rows,
		rate: await page.getByTestId('rate-slider').inputValue(),
		sigma: await page.getByTestId('sigma-slider').inputValue(),
		indicator: await page.getByTestId('indicator-select').inputValue(),
		region: await page.getByTestId('region-select').inputValue()
	};
}

async function changeAssumptions(page: Page) {
	await chooseIndicator(page, '教共体覆盖率');
	await page.getByTestId('rate-number').fill('2.2');
	await page.getByTestId('rate-number').press('Enter');
	await page.locator('#sigma-number').fill('0.5');
	await page.locator('#sigma-number').press('Enter');
	await chooseIndicator(page, '高等教育毛入学率');
	await page.getByTestId('method-select').selectOption('gap');
	await page.getByTestId('rate-number').fill('4');
	await page.getByTestId('rate-number').press('Enter');
	await expect(row(page, '教共体覆盖率', 2027)).toHaveAttribute('data-status', 'at-risk');
}

test('a link restores exactly what the sender saw, in a fresh browser context', async ({
	page,
	browser
}) => {
	await openApp(page);
	await changeAssumptions(page);
	await page.getByTestId('lang-toggle').click();
	await page.getByTestId('share-link').click();
	await expect(page.getByTestId('app-message')).toBeVisible();
	await expect(page).toHaveURL(/#s=1\./);
	const link = page.url();
	const sent = await screenState(page);

	const fresh = await browser.newContext({
		locale: 'zh-CN',
		viewport: { width: 1280, height: 900 }
	});
	const other = await fresh.newPage();
	const errors: string[] = [];
	other.on('pageerror', (e) => errors.push(e.message));
	await other.goto(link);
	await expect(other.locator('html')).toHaveAttribute('lang', 'en');
	await expect(other.getByTestId('rate-number')).toHaveValue('4');
	expect(await screenState(other)).toEqual(sent);
	expect(errors).toEqual([]);
	await fresh.close();
});

test('a saved scenario survives a reload and opens identically', async ({ page }) => {
	await openApp(page);
	await changeAssumptions(page);
	const before = await screenState(page);
	await page.getByTestId('scenario-panel').locator('summary').click();
	await page.getByTestId('scenario-name').fill('教共体加速 E2E');
	await page.getByTestId('scenario-save').click();
	await expect(
		page.getByTestId('scenario-list').locator('li', { hasText: '教共体加速 E2E' })
	).toHaveCount(1);

	await page.goto('./'); // a plain reload without the link: the default screen
	await expect(page.getByTestId('main-chart')).toHaveAttribute('data-series', /\d+/);
	await expect(row(page, '教共体覆盖率', 2027)).toHaveAttribute('data-status', 'needs-assumption');
	await page.getByTestId('scenario-panel').locator('summary').click();
	const item = page.getByTestId('scenario-list').locator('li', { hasText: '教共体加速 E2E' });
	await expect(item).toHaveCount(1);
	await item.getByRole('button', { name: '打开' }).click();
	expect(await screenState(page)).toEqual(before);
});

test('a tampered or truncated link shows a clear message and a working default screen', async ({
	page
}) => {
	await openApp(page);
	await changeAssumptions(page);
	await page.getByTestId('share-link').click();
	await expect(page).toHaveURL(/#s=1\./);
	const link = page.url();
	const consoleErrors: string[] = [];
	for (const bad of [
		link.slice(0, link.length - 12),
		link.replace(/#s=1\.(.{6})/, '#s=1.$1!!'),
		link.replace('#s=1.', '#s=1.AAAA'),
		link.replace('#s=1.', '#s=7.')
	]) {
		const p = await page.context().newPage();
		p.on('pageerror', (e) => consoleErrors.push(e.message));
		p.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
		await p.goto(bad);
		await expect(p.getByTestId('app-message')).toHaveAttribute('role', 'alert');
		await expect(p.getByTestId('app-message')).toContainText(/链接|版本/);
		await expect(p.getByTestId('main-chart')).toHaveAttribute('data-series', /\d+/);
		await expect(row(p, '教共体覆盖率', 2027)).toHaveAttribute('data-status', 'needs-assumption');
		await p.close();
	}
	expect(consoleErrors).toEqual([]);
});

test('built-in scenarios open, and two scenarios compare side by side', async ({ page }) => {
	await openApp(page);
	await page.getByTestId('scenario-panel').locator('summary').click();
	await page.getByTestId('builtin-select').selectOption('stalled');
	await page.getByTestId('builtin-open').click();
	await expect(page.getByTestId('scenario-name')).toHaveValue('停滞 Stalled');
	await expect(page.getByTestId('method-select')).toHaveValue('hold');
	await page.getByTestId('builtin-select').selectOption('accelerated');
	await page.getByRole('button', { name: '对比' }).first().click();
	const compare = page.getByTestId('scenario-compare');
	await expect(compare).toContainText('停滞 Stalled');
	await expect(compare).toContainText('加速 Accelerated');
	await expect(compare).toContainText('hold');
});
