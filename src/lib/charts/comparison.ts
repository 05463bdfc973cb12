/**
 * The main chart: one indicator, the focus region against others. History is solid, the focus
 * region's projection dashed inside its 90 % band, targets are markers at their years and the
 * milestones vertical lines. Pure: data in, ECharts option out (no ECharts import at run time).
 */
import type { LineSeriesOption, ScatterSeriesOption } from 'echarts';
import { escapeHtml, type ChartOption } from './types.ts';

export interface ChartPoint {
	year: number;
	value: number;
	approximate?: boolean;
}

export interface ChartRegionSeries {
	id: string;
	name: string;
	role: 'focus' | 'compare' | 'national';
	points: readonly ChartPoint[];
}

export interface ChartProjection {
	name: string;
	/** From the anchor to the last year shown. */
	points: readonly ChartPoint[];
	band: readonly { year: number; lo: number; hi: number }[];
	/** The anchor is an assumed baseline, not an observation. */
	assumed: boolean;
}

export interface ChartTarget {
	regionName: string;
	year: number;
	value: number;
	valueMax: number | null;
	/** What the tooltip says, e.g. `≥ 90%（2027）`. */
	label: string;
	/** The target's year was not stated: drawn at the horizon, hollow. */
	yearNotStated: boolean;
}

export interface ComparisonChartInput {
	title: string;
	subtitle?: string;
	sourceLine: string;
	/** Shown on the value axis. */
	unitLabel: string;
	series: readonly ChartRegionSeries[];
	projection: ChartProjection | null;
	targets: readonly ChartTarget[];
	milestones: readonly number[];
	/** First and last year of the axis. */
	years: readonly [number, number];
	labels: { projection: string; band: string; target: string; approximate: string };
	formatValue: (value: number) => string;
	/** A narrow screen: smaller type, legend at the bottom. */
	compact?: boolean;
}

