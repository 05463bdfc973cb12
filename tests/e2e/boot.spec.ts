/**
 * Starting the page: the built-in data is a JSON file of its own, preloaded from the head and
 * fetched by the page; when it (or a script) fails to download, the page says so in words
 * instead of staying blank.
 */
import { expect, test } from '@playwright/test';
import { openApp } from './helpers.ts';

test('the built-in data arrives as data, once, preloaded from the head', async ({ page }) => {
	const fetched: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes('seed-dataset')) fetched.push(r.url());
	});
	await openApp(page);
	await expect(page.locator('link[rel="preload"][as="fetch"]')).toHaveAttribute(
		'href',
		/seed-dataset-.*\.json$/
	);
	// The preload and the fetch are one download.
	expect(fetched).toHaveLength(1);
	await expect(page.locator('[data-boot]')).toHaveCount(0);
});

test('built-in data that does not download is said in both languages', async ({ page }) => {
	await page.route(/seed-dataset-.*\.json$/, (route) =>
		route.fulfill({ status: 503, body: 'unavailable' })
	);
	await page.goto('./');
	const boot = page.locator('[data-boot]');
	await expect(boot).toHaveAttribute('role', 'alert');
	await expect(boot).toContainText('未能载入');
	await expect(boot).toContainText('did not load');
});
