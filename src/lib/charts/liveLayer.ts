/**
 * The live layer of a chart: the series a slider moves (the focus region's projection and its
 * band) drawn on a canvas of their own, over ECharts' canvas, so that a slider move repaints
 * that canvas only. ECharts re-renders and repaints every series and every canvas layer on any
 * `setOption` (its `zlevel` layers included: measured in Chromium, two canvases cleared per
 * update), so while these series move the chart hides them in ECharts and draws them here, and
 * gives them back to ECharts once they rest (Chart.svelte).
 *
 * Only what the comparison chart's live series use is drawn: straight lines (solid or dashed),
 * a stacked band filled between its edges, the symbols `none`, `emptyCircle`, `emptyDiamond`.
 * For anything else {@link drawLive} answers false and the chart updates through ECharts.
 */
import type { LineSeriesOption } from 'echarts';
import { niceStep } from './scale.ts';

/** The live series of a chart, and a key that changes whenever anything else in it does. */
export interface LiveLayer {
	key: string;
	ids: readonly string[];
}

type Pixel = (x: number, y: number) => [number, number];

interface Item {
	x: number;
	y: number;
	symbol: string;
}

function items(s: LineSeriesOption): Item[] | null {
	const out: Item[] = [];
	const fallback = typeof s.symbol === 'string' ? s.symbol : 'emptyCircle';
	for (const d of (s.data ?? []) as unknown[]) {
		const item = Array.isArray(d) ? { value: d } : (d as { value?: unknown; symbol?: unknown });
		const v = item.value;
		if (!Array.isArray(v) || typeof v[0] !== 'number' || typeof v[1] !== 'number') return null;
		const symbol = 'symbol' in item && typeof item.symbol === 'string' ? item.symbol : fallback;
		out.push({ x: v[0], y: v[1], symbol });
	}
	return out;
}

const DRAWN_SYMBOLS = new Set(['none', 'emptyCircle', 'emptyDiamond']);

/**
 * Draw `series` on `canvas` (cleared first) with `pixel` mapping data to the chart's CSS pixels,
 * `ratio` device pixels each, clipped to `clip` (the grid). False, with nothing drawn, when a
 * series uses what is not drawn here.
 */
export function drawLive(
	canvas: HTMLCanvasElement,
	series: readonly LineSeriesOption[],
	pixel: Pixel,
	clip: { x: number; y: number; width: number; height: number },
	ratio: number
): boolean {
	const plans: { s: LineSeriesOption; items: Item[]; base: Item[] | null }[] = [];
	const stacks = new Map<string, Item[]>();
	for (const s of series) {
		const list = items(s);
		if (!list || s.smooth || s.step || list.some((i) => !DRAWN_SYMBOLS.has(i.symbol))) return false;
		let base: Item[] | null = null;
		if (typeof s.stack === 'string') {
			base = stacks.get(s.stack) ?? null;
			if (base && base.length !== list.length) return false;
			const stacked = list.map((i, k) => ({ ...i, y: i.y + (base ? base[k]!.y : 0) }));
			stacks.set(s.stack, stacked);
			plans.push({ s, items: stacked, base });
		} else {
			if (s.areaStyle) return false;
			plans.push({ s, items: list, base: null });
		}
	}
	const ctx = canvas.getContext('2d');
	if (!ctx) return false;
	ctx.setTransform(1, 0, 0, 1, 0, 0);
	ctx.clearRect(0, 0, canvas.width, canvas.height);
	ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
	ctx.save();
	ctx.beginPath();
	ctx.rect(clip.x, clip.y, clip.width, clip.height);
	ctx.clip();
	for (const { s, items: list, base } of plans) {
		const color = typeof s.color === 'string' ? s.color : '#000';
		if (s.areaStyle && base) fillBetween(ctx, list, base, pixel, s, color);
		strokeLine(ctx, list, pixel, s, color);
	}
	ctx.restore();
	for (const { s, items: list } of plans) drawSymbols(ctx, list, pixel, s);
	return true;
}

