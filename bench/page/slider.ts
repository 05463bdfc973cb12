/**
 * Slider to paint, measured inside the page. Each move happens at the start of a frame (inside
 * a `requestAnimationFrame` callback), where Chromium delivers pointer-driven input: the rate
 * slider gets a new value and an `input` event; the time runs until the frame that shows it
 * has been painted (a message posted from the frame's callback arrives after the paint). After
 * each move the scorecard and the chart are checked against the engine's run.
 */
import type { AppState } from '../../src/lib/state/app.svelte.ts';
import { delta, snapshot, type Counts } from './counters.ts';
import { round, spread, type Spread } from '../stats.ts';
import { nextFrame, afterPaint } from './frames.ts';

export function rateSlider(): HTMLInputElement {
	const slider = document.querySelector<HTMLInputElement>('[data-testid="rate-slider"]');
	if (!slider) throw new Error('no rate slider on the page');
	return slider;
}

function setSlider(slider: HTMLInputElement, value: number): void {
	slider.value = String(value);
	slider.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Whether the scorecard rows of the focus region × indicator show the engine's current numbers. */
export function scorecardMatches(app: AppState): boolean {
	const { region, indicator } = app.view;
	const expected = (app.run.byKey.get(app.focusKey) ?? [])
		.map(
			(r) =>
				`${r.assessment.evaluatedYear}:${r.assessment.probability ?? ''}:${r.assessment.projected ?? ''}`
		)
		.sort();
	const zhRegion = app.effectiveIndex.regions.byId(region)?.zh ?? region;
	const zhIndicator = app.effectiveIndex.indicators.byId(indicator)?.zh ?? indicator;
	const shown = [...document.querySelectorAll<HTMLElement>('[data-testid="target-row"]')]
		.filter((tr) => tr.dataset.region === zhRegion && tr.dataset.indicator === zhIndicator)
		.map((tr) => `${tr.dataset.year}:${tr.dataset.probability}:${tr.dataset.projected}`)
		.sort();
	return expected.length > 0 && expected.join('|') === shown.join('|');
}

/** Slider values that sweep the whole range back and forth, each different from the one before. */
function sweep(slider: HTMLInputElement, moves: number): number[] {
	const min = Number(slider.min);
	const max = Number(slider.max);
	const step = Number(slider.step) || (max - min) / 400;
	const steps = Math.max(2, Math.round((max - min) / step));
	const values: number[] = [];
	const period = Math.min(steps, 100);
	for (let i = 0; i < moves; i++) {
		const phase = i % (2 * period);
		const f = (phase <= period ? phase : 2 * period - phase) / period;
		values.push(round(min + Math.round(f * steps) * step, 10));
	}
	return values;
}

export interface SliderFigures {
	moves: number;
	/** `input` event → the frame showing the result painted, in ms. */
	toPaint: Spread;
	/** `input` event → the page's update done (scorecard and chart canvas), before paint, in ms. */
	toScript: Spread;
	/** Targets in the scorecard while moving (all regions). */
	scorecardRows: number;
	/** Moves after which the scorecard did not show the engine's numbers, or the chart was not redrawn. */
	mismatches: number;
	/** Totals over all moves: exactly one run and one chart redraw per move is expected. */
	counts: Counts;
	/** Raw timings, in ms. */
	samples: number[];
}

/** Move the rate slider `moves` times, one move per frame, and time each to paint. */
export async function sliderBench(
	app: AppState,
	moves = 240,
	check = true
): Promise<SliderFigures> {
	const slider = rateSlider();
	const values = sweep(slider, moves + 10);
	const paint: number[] = [];
	const script: number[] = [];
	let mismatches = 0;
	const start = snapshot();
	for (let i = 0; i < values.length; i++) {
		const value = values[i]!;
		await nextFrame();
		const before = snapshot();
		const t0 = performance.now();
		setSlider(slider, value);
		// Queued after the update Svelte scheduled while handling the event: runs once it is done.
		let tScript = 0;
		queueMicrotask(() => (tScript = performance.now()));
		const t1 = await afterPaint();
		const ok = !check || (scorecardMatches(app) && delta(before, snapshot()).drawn === 1);
		// The first ten moves warm up the JIT and are not counted.
		if (i < 10) continue;
		paint.push(t1 - t0);
		script.push(tScript - t0);
		if (!ok) mismatches++;
	}
	const rows = document.querySelectorAll('[data-testid="target-row"]').length;
	return {
		moves,
		toPaint: spread(paint),
		toScript: spread(script),
		scorecardRows: rows,
		mismatches,
		counts: delta(start, snapshot()),
		samples: paint.map((x) => round(x, 2))
	};
}

export interface BurstFigures {
	events: number;
	/** Runs and chart redraws for the whole burst. */
	counts: Counts;
	lastValue: number;
	/** What the slider, the number box and the assumption show afterwards (display units). */
	shown: { slider: number; numberBox: number; assumption: number | null };
	scorecardMatches: boolean;
	/** The projection the chart was redrawn from uses the last value. */
	projectionIsLatest: boolean;
	/** The burst's task → paint, in ms. */
	toPaint: number;
}

/** `events` input events in one task: the page must do the work once, for the last value. */
export async function burst(app: AppState, events = 20): Promise<BurstFigures> {
	const slider = rateSlider();
	const values = sweep(slider, events + 1).slice(1);
	await nextFrame();
	await nextFrame();
	const before = snapshot();
	await nextFrame();
	const t0 = performance.now();
	for (const v of values) setSlider(slider, v);
	const t1 = await afterPaint();
	await nextFrame();
	await nextFrame();
	const after = snapshot();
	const lastValue = values[values.length - 1]!;
	const numberBox = document.querySelector<HTMLInputElement>('[data-testid="rate-number"]');
	const assumption = app.scenario.assumptionFor(app.view.region, app.view.indicator);
	const scale =
		Number(slider.max) > 0 && (assumption?.method === 'compound' || assumption?.method === 'gap')
			? 100
			: 1;
	return {
		events,
		counts: delta(before, after),
		lastValue,
		shown: {
			slider: slider.valueAsNumber,
			numberBox: numberBox ? numberBox.valueAsNumber : NaN,
			assumption: assumption?.rate === undefined ? null : round(assumption.rate * scale, 10)
		},
		scorecardMatches: scorecardMatches(app),
		projectionIsLatest: projectionIsLatest(app),
		toPaint: round(t1 - t0, 2)
	};
}

/** Whether the engine's projection for the focus (what the chart draws) uses the rate last set. */
function projectionIsLatest(app: AppState): boolean {
	const projection = app.run.projections.get(app.focusKey)?.projection;
	const assumption = app.scenario.assumptionFor(app.view.region, app.view.indicator);
	return (
		projection !== undefined &&
		assumption?.rate !== undefined &&
		projection.rate === assumption.rate
	);
}
