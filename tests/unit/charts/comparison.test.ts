import { describe, expect, it } from 'vitest';
import {
	buildComparisonOption,
	type ComparisonChartInput
} from '../../../src/lib/charts/comparison.ts';
import { buildMidTermOption } from '../../../src/lib/charts/midterm.ts';

const input: ComparisonChartInput = {
	title: '高等教育毛入学率：重庆市与对比地区',
	sourceLine: '数据来源：测试',
	unitLabel: '%',
	series: [
		{
			id: 'cq',
			name: '重庆市',
			role: 'focus',
			points: [
				{ year: 2024, value: 63.5 },
				{ year: 2025, value: 64.25, approximate: true }
			]
		},
		{ id: 'zj', name: '浙江省', role: 'compare', points: [{ year: 2020, value: 62.4 }] },
		{
			id: 'cn',
			name: '全国',
			role: 'national',
			points: [{ year: 2024, value: 60.8, disputed: true }]
		}
	],
	projection: {
		name: '重庆市预测',
		points: [
			{ year: 2025, value: 64.25 },
			{ year: 2026, value: 65 }
		],
		band: [
			{ year: 2025, lo: 64.25, hi: 64.25 },
			{ year: 2026, lo: 64.5, hi: 65.5 }
		],
		assumed: true
	},
	targets: [
		{
			regionName: '重庆市',
			year: 2027,
			value: 70,
			valueMax: null,
			label: '≥ 70%（2027）',
			yearNotStated: false
		},
		{
			regionName: '重庆市',
			year: 2035,
			value: 30,
			valueMax: 50,
			label: '30–50（年份未注明）',
			yearNotStated: true
		}
	],
	milestones: [2027, 2029, 2035],
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

type AnySeries = {
	id: string;
	type: string;
	data: unknown[];
	lineStyle?: { type?: string };
	stack?: string;
};

describe('the comparison chart option', () => {
	const option = buildComparisonOption(input);
	const series = option.series as AnySeries[];

	it('draws history solid, the projection dashed, the band stacked, targets and milestones', () => {
		expect(series.map((s) => s.id)).toEqual([
			'actual:cq',
			'actual:zj',
			'actual:cn',
			'band:lower',
			'band:width',
			'projection',
			'targets',
			'target-range:1',
			'milestone:2027',
			'milestone:2029',
			'milestone:2035'
		]);
		expect(series[0]?.lineStyle?.type).toBe('solid');
		expect(series.find((s) => s.id === 'projection')?.lineStyle?.type).toBe('dashed');
		// The band is drawn as lower edge + width, stacked: 64.5 and 65.5 − 64.5 = 1 in 2026.
		expect(series.find((s) => s.id === 'band:width')?.data).toEqual([
			[2025, 0],
			[2026, 1]
		]);
		expect(series.find((s) => s.id === 'band:lower')?.stack).toBe('band');
		// Values run from 30 (a range target) to 70: span 40, step nice(44/5 = 8.8) = 10, padded by
		// 2 → [28, 72] → rounded out to [20, 80]. Milestone lines span exactly that axis.
		expect(option.yAxis).toMatchObject({ min: 20, max: 80 });
		const m2027 = series.find((s) => s.id === 'milestone:2027')?.data as { value: number[] }[];
		expect(m2027.map((d) => d.value)).toEqual([
			[2027, 20],
			[2027, 80]
		]);
		expect(series.find((s) => s.id === 'target-range:1')?.data).toEqual([
			[2035, 30],
			[2035, 50]
		]);
	});

	it('marks approximate values and an assumed anchor with hollow symbols, disputed ones with triangles', () => {
		expect(series[0]?.data[1]).toEqual({ value: [2025, 64.25], symbol: 'emptyCircle' });
		expect(series[2]?.data[0]).toEqual({ value: [2024, 60.8], symbol: 'triangle', symbolSize: 11 });
		expect((series.find((s) => s.id === 'projection')?.data[0] as { symbol: string }).symbol).toBe(
			'emptyDiamond'
		);
	});

	it('keeps the title and source line in the drawing, so exports carry them', () => {
		const titles = option.title as { text: string }[];
		expect(titles.map((t) => t.text)).toEqual([input.title, input.sourceLine]);
	});

	it('escapes data in the tooltip (the one place ECharts renders HTML)', () => {
		const evil = buildComparisonOption({
			...input,
			series: [
				{
					id: 'x',
					name: '<img src=x onerror=alert(1)>',
					role: 'focus',
					points: [{ year: 2024, value: 1 }]
				}
			]
		});
		const formatter = (evil.tooltip as { formatter: (p: unknown) => string }).formatter;
		const html = formatter([
			{
				seriesId: 'actual:x',
				seriesName: '<img src=x onerror=alert(1)>',
				value: [2024, 1],
				marker: ''
			}
		]);
		expect(html).not.toContain('<img');
		expect(html).toContain('&#60;img');
	});
});

describe('the mid-term chart option', () => {
	it('pairs time and progress bars, the progress green on schedule and red behind it', () => {
		const option = buildMidTermOption({
			title: 't',
			sourceLine: 's',
			rows: [
				{ label: 'A', timeShare: 0.5, progressShare: 0.6, onSchedule: true },
				{ label: 'B <b>', timeShare: 0.5, progressShare: 0.2, onSchedule: false }
			],
			labels: {
				time: '时间进度',
				progress: '任务进度',
				onSchedule: '正常',
				behind: '滞后',
				progressOn: '任务进度（正常）',
				progressBehind: '任务进度（滞后）'
			}
		});
		const [time, on, behind] = option.series as {
			data: unknown[];
			color: string;
			stack?: string;
		}[];
		expect(time?.data).toEqual([50, 50]);
		// each row's progress in the series of its colour, stacked so the pair stays two bars
		expect(on?.data).toEqual([60, null]);
		expect(behind?.data).toEqual([null, 20]);
		expect([on?.color, behind?.color]).toEqual(['#17663a', '#c8372d']);
		expect(on?.stack).toBe(behind?.stack);
		// the legend names both colours
		expect((option.legend as { data: string[] }).data).toEqual([
			'时间进度',
			'任务进度（正常）',
			'任务进度（滞后）'
		]);
		const html = (option.tooltip as { formatter: (p: unknown) => string }).formatter([
			{ dataIndex: 1 }
		]);
		expect(html).toContain('B &#60;b&#62;');
	});
});

/**
 * Snapshots of the whole option (as JSON; formatter functions drop out), so that any change to
 * what the charts draw shows up in review as a diff of tests/unit/charts/__snapshots__/*.json.
 * Update them with `npx vitest run -u` after checking the change is meant.
 */
describe('option snapshots', () => {
	const json = (o: unknown) => `${JSON.stringify(o, null, '\t')}\n`;

	it('main chart', async () => {
		await expect(json(buildComparisonOption(input))).toMatchFileSnapshot(
			'__snapshots__/main-chart.json'
		);
	});

	it('main chart, compact (phones)', async () => {
		await expect(json(buildComparisonOption({ ...input, compact: true }))).toMatchFileSnapshot(
			'__snapshots__/main-chart-compact.json'
		);
	});

	it('mid-term chart', async () => {
		const option = buildMidTermOption({
			title: '时间进度与任务进度：重庆市',
			sourceLine: '计算：mubiao',
			rows: [
				{
					label: '教共体覆盖率 ≥ 90%（2027）',
					timeShare: 0.5,
					progressShare: 0.3,
					onSchedule: false
				},
				{
					label: '高等教育毛入学率 ≥ 70%（2035）',
					timeShare: 0.2,
					progressShare: 0.4,
					onSchedule: true
				}
			],
			labels: {
				time: '时间进度',
				progress: '任务进度',
				onSchedule: '进度正常',
				behind: '进度滞后',
				progressOn: '任务进度（进度正常）',
				progressBehind: '任务进度（进度滞后）'
			}
		});
		await expect(json(option)).toMatchFileSnapshot('__snapshots__/midterm-chart.json');
	});
});
