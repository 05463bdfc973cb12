/**
 * A global change on the page, timed to paint: every series of the loaded data gets the same
 * method at once (as loading a scenario that sets one for all does), taken in turn compound →
 * gap → linear so that every run refits every series. Two times run from the change, at the
 * start of a frame: until the frame whose scorecard (scope "focus") and headline show the focus
 * region under the new run has been painted, and until every target's new verdict is in and
 * painted — through the runner's own path: the batch workers above their size, the focus
 * region at once on this thread meanwhile (src/lib/scenario/run.ts). Runs are 1.5 s apart, so
 * that the work a change leaves for later (the share link, written after the paint) is not
 * timed as part of the next one.
 */
import type { Assumption } from '../../src/lib/scenario/schema.ts';
import type { AppState } from '../../src/lib/state/app.svelte.ts';
import { scorecardMatches } from './slider.ts';
import { round, spread, type Spread } from '../stats.ts';
import { nextFrame, afterPaint, seriesPairs } from './frames.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface GlobalChangeFigures {
	/** Change → the focus region's scorecard and headline painted under the change, ms. */
	toPaint: Spread;
	/** Change → every target's new verdict in and painted, ms. */
	toAll: Spread;
	runs: number;
	/** Region × indicator pairs changed per run. */
	series: number;
	/** Runs whose first result was pending (assessed in the workers). */
	inWorkers: number;
	/**
	 * Runs after which the scorecard did not show the engine's numbers, at the first paint (the
	 * focus under the new method) or once every verdict was in.
	 */
	mismatches: number;
	samples: number[];
}

const METHODS = ['compound', 'gap', 'linear'] as const;

export async function globalChange(app: AppState, runs = 9): Promise<GlobalChangeFigures> {
	// The series the runner projects (region × indicator pairs with data or targets).
	const pairs = seriesPairs(app);
	const times: number[] = [];
	const allTimes: number[] = [];
	let inWorkers = 0;
	let mismatches = 0;
	// Two warm-up runs, not counted.
	for (let i = 0; i < runs + 2; i++) {
		const method = METHODS[i % METHODS.length]!;
		const all: Assumption[] = [];
		for (const [region, indicator] of pairs) all.push({ region, indicator, method });
		await nextFrame();
		const t0 = performance.now();
		app.scenario.assumptions = all;
		let pending = false;
		for (let f = 0; f < 600; f++) {
			await Promise.resolve();
			if (!app.focusPending) break;
			await nextFrame();
		}
		const t1 = await afterPaint();
		// The focus must show the new method at that paint, in the run and in the scorecard.
		const focus = app.run.projections.get(app.focusKey)?.projection.requestedMethod;
		let mismatch = focus !== method || !scorecardMatches(app);
		for (let f = 0; f < 600; f++) {
			await Promise.resolve();
			if (!app.run.pending) break;
			pending = true;
			await nextFrame();
		}
		const t2 = pending ? await afterPaint() : t1;
		// A pause, as between an analyst's changes: the share link is written once the run is in
		// and painted (≈ 0.4 s for 90,000 assumptions), which belongs to this change, not the next.
		await sleep(1500);
		if (i < 2) continue;
		times.push(t1 - t0);
		allTimes.push(t2 - t0);
		if (pending) inWorkers++;
		if (!scorecardMatches(app)) mismatch = true;
		if (mismatch) mismatches++;
	}
	app.scenario.assumptions = [];
	return {
		toPaint: spread(times),
		toAll: spread(allTimes),
		runs,
		series: pairs.length,
		inWorkers,
		mismatches,
		samples: times.map((t) => round(t, 2))
	};
}
