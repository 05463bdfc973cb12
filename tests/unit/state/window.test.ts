import { describe, expect, it } from 'vitest';
import { rowWindow } from '../../../src/lib/state/window.ts';

describe('rowWindow', () => {
	it('the top of a long list: the rows in view and the overscan below', () => {
		// 600 px / 30 px = 20 rows in view, +1 for a row cut at the bottom, +10 overscan = 31.
		expect(rowWindow(270_000, 0, 600, 30)).toEqual({
			start: 0,
			end: 31,
			before: 0,
			after: (270_000 - 31) * 30
		});
	});

	it('scrolled into the middle: the overscan on both sides, spacers add up to the rest', () => {
		// Row 1,000 is at 30,000 px; rows 990 … 1,030 (1,000 + 21 + 10 = 1,031 excluded).
		const w = rowWindow(270_000, 30_000, 600, 30);
		expect(w).toEqual({ start: 990, end: 1031, before: 990 * 30, after: (270_000 - 1031) * 30 });
		expect(w.before + (w.end - w.start) * 30 + w.after).toBe(270_000 * 30);
	});

	it('the end of the list, and a box scrolled past it, keep inside the list', () => {
		const w = rowWindow(1000, 1_000_000, 600, 30);
		expect(w.end).toBe(1000);
		expect(w.start).toBeLessThanOrEqual(w.end);
		expect(w.after).toBe(0);
	});

	it('a list shorter than the box renders every row', () => {
		expect(rowWindow(5, 0, 600, 30)).toEqual({ start: 0, end: 5, before: 0, after: 0 });
	});
});
