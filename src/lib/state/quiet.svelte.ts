/**
 * A box that need not be rendered while what it shows changes in quick succession out of view:
 * the scorecard below the chart while a slider moves the focus's rows. Chromium renders a
 * `content-visibility: auto` box that is near the viewport, and at scope "all" the table's
 * layout and paint were about half of each slider move. So while changes come less than
 * {@link REST_MS} apart and the box is out of view, `quiet` is true and the box is styled
 * `content-visibility: hidden` (sized as it was last rendered); it is rendered again once the
 * changes rest, or as soon as it comes into view. Its DOM is kept up to date all along.
 */
import type { Attachment } from 'svelte/attachments';

/** After this long without a change, the changes have rested (as the chart's live layer). */
export const REST_MS = 250;

export class QuietWhileMoving {
	/** Whether the box is out of view and changing now: its content need not be rendered. */
	quiet = $state(false);
	#inView = true;
	#last = -Infinity;
	#rest: ReturnType<typeof setTimeout> | undefined;

	/** What the box shows has changed, at `now` (ms, as `performance.now()`). */
	changed(now: number): void {
		const moving = now - this.#last < REST_MS;
		this.#last = now;
		clearTimeout(this.#rest);
		if (!moving) return;
		if (!this.#inView) this.quiet = true;
		this.#rest = setTimeout(() => (this.quiet = false), REST_MS);
	}

	/** The box came into view or left it. */
	seen(inView: boolean): void {
		this.#inView = inView;
		if (inView) this.quiet = false;
	}

	/** Watches the box's visibility (any part in the viewport counts as in view). */
	readonly watch: Attachment<HTMLElement> = (node) => {
		if (typeof IntersectionObserver !== 'function') return;
		const observer = new IntersectionObserver(
			([entry]) => entry && this.seen(entry.isIntersecting)
		);
		observer.observe(node);
		return () => {
			observer.disconnect();
			clearTimeout(this.#rest);
		};
	};
}
