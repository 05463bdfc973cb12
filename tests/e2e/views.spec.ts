/**
 * The views of the comparison (tabs, table, ranking, sources), the plan dashboard, the years-
 * behind line, the compared scenario's faint line and the full comparison: what each shows, on
 * the built-in data (values from seeds/ and the reference statistics, worked out in comments),
 * and that each travels in the link.
 */
import { expect, test, type Browser, type Download, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { chooseIndicator, openApp } from './helpers.ts';

const tab = (page: Page, view: string) =>
	page.locator(`[data-testid="view-tab"][data-view="${view}"]`);

/** The link to what is on screen, once the fragment has been written after the last change. */
async function settledLink(page: Page, before: string): Promise<string> {
	await expect.poll(() => page.url()).not.toBe(before);
	await page.waitForTimeout(400); // the fragment is written 250 ms after the last change
	return page.url();
}

/** Open a link in a fresh page of a new context (no state shared with the sender). */
async function openLink(browser: Browser, link: string): Promise<Page> {
	const context = await browser.newContext({
		locale: 'zh-CN',
		viewport: { width: 1280, height: 900 }
	});
	const page = await context.newPage();
	await page.goto(link);
	await expect(page.getByTestId('view-tab').first()).toBeVisible();
	return page;
}

async function readDownload(d: Download): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const c of await d.createReadStream()) chunks.push(c as Buffer);
	return Buffer.concat(chunks)
		.toString('utf8')
		.replace(/^\ufeff/, '');
}

async function setRate(page: Page, rate: string) {
	await page.getByTestId('rate-number').fill(rate);
	await page.getByTestId('rate-number').press('Enter');
}

test('the plan dashboard opens the page: Chongqing’s targets by milestone, one tile each', async ({
	page
}) => {
	await openApp(page);
	const dash = page.getByTestId('plan-dashboard');
	await expect(dash).toBeVisible();
	// seeds/figures.csv: the plan's five targets due 2025–2027 (教共体 85 % and 本科博士 39 % have
	// one point each; 智慧教育平台, 职业教育双师型 and 中职双师型 have no data), then its six
	// targets without a year, judged at the plan's horizon, 2035, none with data.
	const due2027 = dash.locator('[data-kind="milestone"][data-year="2027"]');
	await expect(due2027.getByTestId('target-tile')).toHaveCount(5);
	await expect(
		due2027.locator('[data-testid="target-tile"][data-status="needs-assumption"]')
	).toHaveCount(2);
	await expect(due2027.locator('[data-testid="target-tile"][data-status="no-data"]')).toHaveCount(
		3
	);
	const undated = dash.locator('[data-kind="undated"][data-year="2035"]');
	await expect(undated.getByTestId('target-tile')).toHaveCount(6);
	await expect(undated).toContainText('年份未注明 · 按 2035 年研判');
	// none of them has data: the group starts folded, so the chart is not pushed down the page
	await expect(undated).not.toHaveAttribute('open');
	await expect(due2027).toHaveAttribute('open');
	const tile = dash.locator(
		'[data-testid="target-tile"][data-indicator="education-community-coverage"]'
	);
	await expect(tile).toHaveCount(1);
	// one point (85 %, 2025) and no rate: no probability, and the rate ≥ 90 % needs: (90 − 85)/2
	await expect(tile).toContainText('数据点不足两个');
	await expect(tile).toContainText('所需 2.5');
});

test('a dashboard group the analyst folds stays folded while the slider changes its tiles', async ({
	page
}) => {
	await openApp(page);
	const due2027 = page
		.getByTestId('plan-dashboard')
		.locator('[data-kind="milestone"][data-year="2027"]');
	await expect(due2027).toHaveAttribute('open');
	await due2027.locator('summary').click();
	await expect(due2027).not.toHaveAttribute('open');
	await chooseIndicator(page, '教共体覆盖率');
	await setRate(page, '3');
	await page.getByTestId('rate-slider').focus();
	await page.keyboard.press('ArrowRight');
	// the run changed the 2027 tiles (85 + 2 × 3 = 91 ≥ 90: on track), and the group stayed folded
	await expect(
		due2027.locator('[data-testid="target-tile"][data-indicator="education-community-coverage"]')
	).toHaveAttribute('data-status', 'on-track');
	await expect(due2027).not.toHaveAttribute('open');
	await due2027.locator('summary').click();
	await expect(due2027).toHaveAttribute('open');
});

