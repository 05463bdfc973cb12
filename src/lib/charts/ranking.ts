/**
 * The ranking chart: one horizontal bar per region, best first, the focus region in its colour,
 * values that are not the year's actual (between actuals, or projected) paler with a mark, and
 * the national value as a vertical line. Pure: data in, ECharts option out.
 */
import type { BarSeriesOption, LineSeriesOption } from 'echarts';
import { chartTitles, FOCUS_COLOR, FONT, NATIONAL_COLOR } from './theme.ts';
import { escapeHtml, type ChartOption } from './types.ts';

export interface RankingBar {
	name: string;
	value: number;
	focus: boolean;
	/** Not an actual of the year (read between actuals, or projected). */
	estimate: boolean;
}

export interface RankingChartInput {
	title: string;
	sourceLine: string;
	unitLabel: string;
	bars: readonly RankingBar[];
	national: { label: string; value: number } | null;
	labels: { estimate: string };
	formatValue: (value: number) => string;
	compact?: boolean;
}

const OTHER_COLOR = '#8fb0d6';
const OTHER_ESTIMATE_COLOR = '#d3e0ef';
const FOCUS_ESTIMATE_COLOR = '#8fb0d6';
/** The mark after an estimated value (explained in the chart's note). */
export const ESTIMATE_MARK = '*';

const barColor = (b: RankingBar): string =>
	b.focus
		? b.estimate
			? FOCUS_ESTIMATE_COLOR
			: FOCUS_COLOR
		: b.estimate
			? OTHER_ESTIMATE_COLOR
			: OTHER_COLOR;

/** The chart's height in pixels for `n` bars. */
export function rankingHeight(n: number): number {
	return Math.max(220, 110 + n * 30);
}

/** One bar per region, labelled with its value (and the estimate mark). */
function barSeries(input: RankingChartInput): BarSeriesOption {
	const { bars, formatValue } = input;
	return {
		type: 'bar',
		id: 'ranking',
		name: input.title,
		barMaxWidth: 22,
		data: bars.map((b) => ({
			value: b.value,
			// Estimates paler, with a dashed edge (a colour, not an opacity: the label stays legible).
			itemStyle: {
				color: barColor(b),
				...(b.estimate
					? {
							borderColor: b.focus ? FOCUS_COLOR : '#4f77a6',
							borderType: 'dashed' as const,
							borderWidth: 1
						}
					: {})
			}
		})),
		label: {
			show: true,
			position: 'right',
			fontFamily: FONT,
			fontSize: 11,
			color: '#374151',
			formatter: (p) => {
				const b = bars[p.dataIndex];
				return b ? `${formatValue(b.value)}${b.estimate ? ESTIMATE_MARK : ''}` : '';
			}
		}
	};
}

/**
 * The national value: a line series on a hidden 0–1 axis across the whole plot (no markLine
 * component to load), labelled at its top end by an invisible symbol.
 */
function nationalSeries(input: RankingChartInput): LineSeriesOption[] {
	const { national, formatValue } = input;
	if (!national) return [];
	return [
		{
			type: 'line',
			id: 'national',
			name: national.label,
			yAxisIndex: 1,
			silent: true,
			symbol: 'none',
			color: NATIONAL_COLOR,
			lineStyle: { color: NATIONAL_COLOR, type: 'dashed', width: 1.5 },
			tooltip: { show: false },
			z: 5,
			data: [
				{ value: [national.value, 0] },
				{
					value: [national.value, 1],
					symbol: 'circle',
					symbolSize: 1,
					label: {
						show: true,
						position: 'top',
						formatter: `${national.label} ${formatValue(national.value)}`,
						fontFamily: FONT,
						fontSize: 11,
						color: '#374151'
					}
				}
			]
		}
	];
}

export function buildRankingOption(input: RankingChartInput): ChartOption {
	const { bars, formatValue, compact = false } = input;
	const focusNames = new Set(bars.filter((b) => b.focus).map((b) => b.name));
	const values = [...bars.map((b) => b.value), input.national?.value ?? 0];
	const max = Math.max(...values);
	const min = Math.min(0, ...values);
	return {
		animation: false,
		textStyle: { fontFamily: FONT },
		title: chartTitles({ title: input.title, sourceLine: input.sourceLine, compact }),
		grid: {
			left: 12,
			right: compact ? 56 : 72,
			top: compact ? 76 : 66,
			bottom: 44,
			outerBoundsMode: 'same',
			outerBoundsContain: 'axisLabel'
		},
		tooltip: {
			trigger: 'item',
			confine: true,
			formatter: (params: unknown) => {
				const p = params as { seriesId?: string; dataIndex: number };
				const b = p.seriesId === 'ranking' ? bars[p.dataIndex] : undefined;
				if (!b) return '';
				const how = b.estimate ? `<br/>${escapeHtml(input.labels.estimate)}` : '';
				return `<b>${escapeHtml(b.name)}</b><br/>${escapeHtml(formatValue(b.value))}${how}`;
			}
		},
		xAxis: {
			type: 'value',
			name: input.unitLabel,
			nameTextStyle: { fontFamily: FONT },
			min: min < 0 ? undefined : 0,
			max: input.unitLabel === '%' && max <= 100 ? 100 : undefined,
			axisLabel: { fontFamily: FONT }
		},
		yAxis: [
			{
				type: 'category',
				inverse: true,
				data: bars.map((b) => b.name),
				axisLabel: {
					fontFamily: FONT,
					width: compact ? 96 : 160,
					overflow: 'truncate',
					// The focus region's name in bold, in its colour (names are data: no markup
					// characters can reach the rich-text syntax, they are stripped of braces).
					formatter: (name: string) => {
						const plain = name.replace(/[{}|]/g, '');
						return focusNames.has(name) ? `{focus|${plain}}` : plain;
					},
					rich: { focus: { fontWeight: 700, color: FOCUS_COLOR, fontFamily: FONT } }
				}
			},
			{ type: 'value', min: 0, max: 1, show: false }
		],
		series: [barSeries(input), ...nationalSeries(input)]
	};
}
