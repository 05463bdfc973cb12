/**
 * The mid-term review chart ("时间过半、任务过半"): for each target, the share of the time
 * elapsed against the share of the distance covered, as paired horizontal bars; the progress bar
 * green when on schedule and red when behind, each colour a series of its own so that the legend
 * names it. Pure.
 */
import type { BarSeriesOption } from 'echarts';
import { chartTitles, FONT } from './theme.ts';
import { escapeHtml, type ChartOption } from './types.ts';

export interface MidTermRow {
	label: string;
	timeShare: number;
	progressShare: number;
	onSchedule: boolean;
}

export interface MidTermInput {
	title: string;
	/** Under the title (an export's scenario and date). */
	subtitle?: string;
	sourceLine: string;
	rows: readonly MidTermRow[];
	labels: {
		time: string;
		progress: string;
		onSchedule: string;
		behind: string;
		/** The legend names of the progress bars on and behind schedule. */
		progressOn: string;
		progressBehind: string;
	};
	compact?: boolean;
}

export const ON_SCHEDULE_COLOR = '#17663a';
export const BEHIND_COLOR = '#c8372d';
/** The height of the chart for `n` rows (labels may wrap to two lines, on a phone to four). */
export function midTermHeight(n: number, subtitle = false, compact = false): number {
	return Math.max(240, 100 + (subtitle ? 18 : 0) + (compact ? 26 : 0) + n * (compact ? 76 : 52));
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
	// Two stacked series, one value per row in one of them: the pair stays time + progress.
	const progress = (onSchedule: boolean): BarSeriesOption => ({
		type: 'bar',
		id: onSchedule ? 'progress:on' : 'progress:behind',
		name: onSchedule ? labels.progressOn : labels.progressBehind,
		stack: 'progress',
		color: onSchedule ? ON_SCHEDULE_COLOR : BEHIND_COLOR,
		data: rows.map((r) => (r.onSchedule === onSchedule ? r.progressShare * 100 : null)),
		label: {
			show: true,
			position: 'right',
			formatter: (p) => (p.value === null ? '' : pct(Number(p.value) / 100)),
			fontFamily: FONT,
			fontSize: 11
		}
	});
	const max = Math.max(
		100,
		...rows.map((r) => r.progressShare * 100 + 15),
		...rows.map((r) => r.timeShare * 100 + 15)
	);
	return {
		animation: false,
		textStyle: { fontFamily: FONT },
		title: chartTitles({
			title: input.title,
			subtitle: input.subtitle,
			sourceLine: input.sourceLine,
			compact
		}),
		legend: {
			top: input.subtitle ? 54 : 36,
			left: 12,
			data: [labels.time, labels.progressOn, labels.progressBehind],
			textStyle: { fontFamily: FONT }
		},
		// On a phone the legend takes two lines: the plot starts lower.
		grid: {
			left: 12,
			right: 40,
			top: (input.subtitle ? 18 : 0) + (compact ? 96 : 70),
			bottom: 40,
			outerBoundsMode: 'same',
			outerBoundsContain: 'axisLabel'
		},
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
			// A multiple of 20, so that the last two ticks never crowd each other (120 %, 130 %).
			max: Math.ceil(max / 20) * 20,
			...(compact ? { splitNumber: 3 } : {}),
			axisLabel: { formatter: '{value}%', fontFamily: FONT }
		},
		yAxis: {
			type: 'category',
			inverse: true,
			data: rows.map((r) => r.label),
			axisLabel: {
				width: compact ? 130 : 300,
				overflow: 'break',
				lineHeight: 14,
				fontFamily: FONT
			}
		},
		series: [time, progress(true), progress(false)]
	};
}
