/** The one message the page shows (an error or a notice), in both languages. */
import type { Bilingual } from '../data/issues.ts';

export interface AppMessage {
	kind: 'error' | 'notice';
	text: Bilingual;
}

export class Messages {
	current = $state<AppMessage | null>(null);

	notify(kind: AppMessage['kind'], text: Bilingual): void {
		this.current = { kind, text };
	}

	dismiss(): void {
		this.current = null;
	}
}
