/**
 * The one module that loads ECharts at run time, tree-shaken from `echarts/core` with only the
 * charts and components the first chart needs. The rest is loaded when asked for: the tooltip
 * on the first pointer, bar charts with their views, the legend and titles (chrome.ts) with
 * whatever draws them into the picture, the SVG renderer with an SVG export.
 */
import './safeCache.ts';
import { init, use, type ECharts } from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridSimpleComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { ChartOption } from './types.ts';

// The grid without its axis pointer: the pointer only shows with the tooltip, and comes with it.
use([LineChart, GridSimpleComponent, CanvasRenderer]);

let tooltip: Promise<void> | null = null;

/**
 * The tooltip, loaded when a pointer first comes over a chart: nothing shows one before, and it
 * is a sizeable part of ECharts (a chart drawn before it is registered is drawn again after).
 */
export function useTooltip(): Promise<void> {
	return (tooltip ??= import('./tooltipComponent.ts').then(() => {}));
}

let chrome: Promise<void> | null = null;

/** The legend and titles drawn inside a chart (exports, the report, the bar charts). */
export function useChrome(): Promise<void> {
	return (chrome ??= import('./chrome.ts').then(() => {}));
}

/** Bar charts (the mid-term and ranking views, with their legends and titles), when first shown. */
export async function useBars(): Promise<void> {
	await Promise.all([import('./bars.ts'), useChrome()]);
}

export { init, type ECharts };

/** Render an option to an SVG document (for export), at the given size. */
export async function renderSvg(
	option: ChartOption,
	width: number,
	height: number
): Promise<string> {
	await Promise.all([import('./svg.ts'), useChrome()]);
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
export async function renderPng(
	option: ChartOption,
	width: number,
	height: number,
	pixelRatio = 2
): Promise<string> {
	await useChrome();
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
