/**
 * The main chart as the page draws it. Its title, legend and source line are HTML around the
 * canvas, where a screen reader reads them and the keyboard reaches the legend. The option
 * keeps the plot only, without the series the analyst has switched off. Exports and the report
 * draw the whole option, legend and titles included. Pure.
 */
import type { LineSeriesOption } from 'echarts';
import type { ChartOption } from './types.ts';

/** How a legend entry is drawn: a solid line, a dashed line, a dotted one, or a marker alone. */
export type LegendMark = 'solid' | 'dashed' | 'dotted' | 'marker';

export interface LegendEntry {
	name: string;
	color: string;
	mark: LegendMark;
}

/** An option's series as a list (one series, or none, included). */
export const seriesList = (option: ChartOption): LineSeriesOption[] =>
	(Array.isArray(option.series)
		? option.series
		: option.series
			? [option.series]
			: []) as LineSeriesOption[];

function markOf(s: LineSeriesOption): LegendMark {
	const line = s.lineStyle ?? {};
	if (line.width === 0 || line.opacity === 0) return 'marker';
	if (line.type === 'dashed') return 'dashed';
	if (line.type === 'dotted') return 'dotted';
	return 'solid';
}

/** The option's legend, in its order: each name with the colour and mark of its first series. */
export function legendOf(option: ChartOption): LegendEntry[] {
	const legend = Array.isArray(option.legend) ? option.legend[0] : option.legend;
	const names = (legend?.data ?? []).map((d) =>
		typeof d === 'object' && d !== null ? String(d.name ?? '') : String(d)
	);
	const series = seriesList(option);
	const out: LegendEntry[] = [];
	for (const name of names) {
		const s = series.find((x) => x.name === name);
		if (!s) continue;
		out.push({ name, color: typeof s.color === 'string' ? s.color : '#333', mark: markOf(s) });
	}
	return out;
}

/** Room above the plot for the value axis's name, and below it for the year labels. */
const ON_SCREEN_GRID = { top: 34, bottom: 28, compactTop: 30, compactBottom: 28 };

/**
 * The option without its titles and legend, the plot moved up into their room, and without
 * the series whose legend name is in `hidden` (as ECharts' own legend would hide them).
 */
export function onScreenOption(
	option: ChartOption,
	hidden: ReadonlySet<string>,
	compact = false
): ChartOption {
	const { title: _title, legend: _legend, ...rest } = option;
	const grid = Array.isArray(option.grid) ? option.grid[0] : option.grid;
	const series = seriesList(option);
	return {
		...rest,
		grid: {
			...grid,
			top: compact ? ON_SCREEN_GRID.compactTop : ON_SCREEN_GRID.top,
			bottom: compact ? ON_SCREEN_GRID.compactBottom : ON_SCREEN_GRID.bottom
		},
		series: hidden.size === 0 ? series : series.filter((s) => !hidden.has(String(s.name)))
	};
}