function fillBetween(
	ctx: CanvasRenderingContext2D,
	top: Item[],
	bottom: Item[],
	pixel: Pixel,
	s: LineSeriesOption,
	color: string
): void {
	if (top.length === 0) return;
	const area = s.areaStyle as { color?: unknown; opacity?: number };
	ctx.beginPath();
	top.forEach((i, k) => {
		const [x, y] = pixel(i.x, i.y);
		if (k === 0) ctx.moveTo(x, y);
		else ctx.lineTo(x, y);
	});
	for (let k = bottom.length - 1; k >= 0; k--) ctx.lineTo(...pixel(bottom[k]!.x, bottom[k]!.y));
	ctx.closePath();
	ctx.globalAlpha = area.opacity ?? 0.7;
	ctx.fillStyle = typeof area.color === 'string' ? area.color : color;
	ctx.fill();
	ctx.globalAlpha = 1;
}

function strokeLine(
	ctx: CanvasRenderingContext2D,
	list: Item[],
	pixel: Pixel,
	s: LineSeriesOption,
	color: string
): void {
	const style = (s.lineStyle ?? {}) as { width?: number; type?: unknown; opacity?: number };
	const width = style.width ?? 2;
	if (list.length < 2 || style.opacity === 0 || width === 0) return;
	ctx.beginPath();
	list.forEach((i, k) => {
		const [x, y] = pixel(i.x, i.y);
		if (k === 0) ctx.moveTo(x, y);
		else ctx.lineTo(x, y);
	});
	ctx.lineWidth = width;
	ctx.strokeStyle = color;
	ctx.globalAlpha = style.opacity ?? 1;
	// ECharts' (zrender's) dashes: 4 × and 2 × the line's width.
	ctx.setLineDash(style.type === 'dashed' ? [4 * width, 2 * width] : []);
	ctx.lineJoin = 'bevel';
	ctx.stroke();
	ctx.setLineDash([]);
	ctx.globalAlpha = 1;
}

function drawSymbols(
	ctx: CanvasRenderingContext2D,
	list: Item[],
	pixel: Pixel,
	s: LineSeriesOption
): void {
	const size = typeof s.symbolSize === 'number' ? s.symbolSize : 4;
	const color = typeof s.color === 'string' ? s.color : '#000';
	for (const i of list) {
		if (i.symbol === 'none') continue;
		const [x, y] = pixel(i.x, i.y);
		const r = size / 2;
		ctx.beginPath();
		if (i.symbol === 'emptyDiamond') {
			ctx.moveTo(x, y - r);
			ctx.lineTo(x + r, y);
			ctx.lineTo(x, y + r);
			ctx.lineTo(x - r, y);
			ctx.closePath();
		} else ctx.arc(x, y, r, 0, 2 * Math.PI);
		ctx.fillStyle = '#fff';
		ctx.fill();
		ctx.lineWidth = 2;
		ctx.strokeStyle = color;
		ctx.stroke();
	}
}

/** Whether every value of `series` (stacked ones summed) lies in `[lo, hi]`. */
export function insideRange(series: readonly LineSeriesOption[], [lo, hi]: [number, number]) {
	const stacks = new Map<string, number[]>();
	for (const s of series) {
		const below = typeof s.stack === 'string' ? stacks.get(s.stack) : undefined;
		const values: number[] = [];
		const list = items(s);
		if (!list) return false;
		for (let k = 0; k < list.length; k++) {
			const y = list[k]!.y + (below?.[k] ?? 0);
			if (!(y >= lo && y <= hi)) return false;
			values.push(y);
		}
		if (typeof s.stack === 'string') stacks.set(s.stack, values);
	}
	return true;
}

/**
 * The value axis to draw while a slider moves the live series out of the one drawn: the option's
 * own range joined with the one drawn, and half as much again on each side the values left it,
 * in nice steps, so that the next moves stay inside (and are drawn on the live layer) rather than
 * redrawing the whole chart at every move. Not below 0 or above 100 unless the option's range
 * is. Once the slider rests the chart is drawn on the option's own range again.
 */
export function roomyRange(exact: [number, number], drawn: [number, number]): [number, number] {
	const lo = Math.min(exact[0], drawn[0]);
	const hi = Math.max(exact[1], drawn[1]);
	const span = hi - lo || Math.abs(hi) || 1;
	const step = niceStep(span / 5);
	let min = exact[0] < drawn[0] ? Math.floor((lo - span / 2) / step) * step : lo;
	let max = exact[1] > drawn[1] ? Math.ceil((hi + span / 2) / step) * step : hi;
	if (exact[0] >= 0) min = Math.max(0, min);
	if (exact[1] <= 100) max = Math.min(100, max);
	return [Number(min.toPrecision(12)), Number(max.toPrecision(12))];
}