test('a tile sets an assumption: chart and panel on its indicator, the keyboard in the rate box', async ({
	page
}) => {
	await openApp(page);
	await chooseIndicator(page, '高等教育毛入学率');
	const tile = page.locator(
		'[data-testid="target-tile"][data-indicator="education-community-coverage"]'
	);
	await tile.getByTestId('tile-assume').click();
	await expect(page.getByTestId('indicator-select').locator('option:checked')).toHaveText(
		/教共体覆盖率/
	);
	await expect(page.getByTestId('rate-number')).toBeFocused();
	// 85 (2025) + 3 a year = 91 in 2027 ≥ 90, with no spread (one point): on track
	await page.keyboard.type('3');
	await page.keyboard.press('Enter');
	await expect(tile).toHaveAttribute('data-status', 'on-track');
	await tile.getByTestId('tile-source').click();
	await expect(page.getByTestId('provenance')).toContainText('覆盖率达到90%');
});

test('the tabs are ARIA tabs: one selected, the arrows, Home and End move between them', async ({
	page
}) => {
	await openApp(page);
	await expect(page.getByRole('tablist')).toBeVisible();
	await expect(page.getByRole('tab')).toHaveCount(4);
	await expect(tab(page, 'chart')).toHaveAttribute('aria-selected', 'true');
	await tab(page, 'chart').focus();
	await page.keyboard.press('ArrowRight');
	await expect(tab(page, 'table')).toHaveAttribute('aria-selected', 'true');
	await expect(tab(page, 'table')).toBeFocused();
	await expect(tab(page, 'chart')).toHaveAttribute('aria-selected', 'false');
	await expect(page.getByRole('tabpanel')).toHaveAttribute('aria-labelledby', 'view-tab-table');
	await page.keyboard.press('End');
	await expect(tab(page, 'sources')).toHaveAttribute('aria-selected', 'true');
	await page.keyboard.press('ArrowRight'); // wraps around
	await expect(tab(page, 'chart')).toHaveAttribute('aria-selected', 'true');
	await page.keyboard.press('ArrowLeft');
	await expect(tab(page, 'sources')).toBeFocused();
	await page.keyboard.press('Home');
	await expect(tab(page, 'chart')).toBeFocused();
	await expect(page.getByTestId('main-chart')).toBeVisible();
});

test('the table: actuals with sources, projections marked, sortable, exported, and in the link', async ({
	page,
	browser
}) => {
	await openApp(page);
	await chooseIndicator(page, '高等教育毛入学率');
	const before = page.url();
	await tab(page, 'table').click();
	const table = page.getByTestId('series-table');
	await expect(table).toBeVisible();
	const cell = (year: number, region: string) =>
		table.locator(`tr[data-year="${year}"] td[data-region="${region}"]`);
	// seeds: 重庆市 53.3 % in 2020 (the 十四五 plan), 40.5 % in 2015; 浙江省 56 (2015), 62.4 (2020)
	await expect(cell(2020, 'chongqing')).toContainText('53.3%');
	await expect(cell(2020, 'chongqing')).toHaveAttribute('data-kind', 'actual');
	await expect(cell(2015, 'chongqing')).toContainText('40.5%');
	// 浙江省 has two points: its fitted line is (62.4 − 56)/5 = 1.28 a year, so 63.68 in 2021
	await expect(cell(2021, 'zhejiang')).toHaveAttribute('data-kind', 'projected');
	await expect(cell(2021, 'zhejiang')).toContainText('63.68%');
	await expect(cell(2021, 'zhejiang')).toContainText('预测');
	// a value opens its source
	await cell(2020, 'chongqing').getByRole('button').click();
	await expect(page.getByTestId('provenance')).toContainText('十四五');
	await page.keyboard.press('Escape');
	// sorted by 重庆市's values, lowest first: 8 % in 1997 (seeds), the first year of its series
	await table.getByTestId('table-sort').first().click();
	await expect(table.locator('tbody tr').first()).toHaveAttribute('data-year', '1997');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('export-table').click()
	]);
	const rows = Papa.parse<Record<string, string>>(await readDownload(download), {
		header: true,
		skipEmptyLines: true
	}).data;
	const cq2020 = rows.find((r) => r.region === '重庆市' && r.year === '2020');
	expect(cq2020).toMatchObject({ value: '53.3', kind: 'actual', scenario: '基线 Baseline' });
	expect(cq2020?.exported).toMatch(/^\d{4}-\d\d-\d\d$/);
	expect(rows.find((r) => r.region === '浙江省' && r.year === '2021')?.kind).toBe('projected');

	const other = await openLink(browser, await settledLink(page, before));
	await expect(tab(other, 'table')).toHaveAttribute('aria-selected', 'true');
	await expect(other.getByTestId('series-table')).toContainText('53.3%');
});

