import { expect, test } from '@playwright/test';
import { chooseIndicator, openApp, row, seedFigures, seedSources } from './helpers.ts';

test("the first screen asks the plan's question: Chongqing's 2027 targets, and says what cannot be judged", async ({
	page
}) => {
	await openApp(page);
	await expect(page.locator('h1')).toContainText('目标');
	// The chart opens on the first 2027 target with data, 教共体覆盖率, not on an indicator
	// that has no 2027 target.
	await expect(page.getByTestId('indicator-select').locator('option:checked')).toHaveText(
		/教共体覆盖率/
	);
	const seriesCount = Number(await page.getByTestId('main-chart').getAttribute('data-series'));
	expect(seriesCount).toBeGreaterThanOrEqual(4); // focus, three comparators, and more
	// The 2027 column (targets due 2025–2027): 教共体 and 本科博士 have one point each (need an
	// assumption); 智慧教育平台, 职业教育双师型 and 中职双师型 (2025) have no data.
	const head = page.getByTestId('headline').locator('li[data-milestone="2027"]');
	await expect(head).toHaveAttribute('data-count', '5');
	await expect(head).toHaveAttribute('data-unjudged', '5');
	await expect(head).toContainText('2 项需设定假设');
	await expect(head).toContainText('3 项缺数据');
	const rows = page.getByTestId('target-row');
	await expect(rows).toHaveCount(5);
	for (const y of await rows.evaluateAll((els) => els.map((e) => Number(e.dataset.year))))
		expect(y).toBeLessThanOrEqual(2027);
	// One point is no trend: the rate is neither fitted nor set, so the panel asks for one and
	// tags nothing.
	const panel = page.getByTestId('assumption-panel');
	await expect(panel).toContainText('数据点不足两个');
	await expect(panel.locator('.tag')).toHaveCount(0);
});

test("every seed target of 重庆市 is listed, an undated one at its plan's horizon", async ({
	page
}) => {
	await openApp(page);
	await page.getByTestId('milestone-select').selectOption('');
	const horizons = new Map(
		seedSources().map((s) => [s.id ?? '', s.horizon ? Number(s.horizon) : 2035])
	);
	const targets = seedFigures().filter((f) => f.region === '重庆市' && f.kind === 'target');
	expect(targets.length).toBeGreaterThanOrEqual(10);
	for (const t of targets) {
		const source = (t.source ?? '').split(' | ')[0] ?? '';
		const year = t.year ? Number(t.year) : (horizons.get(source) ?? 2035);
		await expect(row(page, t.indicator ?? '', year), `${t.indicator} ${year}`).toHaveCount(1);
	}
});

test('each row says which year and value it compared, and on what it rests', async ({ page }) => {
	await openApp(page);
	await page.getByTestId('milestone-select').selectOption('');
	// ≥ 33 % (2012): between the actuals of 2010 (30 %) and 2015 (40.5 %): 30 + 2·10.5/5 = 34.2
	const r2012 = row(page, '高等教育毛入学率', 2012);
	await expect(r2012).toHaveAttribute('data-status', 'met');
	await expect(r2012).toHaveAttribute('data-evaluation', 'interpolated');
	await expect(r2012.getByTestId('compared-how')).toHaveText('2010–2015 插值');
	await expect(r2012).toContainText('34.2%');
	// ≥ 50 % (2020): the 2020 actual, 53.3 %
	const r2020 = row(page, '高等教育毛入学率', 2020);
	await expect(r2020).toHaveAttribute('data-status', 'met');
	await expect(r2020.getByTestId('compared-how')).toHaveText('2020 实际值');
	// 教共体 2027: one point, so the basis says so and there is no probability
	const gap = row(page, '教共体覆盖率', 2027);
	await expect(gap.getByTestId('basis')).toHaveText('仅 1 个数据点（2025）');
	await expect(gap.getByTestId('compared-how')).toHaveText('保持 2025 年值（未设速率）');
	await page.getByTestId('scorecard').screenshot({ path: 'test-results/scorecard-verdicts.png' });
});

