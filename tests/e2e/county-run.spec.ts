/**
 * At county scale a global change is assessed in the batch workers, and the page goes on
 * showing the previous run's verdicts meanwhile: it says so where they are shown, and stops
 * saying so once the new ones are in.
 */
import { expect, test } from '@playwright/test';
import { chooseIndicator, openApp } from './helpers.ts';

// 7,000 districts × 3 targets = 21,000 rows: above the 20,000 from which a global change goes
// to the workers (WORKER_MIN_ROWS in src/lib/scenario/run.ts).
const DISTRICTS = 7_000;
const INDICATOR = '学前教育毛入园率';
const name = (i: number) => `测试县${i + 1}`;

function countyCsv(): Buffer {
	const lines = ['region,indicator,year,value,kind'];
	for (let i = 0; i < DISTRICTS; i++) {
		for (let y = 2019; y <= 2023; y++)
			lines.push(`${name(i)},${INDICATOR},${y},${70 + (i % 20) + (y - 2019) * 1.5},actual`);
		for (const [y, v] of [
			[2027, 90],
			[2029, 93],
			[2035, 97]
		])
			lines.push(`${name(i)},${INDICATOR},${y},${v},target`);
	}
	return Buffer.from(lines.join('\n'));
}

function methodForAll(method: string, asOf?: number): Buffer {
	const assumptions = Array.from({ length: DISTRICTS }, (_, i) => ({
		region: name(i),
		indicator: INDICATOR,
		method
	}));
	return Buffer.from(
		JSON.stringify({
			format: 'mubiao-scenario',
			version: 2,
			name: '全部复合增长',
			// Opening a scenario shows its view: the first county in focus.
			view: { region: name(0), indicator: INDICATOR },
			...(asOf ? { asOf } : {}),
			assumptions
		})
	);
}

test('while the workers re-assess every county, the verdicts are marked as the previous ones', async ({
	page
}) => {
	test.setTimeout(180_000);
	await openApp(page);
	await page.getByTestId('open-import').click();
	await page.getByTestId('csv-input').setInputFiles({
		name: 'counties.csv',
		mimeType: 'text/csv',
		buffer: countyCsv()
	});
	await expect(page.getByTestId('import-preview')).toContainText('测试县1', { timeout: 60_000 });
	await page.getByTestId('import-apply').click();
	await expect(page.getByTestId('import-dialog')).toBeHidden({ timeout: 60_000 });
	await expect(page.getByTestId('target-row').first()).toBeVisible({ timeout: 60_000 });
	await chooseIndicator(page, INDICATOR);
	await page.getByTestId('region-select').selectOption({ label: name(0) });
	// Before: the fitted linear trend (points a year).
	const before = await page.getByTestId('rate-number').inputValue();

	// Record every appearance of the notice, however short (no race with the workers).
	await page.evaluate(() => {
		const w = window as unknown as { __pending: string[]; __rate: string[] };
		w.__pending = [];
		w.__rate = [];
		new MutationObserver(() => {
			const shown = document.querySelector('[data-testid="run-pending"]');
			const busy = document.querySelector('[aria-busy="true"][aria-labelledby="score-title"]');
			if (!shown || !busy) return;
			w.__pending.push(shown.textContent ?? '');
			w.__rate.push(document.querySelector<HTMLInputElement>('[data-testid="rate-number"]')!.value);
		}).observe(document.body, { childList: true, subtree: true, attributes: true });
	});
	await page.getByTestId('scenario-panel').locator('summary').click();
	await page.getByTestId('scenario-import').setInputFiles({
		name: 'compound.json',
		mimeType: 'application/json',
		buffer: methodForAll('compound')
	});
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { __pending: string[] }).__pending), {
			timeout: 60_000
		})
		.toContainEqual(expect.stringContaining('正在按修改后的情景重新研判全部目标'));
	// Once the workers' results are in: no notice, nothing marked busy.
	await expect(page.getByTestId('run-pending')).toHaveCount(0, { timeout: 60_000 });
	await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
	// The focus county's rate was already the new method's while the others were assessed.
	const during = await page.evaluate(() => (window as unknown as { __rate: string[] }).__rate);
	const after = await page.getByTestId('rate-number').inputValue();
	await expect(page.getByTestId('region-select').locator('option:checked')).toHaveText(name(0));
	expect(after).not.toBe(before);
	// (The box may show one digit fewer meanwhile: its step follows the required rates, which
	// come with the workers' results.)
	expect(during.length).toBeGreaterThan(0);
	for (const shown of during) expect(Number(shown)).toBeCloseTo(Number(after), 2);

	// New settings ("today" is 2030) re-assess every target too, also in the workers.
	await page.evaluate(() => {
		(window as unknown as { __pending: string[] }).__pending.length = 0;
	});
	await page.getByTestId('scenario-import').setInputFiles({
		name: 'compound-2030.json',
		mimeType: 'application/json',
		buffer: methodForAll('compound', 2030)
	});
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { __pending: string[] }).__pending), {
			timeout: 60_000
		})
		.not.toEqual([]);
	await expect(page.getByTestId('run-pending')).toHaveCount(0, { timeout: 60_000 });
});
