/**
 * Accessibility measured with axe-core: no serious or critical violation on any view of the
 * comparison, the plan dashboard, or any dialog (import, extraction, provenance, the scenario
 * panel and the full scenario comparison), in Chinese and in English.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers.ts';

const LANGS = ['zh', 'en'] as const;

/**
 * The serious and critical violations on the page (or inside `include`), as readable lines: the
 * WCAG 2.1 A and AA rules, and "label in name" (WCAG 2.5.3: a control's accessible name holds its
 * visible text), which axe counts as experimental and runs only when asked.
 */
async function violations(page: Page, include?: string): Promise<string[]> {
	const scan = (b: AxeBuilder) => (include ? b.include(include) : b).analyze();
	const [wcag, labelInName] = [
		await scan(new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])),
		await scan(new AxeBuilder({ page }).withRules(['label-content-name-mismatch']))
	];
	return [...wcag.violations, ...labelInName.violations]
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map(
			(v) =>
				`${v.id} (${v.impact}): ${v.help} — ${v.nodes
					.slice(0, 3)
					.map((n) => n.target.join(' '))
					.join(' | ')}`
		);
}

async function open(page: Page, lang: (typeof LANGS)[number]) {
	await openApp(page);
	await expect(page.getByTestId('plan-dashboard')).toBeVisible();
	await expect(page.getByTestId('scorecard')).toBeVisible();
	if (lang === 'en') {
		await page.getByTestId('lang-toggle').click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	}
	// A trend to compare with the fitted one: the faint line, the difference column.
	await page.getByTestId('indicator-select').selectOption('higher-ed-gross-enrolment');
}

for (const lang of LANGS) {
	test(`every view of the comparison passes axe (${lang})`, async ({ page }) => {
		await open(page, lang);
		await page.getByTestId('rate-number').fill('0.5');
		await page.getByTestId('rate-number').press('Enter');
		await expect(page.getByTestId('reference-bar')).toBeVisible();
		expect(await violations(page), 'chart, dashboard, scorecard').toEqual([]);
		for (const view of ['table', 'ranking', 'sources'] as const) {
			await page.locator(`[data-testid="view-tab"][data-view="${view}"]`).click();
			await expect(page.locator(`#view-panel[data-view="${view}"]`)).toBeVisible();
			if (view === 'ranking') await expect(page.getByTestId('ranking-list')).toBeVisible();
			if (view === 'table') await expect(page.getByTestId('series-table')).toBeVisible();
			if (view === 'sources') await expect(page.getByTestId('source-entry').first()).toBeVisible();
			expect(await violations(page), view).toEqual([]);
		}
		await page.getByTestId('midterm').locator('summary').click();
		await page.getByTestId('scope-select').selectOption('all');
		await expect(page.getByTestId('midterm-chart')).toHaveAttribute('data-series', /\d/);
		expect(await violations(page), 'mid-term review').toEqual([]);
	});

	test(`the dialogs and the scenario panel pass axe (${lang})`, async ({ page }) => {
		await open(page, lang);
		await page.getByTestId('scenario-panel').locator('summary').click();
		await expect(page.getByTestId('scenario-save')).toBeVisible();
		expect(await violations(page), 'scenario panel').toEqual([]);

		await page.getByTestId('builtin-select').selectOption('accelerated');
		await page.getByTestId('builtin-compare').click();
		await expect(page.getByTestId('compare-chart')).toHaveAttribute('data-series', /\d/);
		expect(await violations(page, '[data-testid="scenario-compare"]'), 'comparison').toEqual([]);
		await page.keyboard.press('Escape');

		await page.getByTestId('target-tile').first().getByTestId('tile-source').click();
		await expect(page.getByTestId('provenance')).toBeVisible();
		await expect(page.getByTestId('provenance').locator('blockquote').first()).toBeVisible();
		expect(await violations(page, '[data-testid="provenance"]'), 'provenance').toEqual([]);
		await page.keyboard.press('Escape');

		await page.getByTestId('open-import').click();
		await expect(page.getByTestId('import-dialog')).toBeVisible();
		expect(await violations(page, '[data-testid="import-dialog"]'), 'import').toEqual([]);
		await page.keyboard.press('Escape');

		await page.getByTestId('open-extract').click();
		await expect(page.getByTestId('extract-dialog')).toBeVisible();
		expect(await violations(page, '[data-testid="extract-dialog"]'), 'extraction').toEqual([]);
	});
}