test('a target opens its source with the excerpt from the document', async ({ page }) => {
	await openApp(page);
	const r = row(page, '教共体覆盖率', 2027);
	await r.getByRole('button', { name: '查看来源' }).click();
	const dialog = page.getByTestId('provenance');
	await expect(dialog).toBeVisible();
	await expect(dialog).toContainText('覆盖率达到90%');
	await expect(dialog).toContainText('004_f6d3116d4cc072a8.txt');
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
});

// 教共体覆盖率: 85 % in 2025 (one point, so no fitted trend and σ = 0); target ≥ 90 % in 2027.
// Required rate = (90 − 85)/(2027 − 2025) = 2.5 points a year; below it P = 0 (off track), at or
// above it P = 1 (on track). The projected 2027 value is 85 + 2·rate.
test('dragging the rate slider with the mouse changes the projection and, across 2.5, the status', async ({
	page
}) => {
	await openApp(page);
	await chooseIndicator(page, '教共体覆盖率');
	const target = row(page, '教共体覆盖率', 2027);
	// one point and no rate: the honest answer is "set an assumption", not 0 %
	await expect(target).toHaveAttribute('data-status', 'needs-assumption');
	await expect(target).toHaveAttribute('data-probability', '');
	await expect(target).toHaveAttribute('data-projected', '85');
	const slider = page.getByTestId('rate-slider');
	await expect(slider).toHaveAccessibleName(/速率/);
	const box = await slider.boundingBox();
	if (!box) throw new Error('no slider');
	const y = box.y + box.height / 2;
	await page.mouse.move(box.x + box.width / 2, y);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width * 0.75, y, { steps: 8 });
	await page.mouse.move(box.x + box.width - 2, y, { steps: 8 });
	await page.mouse.up();
	const rate = Number(await slider.inputValue());
	expect(rate).toBeGreaterThan(2.5);
	await expect(target).toHaveAttribute('data-status', 'on-track');
	const projected = Number(await target.getAttribute('data-projected'));
	expect(projected).toBeCloseTo(Math.min(100, 85 + 2 * rate), 6);
});

test('the keyboard moves the slider too, and the status follows the required rate', async ({
	page
}) => {
	await openApp(page);
	await chooseIndicator(page, '教共体覆盖率');
	const target = row(page, '教共体覆盖率', 2027);
	await page.getByTestId('rate-number').fill('2.4');
	await page.getByTestId('rate-number').press('Enter');
	await expect(target).toHaveAttribute('data-status', 'off-track');
	await expect(target).toHaveAttribute('data-projected', /^89\.8/); // 85 + 2 × 2.4
	const slider = page.getByTestId('rate-slider');
	await slider.focus();
	const step = Number(await slider.getAttribute('step'));
	const presses = Math.ceil(0.15 / step);
	for (let i = 0; i < presses; i++) await page.keyboard.press('ArrowRight');
	await expect(target).toHaveAttribute('data-status', 'on-track');
	await page.keyboard.press('PageDown');
	await expect(target).toHaveAttribute('data-status', 'off-track');
});

// Out of view, the scorecard is not rendered while a slider keeps changing its rows
// (state/quiet.svelte.ts): scrolled to, it is, with the numbers of the last move.
test('a slider moved with the scorecard out of view: scrolled to, the table shows the last move', async ({
	page
}) => {
	await openApp(page);
	await chooseIndicator(page, '教共体覆盖率');
	await page.getByTestId('rate-number').fill('2');
	await page.getByTestId('rate-number').press('Enter');
	const target = row(page, '教共体覆盖率', 2027);
	await expect(target).toHaveAttribute('data-projected', '89'); // 85 + 2 × 2
	const box = await target.boundingBox();
	expect(box?.y ?? 0).toBeGreaterThan(page.viewportSize()?.height ?? 0); // below the fold
	const slider = page.getByTestId('rate-slider');
	await slider.focus();
	const step = Number(await slider.getAttribute('step'));
	for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
	await target.scrollIntoViewIfNeeded();
	await expect(target).toBeVisible();
	// 85 + 2 × (2 + 10 steps)
	const projected = 85 + 2 * (2 + 10 * step);
	await expect(target).toHaveAttribute('data-projected', String(Number(projected.toFixed(10))));
	await expect(target.locator('td.num').nth(1)).toContainText(projected.toFixed(1));
});

