/**
 * Parts of the main chart's option: the focus region's projection with its band, the other
 * scenario's projection (the "ghost"), and a milestone line. Pure.
 */
import type { LineSeriesOption } from 'echarts';
import type { ChartGhost, ChartProjection } from './comparison.ts';
import { FOCUS_COLOR, FONT, GHOST_COLOR } from './theme.ts';

/** The 90 % band (lower edge and width, stacked) and the dashed central projection. */
export function projectionSeries(p: ChartProjection, bandName: string): LineSeriesOption[] {
	return [
		{
			type: 'line',
			id: 'band:lower',
			name: bandName,
			data: p.band.map((b) => [b.year, b.lo]),
			lineStyle: { opacity: 0 },
			symbol: 'none',
			stack: 'band',
			silent: true,
			color: FOCUS_COLOR,
			tooltip: { show: false }
		},
		{
			type: 'line',
			id: 'band:width',
			name: bandName,
			data: p.band.map((b) => [b.year, b.hi - b.lo]),
			lineStyle: { opacity: 0 },
			symbol: 'none',
			stack: 'band',
			silent: true,
			color: FOCUS_COLOR,
			areaStyle: { color: FOCUS_COLOR, opacity: 0.14 },
			tooltip: { show: false }
		},
		{
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
		}
	];
}

/** The compared scenario's projection: thin, dotted and faint, under the current one. */
export function ghostSeries(g: ChartGhost): LineSeriesOption {
	return {
		type: 'line',
		id: 'ghost',
		name: g.name,
		data: g.points.map((pt) => [pt.year, pt.value]),
		color: GHOST_COLOR,
		lineStyle: { type: 'dotted', width: 2, opacity: 0.85 },
		symbol: 'none',
		z: 3
	};
}

/** A milestone as a vertical line across the whole value axis, labelled at the top. */
export function milestoneSeries(
	year: number,
	extent: { min: number; max: number },
	compact: boolean
): LineSeriesOption {
	return {
		type: 'line',
		id: `milestone:${year}`,
		name: 'milestones',
		silent: true,
		symbol: 'none',
		color: '#9ca3af',
		lineStyle: { color: '#9ca3af', type: [4, 4], width: 1 },
		tooltip: { show: false },
		data: [
			{ value: [year, extent.min] },
			{
				value: [year, extent.max],
				// A label shows only where a symbol is drawn: an invisible one at the top end.
				symbol: 'circle',
				symbolSize: 1,
				label: {
					show: true,
					formatter: compact ? `’${String(year).slice(2)}` : String(year),
					position: 'right',
					distance: 3,
					color: '#4b5563',
					fontFamily: FONT,
					fontSize: 11,
					verticalAlign: 'top',
					padding: [2, 0, 0, 0]
				}
			}
		],
		z: 1
	};
}
