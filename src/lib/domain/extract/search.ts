/** Binary searches over lists sorted by their start offset, so that reading stays linear. */

/** The index of the last item whose `start` is at or before `pos`, or -1. */
export function lastAtOrBefore(items: readonly { start: number }[], pos: number): number {
	let lo = 0;
	let hi = items.length - 1;
	let found = -1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if ((items[mid] as { start: number }).start <= pos) {
			found = mid;
			lo = mid + 1;
		} else hi = mid - 1;
	}
	return found;
}

/** The index of the first item whose `start` is at or after `pos` (items.length when none). */
export function firstAtOrAfter(items: readonly { start: number }[], pos: number): number {
	let lo = 0;
	let hi = items.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((items[mid] as { start: number }).start < pos) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
