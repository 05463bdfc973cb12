import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from '../../../src/lib/charts/afterPaint.ts';

describe('afterNextPaint', () => {
	let frames: FrameRequestCallback[] = [];
	beforeEach(() => {
		vi.useFakeTimers();
		frames = [];
		vi.stubGlobal('requestAnimationFrame', (fn: FrameRequestCallback) => frames.push(fn));
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('runs the work in a task after the next frame, once', () => {
		const work = vi.fn();
		afterNextPaint(work);
		vi.advanceTimersByTime(100);
		expect(work).not.toHaveBeenCalled();
		frames.shift()!(0);
		// Queued from the frame's callback: not within it.
		expect(work).not.toHaveBeenCalled();
		vi.advanceTimersByTime(0);
		expect(work).toHaveBeenCalledTimes(1);
		// The fallback, when its time comes, does not run it again.
		vi.advanceTimersByTime(1000);
		expect(work).toHaveBeenCalledTimes(1);
	});

	it('runs it after the fallback where no frame comes (a background tab)', () => {
		const work = vi.fn();
		afterNextPaint(work, 250);
		vi.advanceTimersByTime(249);
		expect(work).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(work).toHaveBeenCalledTimes(1);
		frames.shift()!(0);
		vi.advanceTimersByTime(10);
		expect(work).toHaveBeenCalledTimes(1);
	});
});
