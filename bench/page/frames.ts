/** What the in-page benchmarks wait on, and the series they change. */
import type { AppState } from '../../src/lib/state/app.svelte.ts';

/** Resolves at the start of the next frame. */
export const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/**
 * Resolves after the current frame has been painted: a message posted from a frame's callback
 * arrives after its paint.
 */
export function afterPaint(): Promise<number> {
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => resolve(performance.now());
		channel.port2.postMessage(null);
	});
}

/** Every series the runner projects, as region × indicator ids. */
export const seriesPairs = (app: AppState): [string, string][] =>
	app.runner.keys.map((k) => k.split('\u0000') as [string, string]);
