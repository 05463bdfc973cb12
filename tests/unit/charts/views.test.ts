/**
 * The ranking chart and the main chart's "ghost" (the compared scenario's projection): what
 * they draw, checked on hand-made inputs, and option snapshots (see comparison.test.ts).
 */
import { describe, expect, it } from 'vitest';
import {
	buildComparisonOption,
	type ComparisonChartInput
} from '../../../src/lib/charts/comparison.ts';
import { buildRankingOption, type RankingChartInput } from '../../../src/lib/charts/ranking.ts';

const json = (o: unknown) => `${JSON.stringify(o, null, '\t')}\n`;

const ranking: RankingChartInput = {
	title: '高等教育毛入学率：全部省份（2024年）',
	sourceLine: '数据来源：已加载数据',
	unitLabel: '%',
	bars: [
		{ name: '江苏省', value: 70.1, focus: false, estimate: false },
		{ name: '重庆市', value: 63.5, focus: true, estimate: false },
		{ name: '福建省', value: 60.2, focus: false, estimate: true }
	],
	national: { label: '全国', value: 60.8 },
	labels: { estimate: '估计值' },
	formatValue: (v) => `${v}%`
};

type Series = { id: string; type: string; data: unknown[]; yAxisIndex?: number };

describe('the ranking chart option', () => {
	const option = buildRankingOption(ranking);
	const series = option.series as Series[];

	it('draws one bar per region in the order given, the focus in its colour, estimates paler', () => {
		const bars = series[0]!;
		expect(bars.type).toBe('bar');
		const items = bars.data as {
			value: number;
			itemStyle: { color: string; borderType?: string };
		}[];
		expect(items.map((d) => d.value)).toEqual([70.1, 63.5, 60.2]);
		expect(items[1]?.itemStyle.color).toBe('#1f5fa8');
		// the estimate (福建省) paler than the actual of another region, and dashed
		expect(items[2]?.itemStyle.color).not.toBe(items[0]?.itemStyle.color);
		expect(items.map((d) => d.itemStyle.borderType)).toEqual([undefined, undefined, 'dashed']);
		expect((option.yAxis as { data?: string[] }[])[0]?.data).toEqual([
			'江苏省',
			'重庆市',
			'福建省'
		]);
	});

	it('draws the national value as a vertical line across the plot', () => {
		const national = series.find((s) => s.id === 'national');
		expect(national?.yAxisIndex).toBe(1);
		expect((national?.data as { value: number[] }[]).map((d) => d.value)).toEqual([
			[60.8, 0],
			[60.8, 1]
		]);
	});

	it('keeps a percentage axis at 0–100', () => {
		expect(option.xAxis).toMatchObject({ min: 0, max: 100 });
	});

	it('has no national line when there is no national value', () => {
		const o = buildRankingOption({ ...ranking, national: null });
		expect((o.series as Series[]).map((s) => s.id)).toEqual(['ranking']);
	});

	it('snapshot', async () => {
		await expect(json(option)).toMatchFileSnapshot('__snapshots__/ranking-chart.json');
	});
});

describe('the ghost of the compared scenario', () => {
	const base: ComparisonChartInput = {
		title: 't',
		sourceLine: 's',
		unitLabel: '%',
		series: [{ id: 'cq', name: '重庆市', role: 'focus', points: [{ year: 2025, value: 85 }] }],
		projection: {
			name: '重庆市预测',
			points: [
				{ year: 2025, value: 85 },
				{ year: 2026, value: 88 }
			],
			band: [
				{ year: 2025, lo: 85, hi: 85 },
				{ year: 2026, lo: 88, hi: 88 }
			],
			assumed: false
		},
		targets: [],
		milestones: [],
		years: [2015, 2026],
		labels: { projection: 'p', band: 'b', target: 't', approximate: 'a', disputed: 'd' },
		formatValue: (v) => String(v)
	};

	it('is drawn after the projection, dotted, and named in the legend', () => {
		const option = buildComparisonOption({
			...base,
			ghost: {
				name: '拟合趋势（无假设）',
				points: [
					{ year: 2025, value: 85 },
					{ year: 2026, value: 85 }
				]
			}
		});
		const series = option.series as (Series & { lineStyle?: { type?: string } })[];
		expect(series.map((s) => s.id)).toEqual([
			'actual:cq',
			'band:lower',
			'band:width',
			'projection',
			'ghost'
		]);
		const ghost = series[4]!;
		expect(ghost.lineStyle?.type).toBe('dotted');
		expect(ghost.data).toEqual([
			[2025, 85],
			[2026, 85]
		]);
		expect((option.legend as { data: string[] }).data).toContain('拟合趋势（无假设）');
	});

	it('is absent when there is nothing to compare with', () => {
		const series = buildComparisonOption(base).series as Series[];
		expect(series.some((s) => s.id === 'ghost')).toBe(false);
	});
});

describe('the ranking tooltip', () => {
	it('escapes region names (the one place ECharts renders HTML)', () => {
		const option = buildRankingOption({
			...ranking,
			bars: [{ name: '<img src=x>', value: 1, focus: false, estimate: true }]
		});
		const f = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
		const html = f({ seriesId: 'ranking', dataIndex: 0 });
		expect(html).not.toContain('<img');
		expect(html).toContain('&#60;img');
		expect(html).toContain('估计值');
	});
});
