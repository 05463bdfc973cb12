/**
 * At county scale a global change is assessed in the batch workers, and the page goes on
 * showing the previous run's verdicts meanwhile: it says so where they are shown, and stops
 * saying so once the new ones are in. Under the same settings the focus county is assessed at
 * once, so its scorecard is already the new one and the notice speaks of the other counties.
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

test('while the workers re-assess every county, the verdicts not yet new are marked as the previous ones', async ({
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

	// Record every appearance of the notice, however short (no race with the workers), with
	// whether the scorecard (scope "focus") was marked busy and the focus county's rate then.
	await page.evaluate(() => {
		const w = window as unknown as { __pending: string[]; __busy: boolean[]; __rate: string[] };
		w.__pending = [];
		w.__busy = [];
		w.__rate = [];
		new MutationObserver(() => {
			const shown = document.querySelector('[data-testid="run-pending"]');
			if (!shown) return;
			const busy = document.querySelector('[aria-busy="true"][aria-labelledby="score-title"]');
			w.__pending.push(shown.textContent ?? '');
			w.__busy.push(busy !== null);
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
		.toContainEqual(expect.stringContaining(`${name(0)}的目标已按修改后的情景重新研判`));
	// The focus county's own verdicts were new already: its scorecard was never marked busy.
	expect(
		await page.evaluate(() => (window as unknown as { __busy: boolean[] }).__busy)
	).not.toContain(true);
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

	// New settings ("today" is 2030) re-assess every target too, also in the workers, and lay
	// the rows out anew: nothing is new until the workers are done, the focus county included.
	await page.evaluate(() => {
		const w = window as unknown as { __pending: string[]; __busy: boolean[] };
		w.__pending.length = 0;
		w.__busy.length = 0;
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
		.toContainEqual(expect.stringContaining('正在按修改后的情景重新研判全部目标'));
	expect(await page.evaluate(() => (window as unknown as { __busy: boolean[] }).__busy)).toContain(
		true
	);
	await expect(page.getByTestId('run-pending')).toHaveCount(0, { timeout: 60_000 });
});
