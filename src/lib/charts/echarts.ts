/**
 * The one module that loads ECharts at run time, tree-shaken from `echarts/core` with only the
 * charts and components the builders use. The SVG renderer is loaded when an export asks.
 */
import './safeCache.ts';
import { init, use, type ECharts } from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridSimpleComponent, LegendComponent, TitleComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { ChartOption } from './types.ts';

// The grid without its axis pointer: the pointer only shows with the tooltip, and comes with it.
use([LineChart, GridSimpleComponent, LegendComponent, TitleComponent, CanvasRenderer]);

let tooltip: Promise<void> | null = null;

/**
 * The tooltip, loaded when a pointer first comes over a chart: nothing shows one before, and it
 * is a sizeable part of ECharts (a chart drawn before it is registered is drawn again after).
 */
export function useTooltip(): Promise<void> {
	return (tooltip ??= import('./tooltipComponent.ts').then(() => {}));
}

/** Bar charts (the mid-term view) are loaded when first shown. */
export async function useBars(): Promise<void> {
	await import('./bars.ts');
}

export { init, type ECharts };

/** Render an option to an SVG document (for export), at the given size. */
export async function renderSvg(
	option: ChartOption,
	width: number,
	height: number
): Promise<string> {
	await import('./svg.ts');
	const chart = init(null, null, { renderer: 'svg', ssr: true, width, height });
	// An image has no pointer to show a tooltip for (and the tooltip may never have been loaded).
	const still: ChartOption = { ...option, animation: false };
	delete still.tooltip;
	chart.setOption(still);
	const svg = chart.renderToSVGString();
	chart.dispose();
	return svg;
}

/** Render an option to a PNG data URL (for export), at the given size and pixel ratio. */
export function renderPng(
	option: ChartOption,
	width: number,
	height: number,
	pixelRatio = 2
): string {
	const host = document.createElement('div');
	host.style.cssText = `position:fixed;left:-10000px;top:0;width:${width}px;height:${height}px`;
	document.body.append(host);
	const chart = init(host, null, { renderer: 'canvas', width, height });
	chart.setOption({ ...option, animation: false });
	const url = chart.getDataURL({ type: 'png', pixelRatio, backgroundColor: '#ffffff' });
	chart.dispose();
	host.remove();
	return url;
}
