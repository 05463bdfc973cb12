/**
 * The main chart: one indicator, the focus region against others. History is solid, the focus
 * region's projection dashed inside its 90 % band, targets are markers at their years and the
 * milestones vertical lines. Pure: data in, ECharts option out (no ECharts import at run time).
 */
import type { LineSeriesOption } from 'echarts';
import { ghostSeries, milestoneSeries, projectionSeries } from './comparisonParts.ts';
import { valueExtent } from './scale.ts';
import { tooltipHtml } from './tooltip.ts';
import { chartTitles, FOCUS_COLOR, FONT, NATIONAL_COLOR, PALETTE, TARGET_COLOR } from './theme.ts';
import type { ChartOption } from './types.ts';

export interface ChartPoint {
	year: number;
	value: number;
	approximate?: boolean;
	/** Sources are known to disagree about this value: drawn as a triangle. */
	disputed?: boolean;
	/** Typed in by the analyst ("用户录入"): drawn as a hollow square. */
	entered?: boolean;
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

/**
 * The other scenario's projection of the focus region (the fitted trends, or a chosen scenario),
 * drawn faint beside the current one, as En-ROADS draws its baseline.
 */
export interface ChartGhost {
	name: string;
	points: readonly ChartPoint[];
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
	/** Shown when the compared scenario's projection differs from the current one. */
	ghost?: ChartGhost | null;
	targets: readonly ChartTarget[];
	milestones: readonly number[];
	/** First and last year of the axis. */
	years: readonly [number, number];
	labels: {
		projection: string;
		band: string;
		target: string;
		approximate: string;
		disputed: string;
		entered?: string;
	};
	formatValue: (value: number) => string;
	/** A narrow screen: smaller type, legend at the bottom. */
	compact?: boolean;
}

/**
 * The series a slider moves: the focus region's band and projection. The chart draws them on a
 * layer of their own while they move (charts/liveLayer.ts).
 */
export const LIVE_SERIES = ['band:lower', 'band:width', 'projection'] as const;

/**
 * Build the option. The series order is stable: regions, band, projection, the other scenario's
 * projection, targets, milestones.
 */
export function buildComparisonOption(input: ComparisonChartInput): ChartOption {
	const { labels, formatValue, compact = false } = input;
	const series: LineSeriesOption[] = [];
	let paletteIndex = 0;

	for (const s of input.series) {
		const color =
			s.role === 'focus'
				? FOCUS_COLOR
				: s.role === 'national'
					? NATIONAL_COLOR
					: PALETTE[paletteIndex++ % PALETTE.length];
		series.push({
			type: 'line',
			id: `actual:${s.id}`,
			name: s.name,
			data: s.points.map((p) => ({
				value: [p.year, p.value],
				symbol: p.disputed
					? 'triangle'
					: p.entered
						? 'emptyRect'
						: p.approximate
							? 'emptyCircle'
							: 'circle',
				...(p.disputed ? { symbolSize: 11 } : p.entered ? { symbolSize: 9 } : {})
			})),
			color,
			lineStyle: { width: s.role === 'focus' ? 3 : 2, type: 'solid' },
			symbolSize: s.role === 'focus' ? 8 : 6,
			z: s.role === 'focus' ? 5 : 3,
			connectNulls: true
		});
	}

	if (input.projection) series.push(...projectionSeries(input.projection, labels.band));
	if (input.ghost) series.push(ghostSeries(input.ghost));

	if (input.targets.length > 0) {
		// Markers only: a line series with no line (saves loading the scatter chart).
		series.push({
			type: 'line',
			id: 'targets',
			name: labels.target,
			color: TARGET_COLOR,
			lineStyle: { width: 0, opacity: 0 },
			showAllSymbol: true,
			symbol: 'diamond',
			symbolSize: 14,
			z: 6,
			data: input.targets.map((t) => ({
				value: [t.year, t.value],
				name: `${t.regionName} ${t.label}`,
				itemStyle: t.yearNotStated
					? { color: '#fff', borderColor: TARGET_COLOR, borderWidth: 2 }
					: {}
			}))
		});
		input.targets.forEach((t, i) => {
			if (t.valueMax === null) return;
			series.push({
				type: 'line',
				id: `target-range:${i}`,
				name: labels.target,
				data: [
					[t.year, t.value],
					[t.year, t.valueMax]
				],
				color: TARGET_COLOR,
				lineStyle: { width: 4, opacity: 0.6 },
				symbol: 'rect',
				symbolSize: [12, 3],
				tooltip: { show: false }
			});
		});
	}

	const extent = valueExtent(input);
	for (const year of input.milestones) series.push(milestoneSeries(year, extent, compact));

	const legendNames = input.series.map((s) => s.name);
	if (input.projection) legendNames.push(input.projection.name);
	if (input.ghost) legendNames.push(input.ghost.name);
	if (input.targets.length > 0) legendNames.push(labels.target);

	return {
		animation: false,
		textStyle: { fontFamily: FONT },
		title: chartTitles({
			title: input.title,
			subtitle: input.subtitle,
			sourceLine: input.sourceLine,
			compact,
			sourceOverflow: 'truncate'
		}),
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
			outerBoundsContain: 'axisLabel'
		} as ChartOption['grid'],
		tooltip: {
			trigger: 'axis',
			confine: true,
			axisPointer: { type: 'line' },
			formatter: (params: unknown) => tooltipHtml(params, formatValue, labels)
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
			min: extent.min,
			max: extent.max,
			name: input.unitLabel,
			nameTextStyle: { fontFamily: FONT, align: 'left' },
			axisLabel: { fontFamily: FONT }
		},
		series
	};
}
