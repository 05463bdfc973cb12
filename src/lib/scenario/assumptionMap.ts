/**
 * Resolved assumptions, keyed by {@link seriesKey}, as the runner reads them. A slider move
 * changes one assumption of a list that may hold 90,000 (a method set for every county): the
 * new map is then the last one with that change laid over it, built in time proportional to
 * the change rather than to the list, and the runner compares only the keys the two maps'
 * changes name (scenario/run.ts). Pure.
 */
import type { Assumption } from '../domain/engine/index.ts';

/** A read-only map given by its entries, size and look-ups: the rest follows from them. */
abstract class AssumptionMapBase implements ReadonlyMap<string, Assumption> {
	abstract readonly size: number;
	abstract get(key: string): Assumption | undefined;
	abstract has(key: string): boolean;
	abstract entries(): MapIterator<[string, Assumption]>;

	*keys(): MapIterator<string> {
		for (const [k] of this.entries()) yield k;
	}

	*values(): MapIterator<Assumption> {
		for (const [, a] of this.entries()) yield a;
	}

	[Symbol.iterator](): MapIterator<[string, Assumption]> {
		return this.entries();
	}

	forEach(
		fn: (value: Assumption, key: string, map: ReadonlyMap<string, Assumption>) => void
	): void {
		for (const [k, a] of this.entries()) fn(a, k, this);
	}
}

/** A flat map with a few changes over it (`undefined`: the assumption was dropped). */
export class AssumptionOverlay extends AssumptionMapBase {
	readonly base: ReadonlyMap<string, Assumption>;
	readonly changes: ReadonlyMap<string, Assumption | undefined>;
	readonly size: number;

	constructor(
		base: ReadonlyMap<string, Assumption>,
		changes: ReadonlyMap<string, Assumption | undefined>
	) {
		super();
		this.base = base;
		this.changes = changes;
		let size = base.size;
		for (const [k, a] of changes) {
			const before = base.has(k);
			if (before && a === undefined) size--;
			else if (!before && a !== undefined) size++;
		}
		this.size = size;
	}

	get(key: string): Assumption | undefined {
		return this.changes.has(key) ? this.changes.get(key) : this.base.get(key);
	}

	has(key: string): boolean {
		return this.get(key) !== undefined;
	}

	*entries(): MapIterator<[string, Assumption]> {
		for (const [k, a] of this.base) {
			const now = this.changes.has(k) ? this.changes.get(k) : a;
			if (now !== undefined) yield [k, now];
		}
		for (const [k, a] of this.changes) if (a !== undefined && !this.base.has(k)) yield [k, a];
	}
}

/**
 * Where each key stands in a list of keys (the last place, where one is given twice), built on
 * the first look-up: lists of the same keys in the same places share one.
 */
export class KeyIndex {
	readonly keys: readonly string[];
	#at: Map<string, number> | null = null;

	constructor(keys: readonly string[]) {
		this.keys = keys;
	}

	#map(): Map<string, number> {
		if (this.#at) return this.#at;
		const at = new Map<string, number>();
		this.keys.forEach((k, i) => at.set(k, i));
		return (this.#at = at);
	}

	/** The place of `key`, if the list has it. */
	of(key: string): number | undefined {
		return this.#map().get(key);
	}

	/** How many different keys the list holds. */
	get size(): number {
		return this.#map().size;
	}
}

/**
 * A flat map held as a list: the values in the places of a {@link KeyIndex}'s keys (a key given
 * twice has the value of its last place, as `Map.set` in a row would give). Resolving 90,000
 * assumptions of the same series as the list before (a method set for every county, then
 * another) then fills one array: no look-up by name and no hashing of 90,000 keys, which the
 * index of the first such list did once.
 */
export class ListedAssumptions extends AssumptionMapBase {
	readonly index: KeyIndex;
	/** The value in each place of the index's keys. */
	readonly byPlace: readonly Assumption[];

	constructor(index: KeyIndex, byPlace: readonly Assumption[]) {
		super();
		this.index = index;
		this.byPlace = byPlace;
	}

	get size(): number {
		return this.index.size;
	}

	get(key: string): Assumption | undefined {
		const i = this.index.of(key);
		return i === undefined ? undefined : this.byPlace[i];
	}

	has(key: string): boolean {
		return this.index.of(key) !== undefined;
	}

	*entries(): MapIterator<[string, Assumption]> {
		const { keys } = this.index;
		for (let i = 0; i < keys.length; i++)
			if (this.index.of(keys[i]!) === i) yield [keys[i]!, this.byPlace[i]!];
	}
}

/** Changes kept over one flat map before they are folded into a new one. */
const MAX_CHANGES = 256;

/**
 * `previous` with `changes` laid over it: an overlay on the same flat map (its changes and these
 * together), or, once they are many, a flat map again.
 */
export function withChanges(
	previous: ReadonlyMap<string, Assumption>,
	changes: ReadonlyMap<string, Assumption | undefined>
): ReadonlyMap<string, Assumption> {
	const base = previous instanceof AssumptionOverlay ? previous.base : previous;
	const all = new Map(previous instanceof AssumptionOverlay ? previous.changes : []);
	for (const [k, a] of changes) all.set(k, a);
	if (all.size <= MAX_CHANGES) return new AssumptionOverlay(base, all);
	return new Map(new AssumptionOverlay(base, all));
}

/**
 * The keys whose assumption may differ between `from` and `to`, when both are overlays on the
 * same flat map (or one is that map): the keys their changes name. Null when they share none
 * (then every key must be compared).
 */
export function keysBetween(
	from: ReadonlyMap<string, Assumption>,
	to: ReadonlyMap<string, Assumption>
): Set<string> | null {
	const baseOf = (m: ReadonlyMap<string, Assumption>) =>
		m instanceof AssumptionOverlay ? m.base : m;
	if (baseOf(from) !== baseOf(to)) return null;
	const keys = new Set<string>();
	for (const m of [from, to])
		if (m instanceof AssumptionOverlay) for (const k of m.changes.keys()) keys.add(k);
	return keys;
}
