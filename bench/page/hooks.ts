/**
 * Measurement hooks of the benchmark page (installed by entry.ts through the app's `onready`):
 * `window.__mubiao = { app, sync, bench }`, where `bench` holds the in-page measurements that
 * `npm run bench` drives through Playwright (bench/browser/app.ts). The engine benchmark and
 * the county dataset load on first use (engine/inPage.ts), so that the page's own heap and
 * start are those of the app until a measurement asks for them.
 */
import type { Dataset } from '../../src/lib/data/model.ts';
import type { Assumption } from '../../src/lib/scenario/schema.ts';
import type { AppState } from '../../src/lib/state/app.svelte.ts';
import type { UrlSync } from '../../src/lib/state/urlSync.svelte.ts';
import { countDraws, countRuns, snapshot } from './counters.ts';
import { globalChange } from './global.ts';
import { burst, sliderBench } from './slider.ts';
import { round } from '../stats.ts';
import { nextFrame, seriesPairs } from './frames.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once the main chart shows the current option (two frames after the state settles). */
async function settled(): Promise<void> {
	await Promise.resolve();
	for (let i = 0; i < 200; i++) {
		await nextFrame();
		if (document.querySelector('[data-testid="main-chart"][data-series]')) break;
	}
	await nextFrame();
}

/** Add `addition` to what is loaded (as an import does) and wait until the page shows it. */
async function loadDataset(app: AppState, addition: Dataset): Promise<{ settleMs: number }> {
	const t0 = performance.now();
	const current = app.dataset;
	app.replaceDataset(
		{
			sources: [...current.sources, ...addition.sources],
			regions: [...current.regions, ...addition.regions],
			indicators: [...current.indicators, ...addition.indicators],
			observations: [...current.observations, ...addition.observations],
			targets: [...current.targets, ...addition.targets]
		},
		{ zh: '基准测试数据', en: 'the benchmark data' }
	);
	await settled();
	// The run is derived lazily: make sure it has been computed for the new dataset (its
	// composite, not every result: those are built only when read).
	void app.run.composite.length;
	return { settleMs: round(performance.now() - t0) };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Change the assumption of the first `n` region × indicator pairs (the focus first), the way
 * the assumption panel writes them: rates from the slider (display value / scale), some with a
 * spread, a method or a baseline override.
 */
function changeAssumptions(app: AppState, n: number): Assumption[] {
	const focus = app.focusKey;
	const keys = [focus, ...app.runner.keys.filter((k) => k !== focus)].slice(0, n);
	for (let i = 0; i < keys.length; i++) {
		const row = app.run.projections.get(keys[i]!);
		if (!row) continue;
		const fitted = row.projection.rate;
		const anchor = row.projection.anchor;
		switch (i % 5) {
			case 0:
				app.scenario.setAssumption(row.region, row.indicator, {
					method: 'compound',
					rate: round2(3 + (i % 7) * 0.25) / 100
				});
				break;
			case 1:
				app.scenario.setAssumption(row.region, row.indicator, { rate: round2(fitted + 0.35) });
				break;
			case 2:
				app.scenario.setAssumption(row.region, row.indicator, {
					rate: round2(fitted * 1.2),
					sigma: round2(Math.abs(fitted) * 0.3 + 0.05)
				});
				break;
			case 3:
				app.scenario.setAssumption(row.region, row.indicator, {
					method: 'gap',
					rate: round2(4.5) / 100
				});
				break;
			default:
				app.scenario.setAssumption(row.region, row.indicator, {
					rate: round2(fitted + 0.1),
					...(anchor ? { baseline: { year: anchor.year, value: round2(anchor.value * 1.01) } } : {})
				});
		}
	}
	return app.scenario.assumptions;
}

/** The share link once the URL fragment has been written and stayed put for half a second. */
async function settledLink(sync: UrlSync): Promise<{ href: string; fragment: number }> {
	let last = '';
	let stableSince = performance.now();
	for (let i = 0; i < 100; i++) {
		await sleep(50);
		const now = location.hash;
		if (now !== last) {
			last = now;
			stableSince = performance.now();
		} else if (now !== '' && now === `#${sync.written}` && performance.now() - stableSince > 500)
			break;
	}
	// What an analyst copies: the app's own address (this page is bench/ beside it), same fragment.
	const url = new URL('../', location.href);
	url.hash = location.hash;
	return { href: url.toString(), fragment: location.hash.length };
}

const inPage = () => import('../engine/inPage.ts');

/** Generate the county dataset in the page and load it into the app (as an import does). */
async function loadCounty(app: AppState) {
	const { makeCountyDataset } = await inPage();
	const t0 = performance.now();
	const county = makeCountyDataset();
	const generateMs = round(performance.now() - t0);
	const { settleMs } = await loadDataset(app, county);
	return {
		generateMs,
		settleMs,
		observations: county.observations.length,
		targets: county.targets.length
	};
}

/** Scorecard scope "all" → painted, and how many rows it renders of how many (windowed). */
async function scopeAll(app: AppState) {
	await nextFrame();
	const t0 = performance.now();
	app.view.setScope('all');
	await settled();
	const ms = round(performance.now() - t0);
	const rendered = document.querySelectorAll('[data-testid="target-row"]').length;
	const windowed =
		document.querySelector<HTMLElement>('[data-testid="scorecard-scroll"]')?.dataset.windowed ===
		'true';
	const total = app.run.rows.count;
	app.view.setScope('focus');
	await settled();
	return { ms, rendered, total, windowed };
}

/**
 * One method for every series at once (as a scenario that sets one for all does), or none
 * (`null`), and wait until the page shows the run: the state a slider moves in after a global
 * change.
 */
async function assumeAll(app: AppState, method: 'linear' | 'compound' | 'gap' | null) {
	const pairs = seriesPairs(app);
	app.scenario.assumptions =
		method === null ? [] : pairs.map(([region, indicator]) => ({ region, indicator, method }));
	for (let f = 0; f < 600 && app.run.pending; f++) await nextFrame();
	await settled();
	return app.scenario.assumptions.length;
}

function hooks(app: AppState, sync: UrlSync) {
	return {
		counts: snapshot,
		settled,
		slider: (moves?: number, check?: boolean) => sliderBench(app, moves, check),
		burst: (events?: number) => burst(app, events),
		loadCounty: () => loadCounty(app),
		globalChange: (runs?: number) => globalChange(app, runs),
		scopeAll: () => scopeAll(app),
		engine: async (runs?: number) => (await inPage()).engineInPage(runs),
		crossover: async () => (await inPage()).crossoverBench(),
		changeAssumptions: (n: number) => changeAssumptions(app, n).length,
		assumeAll: (method: 'linear' | 'compound' | 'gap' | null) => assumeAll(app, method),
		link: () => settledLink(sync)
	};
}

/** The shape of `window.__mubiao`, for the Playwright driver. */
export interface BenchHooks {
	app: AppState;
	sync: UrlSync;
	bench: ReturnType<typeof hooks>;
}

export function install(app: AppState, sync: UrlSync): void {
	countRuns(app);
	countDraws();
	const installed: BenchHooks = { app, sync, bench: hooks(app, sync) };
	(window as unknown as { __mubiao: BenchHooks }).__mubiao = installed;
}
