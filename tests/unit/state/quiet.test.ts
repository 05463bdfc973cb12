import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QuietWhileMoving, REST_MS } from '../../../src/lib/state/quiet.svelte.ts';

describe('a box out of view while what it shows keeps changing', () => {
	beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
	afterEach(() => vi.useRealTimers());

	it('is quiet from the second change that comes soon after the first', () => {
		const q = new QuietWhileMoving();
		q.seen(false);
		q.changed(1000);
		// one change alone is not a move: the box is rendered with it
		expect(q.quiet).toBe(false);
		q.changed(1016);
		expect(q.quiet).toBe(true);
		q.changed(1032);
		expect(q.quiet).toBe(true);
	});

	it('is rendered again once the changes rest', () => {
		const q = new QuietWhileMoving();
		q.seen(false);
		q.changed(0);
		q.changed(16);
		vi.advanceTimersByTime(REST_MS - 1);
		expect(q.quiet).toBe(true);
		vi.advanceTimersByTime(1);
		expect(q.quiet).toBe(false);
		// a change a rest later starts over
		q.changed(16 + REST_MS + 100);
		expect(q.quiet).toBe(false);
	});

	it('is never quiet in view, and stops being quiet as it comes into view', () => {
		const q = new QuietWhileMoving();
		q.changed(0);
		q.changed(16);
		expect(q.quiet).toBe(false);
		q.seen(false);
		q.changed(32);
		expect(q.quiet).toBe(true);
		q.seen(true);
		expect(q.quiet).toBe(false);
		q.changed(48);
		expect(q.quiet).toBe(false);
	});
});
