/** The tabs of the views of the comparison, and how the arrow keys move between them. Pure. */
import { VIEW_TABS, type ViewTab } from '../scenario/viewFields.ts';

export { VIEW_TABS, type ViewTab };

/**
 * The tab a key moves to (WAI-ARIA tabs: Left/Right wrap around, Home and End go to the ends);
 * null for any other key.
 */
export function tabAfterKey(current: ViewTab, key: string): ViewTab | null {
	const i = VIEW_TABS.indexOf(current);
	const n = VIEW_TABS.length;
	switch (key) {
		case 'ArrowRight':
			return VIEW_TABS[(i + 1) % n]!;
		case 'ArrowLeft':
			return VIEW_TABS[(i - 1 + n) % n]!;
		case 'Home':
			return VIEW_TABS[0];
		case 'End':
			return VIEW_TABS[n - 1]!;
		default:
			return null;
	}
}