test('goal seek sets the required rate and the target becomes on track', async ({ page }) => {
	await openApp(page);
	const target = row(page, '教共体覆盖率', 2027);
	await target.getByRole('button', { name: '所需' }).click();
	await expect(target).toHaveAttribute('data-status', 'on-track');
	await expect(page.getByTestId('rate-number')).toHaveValue(/^2\.5/);
});

test('switching language changes the labels and keeps the state', async ({ page }) => {
	await openApp(page);
	await chooseIndicator(page, '教共体覆盖率');
	await page.getByTestId('rate-number').fill('3');
	await page.getByTestId('rate-number').press('Enter');
	await expect(row(page, '教共体覆盖率', 2027)).toHaveAttribute('data-status', 'on-track');
	await page.getByTestId('lang-toggle').click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByText('Assumptions', { exact: true })).toBeVisible();
	await expect(page.getByTestId('rate-slider')).toHaveAccessibleName(/Rate/);
	await expect(page.getByTestId('rate-number')).toHaveValue('3');
	await expect(row(page, '教共体覆盖率', 2027)).toHaveAttribute('data-status', 'on-track');
	await expect(page.getByTestId('main-chart')).toHaveAttribute('aria-label', /Coverage|coverage/);
	await page.getByTestId('lang-toggle').click();
	await expect(page.getByText('假设', { exact: true })).toBeVisible();
});

test('the PNG export downloads a non-empty image, and SVG and CSV exports download', async ({
	page
}) => {
	await openApp(page);
	const [png] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('export-png').click()
	]);
	expect(png.suggestedFilename()).toMatch(/\.png$/);
	const bytes = await readDownload(png);
	expect(bytes.length).toBeGreaterThan(20_000);
	expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]); // PNG signature
	const [svg] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('export-svg').click()
	]);
	const svgText = (await readDownload(svg)).toString('utf8');
	expect(svgText).toContain('<svg');
	expect(svgText).toContain('教共体覆盖率');
	const [csv] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('export-scorecard').click()
	]);
	expect((await readDownload(csv)).toString('utf8')).toContain('教共体覆盖率');
});

async function readDownload(d: import('@playwright/test').Download): Promise<Buffer> {
	const stream = await d.createReadStream();
	const chunks: Buffer[] = [];
	for await (const c of stream) chunks.push(c as Buffer);
	return Buffer.concat(chunks);
}

test('the mid-term review charts time against progress and exports it; an anchor opens its source', async ({
	page
}) => {
	await openApp(page);
	await page.getByTestId('scope-select').selectOption('all');
	await page.getByTestId('midterm').locator('summary').click();
	// time elapsed, and progress as two series: on schedule (green) and behind (red)
	await expect(page.getByTestId('midterm-chart')).toHaveAttribute('data-series', '3');
	const [png] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('export-midterm').click()
	]);
	// the file says what it shows: all regions, the mid-term review, the scenario and the date
	expect(png.suggestedFilename()).toMatch(/^mubiao-all-midterm-.+-\d{4}-\d\d-\d\d\.png$/);
	// 教共体覆盖率 starts from 85 % (2025), a figure from the reference statistics' press conference.
	await page.getByTestId('scope-select').selectOption('focus');
	await row(page, '教共体覆盖率', 2027).getByRole('button', { name: /85/ }).click();
	await expect(page.getByTestId('provenance')).toContainText('中新网 2025-10-20');
});

test('the legend is a row of buttons: the keyboard switches a series off and on', async ({
	page
}) => {
	await openApp(page);
	const chart = page.getByTestId('main-chart');
	await expect(page.getByTestId('main-chart-title')).toHaveText('教共体覆盖率：重庆市与对比地区');
	const before = Number(await chart.getAttribute('data-series'));
	const national = page.locator('.legend button', { hasText: '全国' });
	await expect(national).toHaveAttribute('aria-pressed', 'true');
	await national.focus();
	await page.keyboard.press('Space');
	await expect(national).toHaveAttribute('aria-pressed', 'false');
	// One series fewer drawn: the national line alone carries that name.
	await expect(chart).toHaveAttribute('data-series', String(before - 1));
	await page.keyboard.press('Enter');
	await expect(national).toHaveAttribute('aria-pressed', 'true');
	await expect(chart).toHaveAttribute('data-series', String(before));
	await expect(page.getByTestId('main-chart-source')).toContainText('数据来源');
});
