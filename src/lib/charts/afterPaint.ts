/**
 * Work that should wait until the page has shown what it has: run once the next frame has been
 * painted (a task queued from a frame's callback runs after its paint), or after `fallback`
 * milliseconds where no frame comes (a background tab paints none).
 */
export function afterNextPaint(work: () => void, fallback = 250): void {
	let done = false;
	const once = () => {
		if (done) return;
		done = true;
		work();
	};
	if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(once, 0));
	setTimeout(once, fallback);
}
