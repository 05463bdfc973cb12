/**
 * Import through the page's real path: the header's import button, the file input, the import
 * worker (`importInWorker`), until the preview shows; with the long tasks (≥ 50 ms) the main
 * thread ran meanwhile.
 */
import type { Browser } from 'playwright-core';
import { round, spread, type Spread } from '../stats.ts';
import { FIRST_CHART_OBSERVER, LONG_TASK_OBSERVER, freshPage } from './chromium.ts';

export interface ImportFigures {
	file: string;
	bytes: number;
	runs: number;
	/** File chosen (`change`) → preview shown, ms. */
	toPreview: Spread;
	/** The longest main-thread task while importing (file chosen → preview + 0.5 s), ms; 0 if none ≥ 50 ms. */
	longestTask: Spread;
	/** The pipeline alone, in the worker, ms. */
	pipeline: Spread;
	/** File read → report assembled on the main thread (before the preview renders), ms. */
	toReport: Spread;
	/** Long tasks (≥ 50 ms) per import, in the last run. */
	longTasks: number[];
	/** What the apply button offered, in the last run (the number of figures read). */
	applyLabel: string;
}

interface Window2 {
	__t0: number | null;
	__t1: number | null;
	__longTasks: { start: number; duration: number }[];
}

export async function importBench(
	browser: Browser,
	url: string,
	path: string,
	bytes: number,
	runs: number
): Promise<ImportFigures> {
	const times: number[] = [];
	const longest: number[] = [];
	const pipeline: number[] = [];
	const toReport: number[] = [];
	let longTasks: number[] = [];
	let applyLabel = '';
	for (let i = 0; i < runs; i++) {
		const { context, page } = await freshPage(browser);
		try {
			await page.addInitScript(LONG_TASK_OBSERVER + FIRST_CHART_OBSERVER);
			await page.goto(url);
			await page.waitForSelector('[data-testid="main-chart"][data-series]', { timeout: 30_000 });
			await page.click('[data-testid="open-import"]');
			await page.waitForSelector('[data-testid="csv-input"]', { state: 'attached' });
			await page.evaluate(() => {
				const w = window as unknown as Window2;
				w.__t0 = null;
				w.__t1 = null;
				document.addEventListener(
					'change',
					(e) => {
						if ((e.target as HTMLElement).dataset.testid === 'csv-input')
							w.__t0 = performance.now();
					},
					true
				);
				new MutationObserver((_, observer) => {
					if (w.__t0 !== null && document.querySelector('[data-testid="import-preview"]')) {
						w.__t1 = performance.now();
						observer.disconnect();
					}
				}).observe(document.body, { subtree: true, childList: true });
			});
			await page.setInputFiles('[data-testid="csv-input"]', path);
			await page.waitForFunction(() => (window as unknown as Window2).__t1 !== null, null, {
				timeout: 180_000,
				polling: 100
			});
			await page.waitForTimeout(500);
			const r = await page.evaluate(() => {
				const w = window as unknown as Window2;
				const t0 = w.__t0 ?? 0;
				const t1 = w.__t1 ?? 0;
				const tasks = w.__longTasks
					.filter((t) => t.start + t.duration >= t0 && t.start <= t1 + 500)
					.map((t) => t.duration);
				const measure = performance.getEntriesByName('mubiao:import')[0] as
					PerformanceMeasure | undefined;
				const detail = (measure?.detail ?? {}) as { pipelineMs?: number };
				return {
					t0,
					t1,
					tasks,
					pipelineMs: detail.pipelineMs ?? NaN,
					reportMs: measure ? measure.duration : NaN,
					label: document.querySelector('[data-testid="import-apply"]')?.textContent?.trim() ?? ''
				};
			});
			times.push(r.t1 - r.t0);
			longest.push(r.tasks.length > 0 ? Math.max(...r.tasks) : 0);
			longTasks = r.tasks.map((t) => round(t));
			pipeline.push(r.pipelineMs);
			toReport.push(r.reportMs);
			applyLabel = r.label;
		} finally {
			await context.close();
		}
	}
	return {
		file: path.split('/').pop() ?? path,
		bytes,
		runs,
		toPreview: spread(times),
		pipeline: spread(pipeline),
		toReport: spread(toReport),
		longestTask: spread(longest),
		longTasks,
		applyLabel
	};
}