export const FOCUS_COLOR = '#1f5fa8';
export const NATIONAL_COLOR = '#6b7280';
export const TARGET_COLOR = '#c8372d';
const PALETTE = ['#d97706', '#059669', '#7c3aed', '#db2777', '#0891b2', '#65a30d', '#b45309', '#4f46e5'];
const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** Build the option. The series order is stable: regions, projection, band, targets, milestones. */
export function buildComparisonOption(input: ComparisonChartInput): ChartOption {
	const { labels, formatValue, compact = false } = input;
	const series: (LineSeriesOption | ScatterSeriesOption)[] = [];
	let paletteIndex = 0;

	for (const s of input.series) {
		const color =
			s.role === 'focus' ? FOCUS_COLOR : s.role === 'national' ? NATIONAL_COLOR : PALETTE[paletteIndex++ % PALETTE.length];
		series.push({
			type: 'line',
			id: `actual:${s.id}`,
			name: s.name,
			data: s.points.map((p) => ({
				value: [p.year, p.value],
				symbol: p.approximate ? 'emptyCircle' : 'circle'
			})),
			color,
			lineStyle: { width: s.role === 'focus' ? 3 : 2, type: 'solid' },
			symbolSize: s.role === 'focus' ? 8 : 6,
			z: s.role === 'focus' ? 5 : 3,
			connectNulls: true
		});
	}

	const focusName = input.series.find((s) => s.role === 'focus')?.name ?? '';
	if (input.projection) {
		const p = input.projection;
		series.push({
			type: 'line',
			id: 'band:lower',
			name: labels.band,
			data: p.band.map((b) => [b.year, b.lo]),
			lineStyle: { opacity: 0 },
			symbol: 'none',
			stack: 'band',
			silent: true,
			color: FOCUS_COLOR,
			tooltip: { show: false }
		});
		series.push({
			type: 'line',
			id: 'band:width',
			name: labels.band,
			data: p.band.map((b) => [b.year, b.hi - b.lo]),
			lineStyle: { opacity: 0 },
			symbol: 'none',
			stack: 'band',
			silent: true,
			color: FOCUS_COLOR,
			areaStyle: { color: FOCUS_COLOR, opacity: 0.14 },
			tooltip: { show: false }
		});
		series.push({
			type: 'line',
			id: 'projection',
			name: p.name,
			data: p.points.map((pt, i) => ({
				value: [pt.year, pt.value],
				symbol: i === 0 && p.assumed ? 'emptyDiamond' : 'none'
			})),
			color: FOCUS_COLOR,
			lineStyle: { type: 'dashed', width: 2.5 },
			symbolSize: 10,
			z: 4
		});
	}

	if (input.targets.length > 0) {
		series.push({
			type: 'scatter',
			id: 'targets',
			name: labels.target,
			color: TARGET_COLOR,
			symbol: 'diamond',
			symbolSize: 14,
			z: 6,
			data: input.targets.map((t) => ({
				value: [t.year, t.value],
				name: `${t.regionName} ${t.label}`,
				itemStyle: t.yearNotStated ? { color: '#fff', borderColor: TARGET_COLOR, borderWidth: 2 } : {}
			}))
		});
		input.targets.forEach((t, i) => {
			if (t.valueMax === null) return;
			series.push({
				type: 'line',
				id: `target-range:${i}`,
				name: labels.target,
				data: [[t.year, t.value], [t.year, t.valueMax]],
				color: TARGET_COLOR,
				lineStyle: { width: 4, opacity: 0.6 },
				symbol: 'rect',
				symbolSize: [12, 3],
				tooltip: { show: false }
			});
		});
	}

	series.push({
		type: 'line',
		id: 'milestones',
		name: 'milestones',
		data: [],
		silent: true,
		markLine: {
			silent: true,
			symbol: ['none', 'none'],
			lineStyle: { color: '#9ca3af', type: [4, 4], width: 1 },
			label: { formatter: '{b}', position: 'insideEndTop', color: '#4b5563', fontFamily: FONT },
			data: input.milestones.map((year) => ({ xAxis: year, name: String(year) }))
		}
	});

	const legendNames = input.series.map((s) => s.name);
	if (input.projection) legendNames.push(input.projection.name);
	if (input.targets.length > 0) legendNames.push(labels.target);

	return {
		animation: false,
		textStyle: { fontFamily: FONT },
		title: [
			{
				text: input.title,
				subtext: input.subtitle ?? '',
				left: 12,
				top: 6,
				textStyle: { fontSize: compact ? 14 : 16, fontWeight: 600, fontFamily: FONT, width: compact ? 330 : 900, overflow: 'break' },
				subtextStyle: { fontSize: 12, fontFamily: FONT, color: '#4b5563' }
			},
			{
				text: input.sourceLine,
				left: 12,
				bottom: 4,
				textStyle: { fontSize: compact ? 10 : 11, fontWeight: 'normal', fontFamily: FONT, color: '#4b5563', width: compact ? 340 : 900, overflow: 'truncate' }
			}
		],
		legend: {
			type: 'scroll',
			data: legendNames,
			top: compact ? undefined : input.subtitle ? 58 : 40,
			bottom: compact ? 34 : undefined,
			left: 12,
			right: 12,
			textStyle: { fontFamily: FONT, fontSize: compact ? 11 : 12 }
		},
		grid: {
			left: compact ? 44 : 64,
			right: compact ? 16 : 32,
			top: compact ? (input.subtitle ? 92 : 76) : input.subtitle ? 100 : 82,
			bottom: compact ? 84 : 60,
			outerBoundsMode: 'same',
			containLabel: true
		} as ChartOption['grid'],
		tooltip: {
			trigger: 'axis',
			confine: true,
			axisPointer: { type: 'line' },
			formatter: (params: unknown) => tooltipHtml(params, formatValue, labels.approximate, focusName)
		},
		xAxis: {
			type: 'value',
			min: input.years[0],
			max: input.years[1],
			minInterval: 1,
			axisLabel: { formatter: (v: number) => String(v), fontFamily: FONT },
			splitLine: { show: false }
		},
		yAxis: {
			type: 'value',
			scale: true,
			name: input.unitLabel,
			nameTextStyle: { fontFamily: FONT, align: 'left' },
			axisLabel: { fontFamily: FONT }
		},
		series
	};
}

interface TooltipParam {
	seriesName?: string;
	seriesId?: string;
	marker?: string;
	value?: unknown;
	name?: string;
	data?: unknown;
}

/** The axis tooltip, built from escaped text only. */
function tooltipHtml(
	params: unknown,
	formatValue: (v: number) => string,
	approximate: string,
	_focus: string
): string {
	const list = (Array.isArray(params) ? params : [params]) as TooltipParam[];
	let year: number | null = null;
	const lines: string[] = [];
	for (const p of list) {
		if (!p.seriesId || p.seriesId.startsWith('band') || p.seriesId === 'milestones') continue;
		const value = Array.isArray(p.value) ? p.value : null;
		if (!value || typeof value[1] !== 'number') continue;
		year ??= Number(value[0]);
		const name = p.seriesId === 'targets' ? (p.name ?? '') : (p.seriesName ?? '');
		const data = p.data as { symbol?: string } | undefined;
		const approx = data?.symbol === 'emptyCircle' ? `（${approximate}）` : '';
		lines.push(`${p.marker ?? ''}${escapeHtml(name)}：<b>${escapeHtml(formatValue(value[1]))}</b>${escapeHtml(approx)}`);
	}
	if (year === null) return '';
	return [`<b>${escapeHtml(String(year))}</b>`, ...lines].join('<br/>');
}
