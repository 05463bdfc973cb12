/**
 * The in-page benchmarks on the benchmark page (bench/index.html: the built app with the hooks
 * of bench/page/hooks.ts), driven through those hooks: slider to paint (and bursts), the engine in Chromium, share-link
 * lengths, and the heap with the county dataset loaded.
 */
import type { Browser, Page } from 'playwright-core';
import type { BenchHooks } from '../page/hooks.ts';
import type { EngineInPage } from '../engine/inPage.ts';
import type { BurstFigures, SliderFigures } from '../page/slider.ts';
import type { GlobalChangeFigures } from '../page/global.ts';
import { round, type Spread } from '../stats.ts';
import { freshPage } from './chromium.ts';

type Hooks = BenchHooks['bench'];
type WithHooks = Window & { __mubiao: BenchHooks };

/** Open the benchmark page, wait for the hooks and the first chart. */
async function openBench(browser: Browser, url: string) {
	const { context, page } = await freshPage(browser);
	await page.goto(`${url}bench/`);
	await page.waitForFunction(
		() => Boolean((window as unknown as Partial<WithHooks>).__mubiao?.bench),
		null,
		{ timeout: 30_000 }
	);
	await page.waitForSelector('[data-testid="main-chart"][data-series]', { timeout: 30_000 });
	return { context, page };
}

/** Call one of the hooks in the page. */
function hook<K extends keyof Hooks>(
	page: Page,
	name: K,
	...args: Parameters<Hooks[K]>
): Promise<Awaited<ReturnType<Hooks[K]>>> {
	return page.evaluate(
		([n, a]) => {
			const bench = (window as unknown as WithHooks).__mubiao.bench as unknown as Record<
				string,
				(...x: unknown[]) => unknown
			>;
			return bench[n as string]!(...(a as unknown[]));
		},
		[name, args] as const
	) as Promise<Awaited<ReturnType<Hooks[K]>>>;
}

export interface DragFigures {
	/** Mouse moves sent while dragging the slider (trusted events). */
	mouseMoves: number;
	/** `input` events the slider fired, runs and chart redraws they caused. */
	inputEvents: number;
	runs: number;
	drawn: number;
	/** Event Timing entries (input → next paint) of 16 ms or more, and the longest. */
	slowEvents: number;
	longestEventMs: number | null;
	/** 20 mouse moves sent at once (not waiting for each): what the page made of them. */
	trustedBurst: { mouseMoves: number; inputEvents: number; runs: number; drawn: number };
}

export interface SliderBench {
	slider: SliderFigures;
	burst: BurstFigures;
	drag: DragFigures;
}

/** Slider to paint with every region's targets in the scorecard. */
export async function sliderBench(
	browser: Browser,
	url: string,
	moves = 240
): Promise<SliderBench> {
	const { context, page } = await openBench(browser, url);
	try {
		await page.selectOption('[data-testid="scope-select"]', 'all');
		await hook(page, 'settled');
		const slider = await hook(page, 'slider', moves, true);
		const burst = await hook(page, 'burst', 20);
		const drag = await dragSlider(page);
		return { slider, burst, drag };
	} finally {
		await context.close();
	}
}

/** A real drag (trusted pointer events) across the slider, watched with the Event Timing API. */
async function dragSlider(page: Page): Promise<DragFigures> {
	await page.evaluate(() => {
		const w = window as unknown as { __inputs: number; __slowEvents: number[] };
		w.__inputs = 0;
		w.__slowEvents = [];
		document
			.querySelector('[data-testid="rate-slider"]')
			?.addEventListener('input', () => w.__inputs++);
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.__slowEvents.push(e.duration);
		}).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
	});
	const box = await page.locator('[data-testid="rate-slider"]').boundingBox();
	if (!box) throw new Error('the rate slider is not visible');
	const before = await hook(page, 'counts');
	const y = box.y + box.height / 2;
	const steps = 120;
	await page.mouse.move(box.x + 4, y);
	await page.mouse.down();
	for (let i = 1; i <= steps; i++) {
		const f = i <= steps / 2 ? (2 * i) / steps : 2 - (2 * i) / steps;
		await page.mouse.move(box.x + 4 + f * (box.width - 8), y);
	}
	await page.waitForTimeout(300);
	const after = await hook(page, 'counts');
	const seen = await page.evaluate(() => {
		const w = window as unknown as { __inputs: number; __slowEvents: number[] };
		return { inputs: w.__inputs, slow: w.__slowEvents };
	});
	// A burst of trusted moves, all sent before the page has handled the first.
	const burstMoves = 20;
	const inputsBefore = seen.inputs;
	await Promise.all(
		Array.from({ length: burstMoves }, (_, i) =>
			page.mouse.move(box.x + 4 + ((i + 1) / burstMoves) * (box.width - 8) * 0.5, y)
		)
	);
	await page.mouse.up();
	await page.waitForTimeout(500);
	const afterBurst = await hook(page, 'counts');
	const burstInputs =
		(await page.evaluate(() => (window as unknown as { __inputs: number }).__inputs)) -
		inputsBefore;
	return {
		mouseMoves: steps,
		inputEvents: seen.inputs,
		runs: after.runs - before.runs,
		drawn: after.drawn - before.drawn,
		slowEvents: seen.slow.length,
		longestEventMs: seen.slow.length > 0 ? Math.max(...seen.slow) : null,
		trustedBurst: {
			mouseMoves: burstMoves,
			inputEvents: burstInputs,
			runs: afterBurst.runs - after.runs,
			drawn: afterBurst.drawn - after.drawn
		}
	};
}

