/** The ECharts option type the builders produce: only the parts the app registers. */
import type {
	ComposeOption,
	GridComponentOption,
	LegendComponentOption,
	LineSeriesOption,
	TitleComponentOption,
	TooltipComponentOption,
	BarSeriesOption
} from 'echarts';

export type ChartOption = ComposeOption<
	| LineSeriesOption
	| BarSeriesOption
	| GridComponentOption
	| LegendComponentOption
	| TitleComponentOption
	| TooltipComponentOption
>;

/** Escape text for the one place ECharts renders HTML: tooltips. */
export function escapeHtml(s: string): string {
	return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
