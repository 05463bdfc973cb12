/**
 * Headless Chromium for the benchmarks: the browser the end-to-end tests use (found or
 * installed by scripts/browser.mjs), with the same launch arguments.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

interface BrowserHelpers {
	ensureChromium(): Promise<string | null>;
	CHROMIUM_ARGS: string[];
}

/** Extra arguments: precise `performance.memory`, and no throttling of a page in the background. */
const BENCH_ARGS = [
	'--enable-precise-memory-info',
	'--disable-renderer-backgrounding',
	'--disable-background-timer-throttling'
];

export async function launchChromium(): Promise<{
	browser: Browser;
	path: string;
	version: string;
}> {
	const helpers = (await import(
		new URL('../../scripts/browser.mjs', import.meta.url).href
	)) as BrowserHelpers;
	const path = await helpers.ensureChromium();
	if (!path) throw new Error('No Chromium to run the browser benchmarks (see the message above).');
	const browser = await chromium.launch({
		executablePath: path,
		args: [...helpers.CHROMIUM_ARGS, ...BENCH_ARGS],
		headless: true
	});
	return { browser, path, version: browser.version() };
}

/** A fresh context (empty cache) with the e2e tests' viewport and locale. */
export async function freshPage(
	browser: Browser
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({
		locale: 'zh-CN',
		viewport: { width: 1280, height: 900 }
	});
	const page = await context.newPage();
	page.on('pageerror', (error) => process.stderr.write(`  page error: ${error.message}\n`));
	return { context, page };
}

/** Records long tasks (≥ 50 ms) from the start of the page, in `window.__longTasks`. */
export const LONG_TASK_OBSERVER = `
	window.__longTasks = [];
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
		}).observe({ type: 'longtask', buffered: true });
	} catch {}
`;

/** Records when the main chart first has `data-series`, in `window.__firstChart` (ms after navigation start). */
export const FIRST_CHART_OBSERVER = `
	window.__firstChart = null;
	new MutationObserver((_, observer) => {
		if (document.querySelector('[data-testid="main-chart"][data-series]')) {
			window.__firstChart = performance.now();
			observer.disconnect();
		}
	}).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-series'] });
`;
