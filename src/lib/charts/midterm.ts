/**
 * The mid-term review chart ("时间过半、任务过半"): for each target, the share of the time
 * elapsed against the share of the distance covered, as paired horizontal bars. Pure.
 */
import type { BarSeriesOption } from 'echarts';
import { FONT } from './theme.ts';
import { escapeHtml, type ChartOption } from './types.ts';

export interface MidTermRow {
	label: string;
	timeShare: number;
	progressShare: number;
	onSchedule: boolean;
}

export interface MidTermInput {
	title: string;
	sourceLine: string;
	rows: readonly MidTermRow[];
	labels: { time: string; progress: string; onSchedule: string; behind: string };
	compact?: boolean;
}

const pct = (v: number) => `${(v * 100).toFixed(0)}%`;

export function buildMidTermOption(input: MidTermInput): ChartOption {
	const { rows, labels, compact = false } = input;
	const time: BarSeriesOption = {
		type: 'bar',
		id: 'time',
		name: labels.time,
		color: '#9ca3af',
		data: rows.map((r) => r.timeShare * 100),
		barGap: '10%',
		label: {
			show: true,
			position: 'right',
			formatter: (p) => pct(Number(p.value) / 100),
			fontFamily: FONT,
			fontSize: 11
		}
	};
	const progress: BarSeriesOption = {
		type: 'bar',
		id: 'progress',
		name: labels.progress,
		data: rows.map((r) => ({
			value: r.progressShare * 100,
			itemStyle: { color: r.onSchedule ? '#17663a' : '#c8372d' }
		})),
		color: '#17663a',
		label: {
			show: true,
			position: 'right',
			formatter: (p) => pct(Number(p.value) / 100),
			fontFamily: FONT,
			fontSize: 11
		}
	};
	const max = Math.max(
		100,
		...rows.map((r) => r.progressShare * 100 + 15),
		...rows.map((r) => r.timeShare * 100 + 15)
	);
	return {
		animation: false,
		textStyle: { fontFamily: FONT },
		title: [
			{
				text: input.title,
				left: 12,
				top: 6,
				textStyle: { fontSize: compact ? 14 : 16, fontWeight: 600, fontFamily: FONT }
			},
			{
				text: input.sourceLine,
				left: 12,
				bottom: 4,
				textStyle: { fontSize: 11, fontWeight: 'normal', color: '#4b5563', fontFamily: FONT }
			}
		],
		legend: {
			top: 36,
			left: 12,
			data: [labels.time, labels.progress],
			textStyle: { fontFamily: FONT }
		},
		grid: { left: 12, right: 40, top: 70, bottom: 40, containLabel: true },
		tooltip: {
			trigger: 'axis',
			axisPointer: { type: 'shadow' },
			formatter: (params: unknown) => {
				const list = params as { dataIndex: number }[];
				const row = rows[list[0]?.dataIndex ?? -1];
				if (!row) return '';
				return [
					`<b>${escapeHtml(row.label)}</b>`,
					`${escapeHtml(labels.time)}：${pct(row.timeShare)}`,
					`${escapeHtml(labels.progress)}：${pct(row.progressShare)}`,
					escapeHtml(row.onSchedule ? labels.onSchedule : labels.behind)
				].join('<br/>');
			}
		},
		xAxis: {
			type: 'value',
			min: 0,
			max: Math.ceil(max / 10) * 10,
			axisLabel: { formatter: '{value}%', fontFamily: FONT }
		},
		yAxis: {
			type: 'category',
			inverse: true,
			data: rows.map((r) => r.label),
			axisLabel: { width: compact ? 120 : 260, overflow: 'truncate', fontFamily: FONT }
		},
		series: [time, progress]
	};
}
