/** Measurement hooks for the benchmarks (installed only on pages opened with `?bench`). */
import type { AppState } from '../state/app.svelte.ts';
import type { UrlSync } from '../state/urlSync.svelte.ts';

export function install(app: AppState, sync: UrlSync): void {
	(window as unknown as { __mubiao: unknown }).__mubiao = { app, sync };
}