test('the ranking: the provinces for a year, the focus highlighted, national as a line; in the link', async ({
	page,
	browser
}) => {
	await openApp(page);
	await chooseIndicator(page, '高等教育毛入学率');
	await tab(page, 'ranking').click();
	await expect(page.getByTestId('rank-scope')).toHaveValue('level:province');
	const before = page.url();
	await page.getByTestId('rank-year').selectOption('2024');
	await expect(page.getByTestId('ranking-chart')).toHaveAttribute('data-series', '2'); // bars, national
	const list = page.getByTestId('ranking-list');
	// 2024 actuals (seeds and reference): 福建省 63.9 %, 重庆市 63.5 %, national 60.8 %
	const focus = list.locator('tr.focus');
	await expect(focus).toHaveAttribute('data-region', 'chongqing');
	await expect(focus).toContainText('63.5%');
	await expect(focus).toHaveAttribute('data-kind', 'actual');
	await expect(list.locator('tr.national')).toContainText('60.8%');
	const order = await list
		.locator('tbody tr[data-region]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-region')));
	expect(order.indexOf('fujian')).toBeLessThan(order.indexOf('chongqing'));
	const values = await list
		.locator('tbody tr[data-region] td:nth-child(3)')
		.evaluateAll((els) => els.map((e) => parseFloat(e.textContent ?? '')));
	expect(values).toEqual([...values].sort((a, b) => b - a));

	const other = await openLink(browser, await settledLink(page, before));
	await expect(tab(other, 'ranking')).toHaveAttribute('aria-selected', 'true');
	await expect(other.getByTestId('rank-year')).toHaveValue('2024');
	await expect(other.getByTestId('ranking-list').locator('tr.focus')).toContainText('63.5%');
});

test('sources and definitions: the indicator’s note, every source, and a series break; in the link', async ({
	page,
	browser
}) => {
	await openApp(page);
	await chooseIndicator(page, '高等教育毛入学率');
	await tab(page, 'sources').click();
	const view = page.getByTestId('sources-view');
	// seeds/indicators.csv, note of 高等教育毛入学率
	await expect(view.getByTestId('indicator-note')).toContainText('gross ratio: may exceed 100');
	await expect(view).toContainText('教育部《2024年全国教育事业发展统计公报》');
	expect(await view.getByTestId('source-entry').count()).toBeGreaterThan(10);
	// seeds/conflicts.csv: 重庆市 九年义务教育巩固率 breaks in 2025 (95.9 % → 98.3 %)
	const before = page.url();
	await chooseIndicator(page, '九年义务教育巩固率');
	await expect(view).toContainText('2025 年起为新序列');
	await expect(view).toContainText('序列断点');

	const other = await openLink(browser, await settledLink(page, before));
	await expect(tab(other, 'sources')).toHaveAttribute('aria-selected', 'true');
	await expect(other.getByTestId('sources-view')).toContainText('2025 年起为新序列');
});

test('years behind: each comparison region against the focus’s projected 2027 value', async ({
	page
}) => {
	await openApp(page);
	await chooseIndicator(page, '高等教育毛入学率');
	// 重庆市 64.25 % in 2025 (its latest actual) + 2 a year → 68.25 % in 2027.
	await setRate(page, '2');
	const behind = page.getByTestId('years-behind');
	const line = (region: string) => behind.locator(`li[data-region="${region}"]`);
	// 浙江省: 62.4 (2020) + 1.28 a year (its two points) reaches 68.25 at 2020 + 5.85/1.28 =
	// 2024.57 ≈ 2025: about 2 years behind.
	await expect(line('zhejiang')).toHaveAttribute('data-year', '2025');
	await expect(line('zhejiang')).toHaveAttribute('data-years', '2');
	await expect(line('zhejiang')).toContainText('重庆市 2027 预计 68.3%');
	await expect(line('zhejiang')).toContainText('≈ 浙江省预计 2025 年的水平（落后约 2 年）');
	// 全国: least squares over 2015–2024 (40 … 60.8) gives 205.55/82.5 = 2.49 a year from 60.8
	// (2024): 68.25 in 2024 + 7.45/2.49 = 2026.99 ≈ 2027: level.
	await expect(line('national')).toHaveAttribute('data-years', '0');
	await expect(line('national')).toContainText('大致相当');
	// 赣州市 has no 高等教育毛入学率 at all
	await page.getByTestId('compare-search').fill('赣州'); // the first match: 赣州市 (a city)
	await page.getByTestId('compare-search').press('Enter');
	await expect(line('ganzhou')).toContainText('赣州市：无可比数据');
	await expect(line('ganzhou')).toHaveAttribute('data-kind', 'no-data');
});

test('the region picker says which regions have data, and adding one without data says so', async ({
	page
}) => {
	await openApp(page);
	await chooseIndicator(page, '高等教育毛入学率');
	const search = page.getByTestId('compare-search');
	await search.fill('赣州');
	await expect(page.locator('#opt-ganzhou')).toContainText('无数据');
	await search.fill('湖南');
	await expect(page.locator('#opt-hunan')).toContainText(/\d+ 个数据点/);
	await search.fill('赣州'); // the first match: 赣州市 (a city; 会昌县 is a county of it)
	await search.press('Enter');
	await expect(page.getByTestId('app-message')).toContainText('赣州市没有“高等教育毛入学率”的数据');
	await expect(page.getByTestId('compare-list')).toContainText('赣州市');
	await expect(page.getByTestId('compare-list').locator('li', { hasText: '赣州市' })).toContainText(
		'无数据'
	);
});

