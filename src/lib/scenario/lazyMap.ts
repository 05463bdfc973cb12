/**
 * A read-only map whose values are built when asked for (by `get`, or while iterating): the
 * runner's view of its results, so that a run over a county-level dataset builds only the rows
 * the page reads.
 */
export class LazyMap<K, V> implements ReadonlyMap<K, V> {
	readonly #keys: readonly K[];
	readonly #value: (key: K) => V | undefined;
	#set: Set<K> | null = null;

	/** Every key in `keys` has a value: `value(key)` builds it (and is called for any key asked). */
	constructor(keys: readonly K[], value: (key: K) => V | undefined) {
		this.#keys = keys;
		this.#value = value;
	}

	get size(): number {
		return this.#keys.length;
	}

	get(key: K): V | undefined {
		return this.has(key) ? this.#value(key) : undefined;
	}

	has(key: K): boolean {
		return (this.#set ??= new Set(this.#keys)).has(key);
	}

	*keys(): MapIterator<K> {
		yield* this.#keys;
	}

	*values(): MapIterator<V> {
		for (const k of this.#keys) yield this.#value(k)!;
	}

	*entries(): MapIterator<[K, V]> {
		for (const k of this.#keys) yield [k, this.#value(k)!];
	}

	[Symbol.iterator](): MapIterator<[K, V]> {
		return this.entries();
	}

	forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void {
		for (const k of this.#keys) callback(this.#value(k)!, k, this);
	}
}
