/**
 * Counters of the work the page does per change, for the benchmarks: scenario runs (the
 * engine's recomputations) and frames drawn on the main chart's canvas, counted by wrapping the
 * prototypes' methods.
 */
import type { AppState } from '../../src/lib/state/app.svelte.ts';

export interface Counts {
	/** `ScenarioRunner.run` calls: one per recomputation of `app.run`. */
	runs: number;
	/** Times the main chart's canvas was redrawn (one per chart update). */
	drawn: number;
	/** Of those, redraws of ECharts' own canvas (the whole chart repainted)… */
	whole: number;
	/** …and of the live layer only (the projection and its band, charts/liveLayer.ts). */
	liveOnly: number;
}

const counts: Counts = { runs: 0, drawn: 0, whole: 0, liveOnly: 0 };

/** Count scenario runs (every runner the page makes shares the prototype). */
export function countRuns(app: AppState): void {
	const proto = Object.getPrototypeOf(app.runner) as {
		run: (...args: unknown[]) => unknown;
		__counted?: boolean;
	};
	if (proto.__counted) return;
	const run = proto.run;
	proto.run = function (this: unknown, ...args: unknown[]) {
		counts.runs++;
		return run.apply(this, args);
	};
	proto.__counted = true;
}

/**
 * Count redraws of the main chart: ECharts clears its canvas before drawing a frame; clears
 * within one task (one synchronous update) count once.
 */
export function countDraws(): void {
	const proto = CanvasRenderingContext2D.prototype as CanvasRenderingContext2D & {
		__counted?: boolean;
	};
	if (proto.__counted) return;
	const clearRect = proto.clearRect;
	// Per task: whether anything was drawn, whether ECharts' canvas was, and the live layer.
	let task: { whole: boolean; live: boolean } | null = null;
	proto.clearRect = function (
		this: CanvasRenderingContext2D,
		x: number,
		y: number,
		w: number,
		h: number
	) {
		if (
			this.canvas instanceof HTMLCanvasElement &&
			this.canvas.closest('[data-testid="main-chart"]')
		) {
			if (!task) {
				task = { whole: false, live: false };
				counts.drawn++;
				queueMicrotask(() => {
					if (task?.whole) counts.whole++;
					else if (task?.live) counts.liveOnly++;
					task = null;
				});
			}
			if (this.canvas.dataset.layer === 'live') task.live = true;
			else task.whole = true;
		}
		clearRect.call(this, x, y, w, h);
	};
	proto.__counted = true;
}

export function snapshot(): Counts {
	return { ...counts };
}

/** `after − before` for each counter. */
export function delta(before: Counts, after: Counts): Counts {
	return {
		runs: after.runs - before.runs,
		drawn: after.drawn - before.drawn,
		whole: after.whole - before.whole,
		liveOnly: after.liveOnly - before.liveOnly
	};
}