test('moving a slider shows the fitted trend as a faint line and the scorecard a difference column', async ({
	page
}) => {
	await openApp(page);
	await chooseIndicator(page, '教共体覆盖率');
	const chart = page.getByTestId('main-chart');
	await expect(chart).toHaveAttribute('data-series', /\d+/);
	const before = Number(await chart.getAttribute('data-series'));
	await expect(page.getByTestId('reference-bar')).toHaveCount(0);
	await expect(page.getByTestId('diff-header')).toHaveCount(0);
	const slider = page.getByTestId('rate-slider');
	await slider.focus();
	for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
	// one more series: the fitted trend (85 % held, no points to fit) beside the new projection
	await expect(chart).toHaveAttribute('data-series', String(before + 1));
	await expect(page.getByTestId('reference-bar')).toContainText('拟合趋势（无假设）');
	await expect(page.getByTestId('diff-header')).toContainText('拟合趋势');
	// fitted, 教共体 2027 needed an assumption; now it has a rate and a verdict
	const row = page.locator(
		'[data-testid="target-row"][data-indicator="教共体覆盖率"][data-year="2027"]'
	);
	await expect(row.getByTestId('diff')).toContainText('原为：需设定假设');
	await page.getByTestId('reset-assumption').click();
	await expect(chart).toHaveAttribute('data-series', String(before));
	await expect(page.getByTestId('reference-bar')).toHaveCount(0);
});

test('comparing with a built-in scenario opens full width, both projections on one chart; in the link', async ({
	page,
	browser
}) => {
	await openApp(page);
	await chooseIndicator(page, '高等教育毛入学率');
	const before = page.url();
	await page.getByTestId('scenario-panel').locator('summary').click();
	await page.getByTestId('builtin-select').selectOption('accelerated');
	await page.getByTestId('builtin-compare').click();
	const dialog = page.getByTestId('scenario-compare');
	await expect(dialog).toBeVisible();
	const box = await dialog.boundingBox();
	expect(box?.width).toBeGreaterThan(1200); // the page is 1280 wide
	// actuals, the current projection and its band (2), the accelerated one, targets, milestones
	await expect(dialog.getByTestId('compare-chart')).toHaveAttribute('data-series', /\d+/);
	expect(
		Number(await dialog.getByTestId('compare-chart').getAttribute('data-series'))
	).toBeGreaterThanOrEqual(5);
	await expect(dialog).toContainText('加速 Accelerated');
	await expect(dialog.getByTestId('verdict-changes')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	// the main chart keeps the accelerated projection as its faint line
	await expect(page.getByTestId('reference-bar')).toContainText('加速 Accelerated');

	const other = await openLink(browser, await settledLink(page, before));
	await expect(other.getByTestId('reference-bar')).toContainText('加速 Accelerated');
});

test('the scorecard CSV names its scenario and date and has no floating-point noise', async ({
	page
}) => {
	await openApp(page);
	await page.getByTestId('scope-select').selectOption('all');
	await page.getByTestId('milestone-select').selectOption('');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('export-scorecard').click()
	]);
	expect(download.suggestedFilename()).toMatch(/基线_Baseline-\d{4}-\d\d-\d\d\.csv$/);
	const rows = Papa.parse<Record<string, string>>(await readDownload(download), {
		header: true,
		skipEmptyLines: true
	}).data;
	expect(rows.length).toBeGreaterThan(50);
	/** Significant digits as written: 0.4000000000000057 → 16, 53.3 → 3, 0.85 → 2. */
	const significant = (s: string) =>
		s.replace(/^-/, '').replace('.', '').replace(/e.*$/i, '').replace(/^0+/, '').length;
	for (const r of rows) {
		expect(r.scenario).toBe('基线 Baseline');
		expect(r.exported).toMatch(/^\d{4}-\d\d-\d\d$/);
		for (const k of ['rate', 'sigma', 'compared_value', 'required_rate', 'probability', 'margin'])
			if (r[k]) expect(significant(r[k]!), `${k} ${r[k]}`).toBeLessThanOrEqual(12);
	}
});

test('the language toggle is named by its visible text', async ({ page }) => {
	await openApp(page);
	await expect(page.getByTestId('lang-toggle')).toHaveAccessibleName(/^English/);
	await page.getByTestId('lang-toggle').click();
	await expect(page.getByTestId('lang-toggle')).toHaveAccessibleName(/^中文/);
});
