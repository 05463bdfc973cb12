/**
 * A chart that shows names such as `__proto__` leaves `Object.prototype` untouched (zrender's
 * text-width cache would otherwise write onto it; see src/lib/charts/safeCache.ts).
 */
import { describe, expect, it } from 'vitest';
import { buildComparisonOption } from '../../../src/lib/charts/comparison.ts';
import { renderSvg } from '../../../src/lib/charts/echarts.ts';

const HOSTILE = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString'];

describe('hostile names in charts', () => {
	it('render without adding anything to Object.prototype', async () => {
		const option = buildComparisonOption({
			title: '__proto__',
			sourceLine: '__proto__',
			unitLabel: '__proto__',
			series: HOSTILE.map((name, i) => ({
				id: name,
				name,
				role: i === 0 ? ('focus' as const) : ('compare' as const),
				points: [
					{ year: 2020, value: 10 + i },
					{ year: 2024, value: 20 + i }
				]
			})),
			projection: null,
			targets: [
				{
					regionName: '__proto__',
					year: 2027,
					value: 30,
					valueMax: null,
					label: '__proto__',
					yearNotStated: false
				}
			],
			milestones: [2027],
			years: [2015, 2030],
			labels: {
				projection: '__proto__',
				band: '__proto__',
				target: '__proto__',
				approximate: 'a',
				disputed: 'd'
			},
			formatValue: (v) => String(v)
		});
		const before = Object.getOwnPropertyNames(Object.prototype).sort();
		const svg = await renderSvg(option, 800, 500);
		expect(svg).toContain('__proto__');
		expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
		expect(({} as Record<string, unknown>).prev).toBeUndefined();
		expect(({} as Record<string, unknown>).next).toBeUndefined();
	});
});

describe('the exported SVG', () => {
	it('is well-formed: every attribute value is quoted once, so strict SVG readers open it', async () => {
		const option = buildComparisonOption({
			title: '教共体覆盖率：重庆市与对比地区',
			sourceLine: '数据来源：测试',
			unitLabel: '%',
			series: [{ id: 'cq', name: '重庆市', role: 'focus', points: [{ year: 2025, value: 85 }] }],
			projection: null,
			targets: [],
			milestones: [2027],
			years: [2020, 2030],
			labels: { projection: 'p', band: 'b', target: 't', approximate: 'a', disputed: 'd' },
			formatValue: (v) => String(v)
		});
		const svg = await renderSvg(option, 600, 400);
		const tags = svg.match(/<[^!?/][^>]*>/g) ?? [];
		expect(tags.length).toBeGreaterThan(10);
		for (const tag of tags) expect(tag).toMatch(/^<[\w:-]+(\s+[\w:-]+="[^"<]*")*\s*\/?>$/);
	});
});
