/**
 * The analyst's answer for each new region or indicator of an import — add it as new, leave it
 * out, or an existing id — and what the importer takes from those answers.
 */
import type { ImportMapping, NewItem } from '../data/import/types.ts';

/** A new item's choice: add it as new ({@link ADD_NEW}), leave it out, or an existing id. */
export const ADD_NEW = '';
export const LEAVE_OUT = '-';

/** A suggestion this close is chosen for the analyst (who may change it). */
const SURE = 0.8;

/** The top suggestion of each new item, where it is close enough to be the same. */
export function suggested(items: readonly NewItem[]): Map<string, string> {
	const out = new Map<string, string>();
	for (const n of items) {
		const best = n.suggestions[0];
		out.set(n.id, best && best.score >= SURE ? best.id : ADD_NEW);
	}
	return out;
}

/** The choices as the importer takes them: add as new is no entry, leave out is null. */
export function mappingOf(
	regions: ReadonlyMap<string, string>,
	indicators: ReadonlyMap<string, string>
): ImportMapping {
	const entries = (choices: ReadonlyMap<string, string>) => {
		const out = new Map<string, string | null>();
		for (const [id, choice] of choices)
			if (choice !== ADD_NEW) out.set(id, choice === LEAVE_OUT ? null : choice);
		return out;
	};
	return { regions: entries(regions), indicators: entries(indicators) };
}
