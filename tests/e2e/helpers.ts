/** Shared steps of the end-to-end tests. */
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import Papa from 'papaparse';

/** Open the app (optionally with a fragment) and wait for the first chart. */
export async function openApp(page: Page, hash = ''): Promise<void> {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(`./${hash}`);
	await expect(page.getByTestId('main-chart')).toHaveAttribute('data-series', /\d+/);
	expect(errors).toEqual([]);
}

/** The seed figures as written in seeds/figures.csv. */
export function seedFigures(): Record<string, string>[] {
	const text = readFileSync(new URL('../../seeds/figures.csv', import.meta.url), 'utf8');
	return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

/** The seed sources (seeds/sources.csv), with their plan horizons. */
export function seedSources(): Record<string, string>[] {
	const text = readFileSync(new URL('../../seeds/sources.csv', import.meta.url), 'utf8');
	return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

/** Choose an indicator in the picker by its Chinese name. */
export async function chooseIndicator(page: Page, name: string): Promise<void> {
	const select = page.getByTestId('indicator-select');
	const value = await select.locator('option', { hasText: name }).first().getAttribute('value');
	await select.selectOption(value ?? '');
}

export function row(page: Page, indicator: string, year: number) {
	return page.locator(
		`[data-testid="target-row"][data-indicator="${indicator}"][data-year="${year}"]`
	);
}
