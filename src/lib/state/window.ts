/**
 * The rows of a long list that a scroll box shows: a windowed list renders only these, with
 * spacers of the height of the rows above and below, so that a scorecard of 270,000 rows costs
 * what its few dozen visible rows cost. Pure.
 */

/** Lists longer than this are windowed; shorter ones render every row. */
export const WINDOW_FROM = 500;

export interface RowWindow {
	/** The rows to render: `start` (included) to `end` (excluded). */
	start: number;
	end: number;
	/** Height of the spacers before and after them, in pixels. */
	before: number;
	after: number;
}

/**
 * The rows of `count` rows of about `rowHeight` pixels that show in a box `viewport` pixels
 * high scrolled to `scrollTop`, with `overscan` more on each side (so a short scroll never
 * shows a gap before the next update).
 */
export function rowWindow(
	count: number,
	scrollTop: number,
	viewport: number,
	rowHeight: number,
	overscan = 10
): RowWindow {
	const h = rowHeight > 0 ? rowHeight : 1;
	const first = Math.floor(Math.max(0, scrollTop) / h);
	const visible = Math.ceil(Math.max(0, viewport) / h) + 1;
	const start = Math.max(0, Math.min(count, first - overscan));
	const end = Math.max(start, Math.min(count, first + visible + overscan));
	return { start, end, before: start * h, after: (count - end) * h };
}
