/**
 * The share link is written, debounced, once what is on screen has settled: while the batch
 * workers assess a global change (`run.pending`), the write waits for their results rather than
 * holding their paint back (writing the link of 90,000 assumptions takes about 0.3 s).
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtInDataset } from '../../../src/cli/seedFiles.ts';
import { AppState } from '../../../src/lib/state/app.svelte.ts';
import { UrlSync } from '../../../src/lib/state/urlSync.svelte.ts';

const builtIn = builtInDataset();

/** The page's state as UrlSync sees it, with `run.pending` set by the test. */
function pageWithPending() {
	const app = new AppState(builtIn, { open: async () => null, channel: null });
	const state = { pending: true };
	const seen = new Proxy(app, {
		get: (target, key) => (key === 'run' ? { pending: state.pending } : Reflect.get(target, key))
	});
	return { app, sync: new UrlSync(seen), state };
}

function stubAddress(): string[] {
	const written: string[] = [];
	vi.stubGlobal('location', { href: 'http://127.0.0.1/', pathname: '/', search: '', hash: '' });
	vi.stubGlobal('history', {
		state: null,
		replaceState: (_: unknown, __: string, url: string) => written.push(url)
	});
	return written;
}

afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('the share link and a run in the workers', () => {
	it('is not written while the run is pending, and is written once it is in', async () => {
		const written = stubAddress();
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		const { sync, state } = pageWithPending();
		const encode = vi.spyOn(sync, 'encode');
		sync.schedule(sync.current());
		// Well past the 250 ms debounce: not even begun, the run is pending.
		await vi.advanceTimersByTimeAsync(2_000);
		expect(encode).not.toHaveBeenCalled();
		expect(written).toEqual([]);
		state.pending = false;
		await vi.advanceTimersByTimeAsync(100);
		await vi.waitFor(() => expect(written).toHaveLength(1));
		expect(written[0]).toMatch(/^\/#s=/);
	});

	it('drops a waiting write when a newer one is scheduled, and writes the newer', async () => {
		const written = stubAddress();
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		const { app, sync, state } = pageWithPending();
		sync.schedule(sync.current());
		await vi.advanceTimersByTimeAsync(1_000);
		app.view.region = 'national';
		sync.schedule(sync.current());
		state.pending = false;
		await vi.advanceTimersByTimeAsync(1_000);
		await vi.waitFor(() => expect(written.length).toBeGreaterThan(0));
		// One write, of the newer screen (the region is part of the link).
		expect(written).toHaveLength(1);
		const { decodeScenarioHash } = await import('../../../src/lib/scenario/urlDecode.ts');
		const read = await decodeScenarioHash(written[0]!.slice(1));
		expect(read?.ok && read.scenario.view?.region).toBe('national');
	});
});