export type { EngineInPage };

/** The engine benchmark in the page: the main thread, then split over workers. */
export async function engineInChromium(browser: Browser, url: string): Promise<EngineInPage> {
	const { context, page } = await openBench(browser, url);
	try {
		const engine = await hook(page, 'engine', 15);
		return { ...engine, crossover: await hook(page, 'crossover') };
	} finally {
		await context.close();
	}
}

export interface LinkFigures {
	assumptions: number;
	href: string;
	length: number;
	fragment: number;
}

/** Share-link length with 3, then 50, changed assumptions. */
export async function linkBench(browser: Browser, url: string): Promise<LinkFigures[]> {
	const { context, page } = await openBench(browser, url);
	try {
		const out: LinkFigures[] = [];
		for (const n of [3, 50]) {
			const count = await hook(page, 'changeAssumptions', n);
			const link = await hook(page, 'link');
			out.push({
				assumptions: count,
				href: link.href,
				length: link.href.length,
				fragment: link.fragment
			});
		}
		return out;
	} finally {
		await context.close();
	}
}

export interface MemoryFigures {
	/** JSHeapUsedSize plus ArrayBuffer backing stores after a forced GC, MB. */
	beforeMB: number;
	/** The heap plus ArrayBuffer backing stores (CDP Runtime.getHeapUsage), MB. */
	afterMB: number;
	afterHeapOnlyMB: number;
	afterBackingMB: number;
	/** performance.memory.usedJSHeapSize (precise) after the same GC, MB. */
	afterPreciseMB: number;
	generateMs: number;
	/** replaceDataset → the page shows the new dataset (index, runner, run, chart), ms. */
	settleMs: number;
	observations: number;
	targets: number;
	/** Slider to paint with the county dataset loaded, a county in focus (scorecard: that county). */
	countySlider: { toPaint: Spread; toScript: Spread; runs: number; mismatches: number };
	/** The same slider with an assumption on every series (after a method set for all). */
	countySliderAssumed: {
		assumptions: number;
		toPaint: Spread;
		toScript: Spread;
		runs: number;
		mismatches: number;
	};
	/** A global change (one method for every series) → scorecard and headline painted. */
	countyGlobal: GlobalChangeFigures;
	/** Scorecard scope "all" with the county dataset: rows rendered of all (windowed). */
	countyScopeAll: { ms: number; rendered: number; total: number; windowed: boolean };
}

const MB = 1024 * 1024;

export async function memoryBench(browser: Browser, url: string): Promise<MemoryFigures> {
	const { context, page } = await openBench(browser, url);
	try {
		const cdp = await context.newCDPSession(page);
		await cdp.send('Performance.enable');
		const heap = async () => {
			await cdp.send('HeapProfiler.collectGarbage');
			await cdp.send('HeapProfiler.collectGarbage');
			const { metrics } = await cdp.send('Performance.getMetrics');
			const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
			// Typed arrays' memory is outside the JS heap: counted with it (the columnar data is
			// mostly typed arrays, so the heap alone would flatter it).
			const usage = (await cdp.send('Runtime.getHeapUsage')) as { backingStorageSize?: number };
			const backing = usage.backingStorageSize ?? NaN;
			const precise = await page.evaluate(
				() =>
					(performance as unknown as { memory?: { usedJSHeapSize: number } }).memory
						?.usedJSHeapSize ?? NaN
			);
			return { used, precise, backing };
		};
		const before = await heap();
		const load = await hook(page, 'loadCounty');
		const after = await heap();
		await page.evaluate(() => {
			const { app } = (window as unknown as WithHooks).__mubiao;
			app.view.region = 'county:0';
			app.view.indicator = 'county-ind:0';
			// Every milestone, so that the scorecard shows all three targets the check compares.
			app.view.setMilestone(null);
		});
		await hook(page, 'settled');
		const slider = await hook(page, 'slider', 40, true);
		// 20 runs: of 9, the nearest-rank p95 would be the slowest run.
		const countyGlobal = await hook(page, 'globalChange', 20);
		// The same slider once every series has an assumption (a method set for all).
		const assumed = await hook(page, 'assumeAll', 'linear');
		const sliderAll = await hook(page, 'slider', 40, true);
		await hook(page, 'assumeAll', null);
		const countyScopeAll = await hook(page, 'scopeAll');
		return {
			beforeMB: round((before.used + (Number.isNaN(before.backing) ? 0 : before.backing)) / MB),
			afterMB: round((after.used + (Number.isNaN(after.backing) ? 0 : after.backing)) / MB),
			afterHeapOnlyMB: round(after.used / MB),
			afterBackingMB: round(after.backing / MB),
			afterPreciseMB: round(after.precise / MB),
			generateMs: round(load.generateMs),
			settleMs: load.settleMs,
			observations: load.observations,
			targets: load.targets,
			countySlider: {
				toPaint: slider.toPaint,
				toScript: slider.toScript,
				runs: slider.counts.runs,
				mismatches: slider.mismatches
			},
			countySliderAssumed: {
				assumptions: assumed,
				toPaint: sliderAll.toPaint,
				toScript: sliderAll.toScript,
				runs: sliderAll.counts.runs,
				mismatches: sliderAll.mismatches
			},
			countyGlobal,
			countyScopeAll
		};
	} finally {
		await context.close();
	}
}
