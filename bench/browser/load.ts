/**
 * Load: JavaScript transferred before any user action (as served, from Resource Timing), and
 * time from navigation start to the first chart, over fresh contexts (empty cache).
 */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { spread, type Spread } from '../stats.ts';
import { FIRST_CHART_OBSERVER, freshPage } from './chromium.ts';
import { BENCH_DIST } from './server.ts';

interface ScriptEntry {
	name: string;
	encoded: number;
	decoded: number;
	transfer: number;
}

export interface LoadFigures {
	runs: number;
	firstChart: Spread;
	/** First contentful paint, ms after navigation start. */
	firstPaint: Spread;
	/** JS files fetched before any user action. */
	scripts: { file: string; gzipBytes: number; rawBytes: number }[];
	/** Σ encodedBodySize (gzip as served by vite preview). */
	jsGzipBytes: number;
	/** Σ decodedBodySize. */
	jsRawBytes: number;
	/** Σ transferSize (with headers). */
	jsTransferBytes: number;
	/** The same files gzipped here at level 9, as a check on the server's compression. */
	jsGzip9Bytes: number;
	/** Data fetched before any user action (the built-in dataset's JSON), Σ encodedBodySize. */
	dataGzipBytes: number;
	dataRawBytes: number;
	served: 'gzip' | 'identity';
}

export async function loadBench(browser: Browser, url: string, runs = 7): Promise<LoadFigures> {
	const charts: number[] = [];
	const paints: number[] = [];
	let scripts: ScriptEntry[] = [];
	let data: ScriptEntry[] = [];
	let served: 'gzip' | 'identity' = 'identity';
	for (let i = 0; i < runs; i++) {
		const { context, page } = await freshPage(browser);
		await page.addInitScript(FIRST_CHART_OBSERVER);
		page.on('response', (response) => {
			if (response.url().endsWith('.js') && response.headers()['content-encoding'] === 'gzip')
				served = 'gzip';
		});
		await page.goto(url, { waitUntil: 'load' });
		await page.waitForFunction(
			() => (window as unknown as { __firstChart: number | null }).__firstChart !== null,
			null,
			{ timeout: 30_000 }
		);
		// "Before any user action": whatever the page fetched by itself once it is quiet.
		await page.waitForLoadState('networkidle');
		const result = await page.evaluate(() => {
			const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
			const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
			// (No named functions in here: the test runner's transform would wrap them in a
			// helper the page does not have.)
			const [js, json] = ['.js', '.json'].map((ext) =>
				resources
					.filter((r) => new URL(r.name).pathname.endsWith(ext))
					.map((r) => ({
						name: new URL(r.name).pathname,
						encoded: r.encodedBodySize,
						decoded: r.decodedBodySize,
						transfer: r.transferSize
					}))
			);
			return {
				firstChart: (window as unknown as { __firstChart: number }).__firstChart,
				fcp,
				scripts: js!,
				data: json!
			};
		});
		charts.push(result.firstChart);
		if (Number.isFinite(result.fcp)) paints.push(result.fcp);
		scripts = result.scripts;
		data = result.data;
		await context.close();
	}
	let gzip9 = 0;
	for (const s of scripts)
		gzip9 += gzipSync(readFileSync(join(BENCH_DIST, s.name.replace(/^\//, ''))), {
			level: 9
		}).length;
	return {
		runs,
		firstChart: spread(charts),
		firstPaint: spread(paints),
		scripts: scripts.map((s) => ({
			file: s.name.replace(/^\/assets\//, ''),
			gzipBytes: s.encoded,
			rawBytes: s.decoded
		})),
		jsGzipBytes: scripts.reduce((a, s) => a + s.encoded, 0),
		jsRawBytes: scripts.reduce((a, s) => a + s.decoded, 0),
		jsTransferBytes: scripts.reduce((a, s) => a + s.transfer, 0),
		jsGzip9Bytes: gzip9,
		dataGzipBytes: data.reduce((a, s) => a + s.encoded, 0),
		dataRawBytes: data.reduce((a, s) => a + s.decoded, 0),
		served
	};
}
