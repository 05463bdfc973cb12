/**
 * The shared tables of a dataset's columns (./columns.ts): strings (regions, indicators, units)
 * and provenance lists by number, each distinct one stored once. Both are append-only, so that
 * datasets built from one another share them, and a figure's column holds only the number.
 */
import type { Provenance } from './model.ts';

/** Strings by number, each stored once. Append-only, so datasets built from one another share it. */
export class StringTable {
	readonly list: string[] = [];
	readonly #ids = new Map<string, number>();

	id(s: string): number {
		let i = this.#ids.get(s);
		if (i === undefined) {
			i = this.list.push(s) - 1;
			this.#ids.set(s, i);
		}
		return i;
	}

	/** The number of a string, if it has one. */
	find(s: string): number | undefined {
		return this.#ids.get(s);
	}
}

/** Provenance lists by number, each distinct list stored once (append-only, like the strings). */
export class ProvenanceTable {
	readonly lists: Provenance[][] = [];
	readonly #bySource = new Map<string, number>();
	readonly #byContent = new Map<string, number>();
	/** The last list numbered (figures of one file share theirs, one after another). */
	#last: readonly Provenance[] | null = null;
	#lastId = -1;

	id(list: Provenance[]): number {
		if (list === this.#last) return this.#lastId;
		let i: number | undefined;
		// The usual list: one entry with a source and nothing else.
		const only = list.length === 1 ? list[0] : undefined;
		if (only !== undefined && typeof only.source === 'string' && keyCount(only) === 1) {
			i = this.#bySource.get(only.source);
			if (i === undefined) this.#bySource.set(only.source, (i = this.lists.push(list) - 1));
		} else {
			const key = contentKey(list);
			i = this.#byContent.get(key);
			if (i === undefined) this.#byContent.set(key, (i = this.lists.push(list) - 1));
		}
		this.#last = list;
		this.#lastId = i;
		return i;
	}
}

function keyCount(o: object): number {
	let n = 0;
	for (const key in o) {
		void key;
		n++;
	}
	return n;
}

/** Keys and values of every entry, in order (a list is only shared with an identical one). */
function contentKey(list: readonly Provenance[]): string {
	let key = `${list.length}`;
	for (const p of list) {
		key += '\u0000';
		for (const [k, v] of Object.entries(p)) key += `${k}\u0001${JSON.stringify(v)}\u0002`;
	}
	return key;
}

/** The numbers in `to` of the strings of `from`, by their number in `from`. */
export function remap(from: StringTable, to: StringTable): Int32Array {
	return Int32Array.from(from.list, (s) => to.id(s));
}

/** The numbers in `to` of the provenance lists of `from`, by their number in `from`. */
export function listRemap(from: ProvenanceTable, to: ProvenanceTable): Int32Array {
	return Int32Array.from(from.lists, (l) => to.id(l));
}
