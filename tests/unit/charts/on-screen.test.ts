import { describe, expect, it } from 'vitest';
import {
	buildComparisonOption,
	type ComparisonChartInput
} from '../../../src/lib/charts/comparison.ts';
import { legendOf, onScreenOption } from '../../../src/lib/charts/onScreen.ts';
import {
	FOCUS_COLOR,
	NATIONAL_COLOR,
	PALETTE,
	TARGET_COLOR
} from '../../../src/lib/charts/theme.ts';

// Two regions and the national line, a projection and two targets (one a range): every kind
// of legend entry the main chart has.
const input: ComparisonChartInput = {
	title: '教共体覆盖率：重庆市与对比地区',
	sourceLine: '数据来源：测试',
	unitLabel: '%',
	series: [
		{ id: 'cq', name: '重庆市', role: 'focus', points: [{ year: 2025, value: 85 }] },
		{ id: 'zj', name: '浙江省', role: 'compare', points: [{ year: 2024, value: 80 }] },
		{ id: 'cn', name: '全国', role: 'national', points: [{ year: 2024, value: 70 }] }
	],
	projection: {
		name: '重庆市预测',
		points: [
			{ year: 2025, value: 85 },
			{ year: 2027, value: 90 }
		],
		band: [
			{ year: 2025, lo: 85, hi: 85 },
			{ year: 2027, lo: 88, hi: 92 }
		],
		assumed: false
	},
	targets: [
		{
			regionName: '重庆市',
			year: 2027,
			value: 90,
			valueMax: null,
			label: '≥ 90%',
			yearNotStated: false
		},
		{
			regionName: '重庆市',
			year: 2035,
			value: 30,
			valueMax: 50,
			label: '30–50',
			yearNotStated: true
		}
	],
	milestones: [2027, 2035],
	years: [2015, 2035],
	labels: {
		projection: '预测',
		band: '90% 区间',
		target: '目标',
		approximate: '约数',
		disputed: '来源不一致'
	},
	formatValue: (v) => `${v}%`
};

const names = (o: ReturnType<typeof onScreenOption>) =>
	(o.series as { id: string; name: string }[]).map((s) => s.id);

describe('the main chart on screen', () => {
	const full = buildComparisonOption(input);

	it('lists the legend in order, each entry with its series colour and how it is drawn', () => {
		// Colours as the builder assigns them (theme.ts): focus, first of the palette, national.
		expect(legendOf(full)).toEqual([
			{ name: '重庆市', color: FOCUS_COLOR, mark: 'solid' },
			{ name: '浙江省', color: PALETTE[0], mark: 'solid' },
			{ name: '全国', color: NATIONAL_COLOR, mark: 'solid' },
			{ name: '重庆市预测', color: FOCUS_COLOR, mark: 'dashed' },
			{ name: '目标', color: TARGET_COLOR, mark: 'marker' }
		]);
	});

	it('leaves the titles and legend to the page and moves the plot up into their room', () => {
		const shown = onScreenOption(full, new Set());
		expect(shown.title).toBeUndefined();
		expect(shown.legend).toBeUndefined();
		const grid = shown.grid as { top: number; bottom: number; left: number };
		const before = full.grid as { top: number; bottom: number; left: number };
		expect(grid.top).toBeLessThan(before.top);
		expect(grid.bottom).toBeLessThan(before.bottom);
		expect(grid.left).toBe(before.left);
		// Nothing switched off: every series, in the builder's order.
		expect(names(shown)).toEqual((full.series as { id: string }[]).map((s) => s.id));
	});

	it('drops every series of a switched-off name, and only those', () => {
		const shown = onScreenOption(full, new Set(['目标', '浙江省']));
		const ids = names(shown);
		// The target markers and the range's bar share the name 目标; both go.
		expect(ids.filter((id) => id.startsWith('target'))).toEqual([]);
		expect(ids).not.toContain('actual:zj');
		expect(ids).toContain('actual:cq');
		expect(ids).toContain('projection');
		// The band is not a legend entry: it stays while its projection is shown or not.
		expect(onScreenOption(full, new Set(['重庆市预测'])).series).toHaveLength(
			(full.series as unknown[]).length - 1
		);
	});

	it('leaves the option it was given as it was (the exports draw it whole)', () => {
		const before = JSON.stringify(full);
		onScreenOption(full, new Set(['全国']), true);
		expect(JSON.stringify(full)).toBe(before);
	});
});
