import { describe, expect, it } from 'vitest';
import { insideRange, roomyRange } from '../../../src/lib/charts/liveLayer.ts';

describe('the value axis while a slider moves', () => {
	it('gives half the span again on the side the values left, in nice steps', () => {
		// Up out of 84–90 to 92: span 8, step niceStep(8/5 = 1.6) = 2; 92 + 4 = 96 → 96.
		expect(roomyRange([84, 92], [84, 90])).toEqual([84, 96]);
		// Down out of 0–10 to -5: span 15, step niceStep(3) = 5; -5 - 7.5 = -12.5 → -15.
		expect(roomyRange([-5, 10], [0, 10])).toEqual([-15, 10]);
	});

	it('keeps a share inside 0–100 when the values are', () => {
		// 0–98 from 0–90: span 98, step 20; 98 + 49 = 147 → 160, held at 100.
		expect(roomyRange([0, 98], [0, 90])).toEqual([0, 100]);
		// Down from 10–20 to 2: span 18, step 5 (niceStep(3.6)); 2 - 9 = -7 → -10, held at 0.
		expect(roomyRange([2, 20], [10, 20])).toEqual([0, 20]);
	});

	it('never narrows what was drawn, and the moved series fit the new range', () => {
		const [min, max] = roomyRange([50, 70], [40, 60]);
		expect(min).toBeLessThanOrEqual(40);
		expect(max).toBeGreaterThanOrEqual(70);
		const projection = {
			type: 'line' as const,
			data: [
				[2025, 50],
				[2027, 70]
			]
		};
		expect(insideRange([projection], [40, 60])).toBe(false);
		expect(insideRange([projection], [min, max])).toBe(true);
	});
});
