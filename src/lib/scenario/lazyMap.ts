/**
 * A read-only map whose values are built when asked for (by `get`, or while iterating): the
 * runner's view of its results, so that a run over a county-level dataset builds only the rows
 * the page reads.
 */
export class LazyMap<K, V> implements ReadonlyMap<K, V> {
	readonly #keys: readonly K[];
	readonly #has: (key: K) => boolean;
	readonly #value: (key: K) => V | undefined;

	/** Every key in `keys` (those `has` says yes to) has a value: `value(key)` builds it. */
	constructor(keys: readonly K[], has: (key: K) => boolean, value: (key: K) => V | undefined) {
		this.#keys = keys;
		this.#has = has;
		this.#value = value;
	}

	get size(): number {
		return this.#keys.length;
	}

	get(key: K): V | undefined {
		return this.has(key) ? this.#value(key) : undefined;
	}

	has(key: K): boolean {
		return this.#has(key);
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

/**
 * An array of `length` items, each built by `make(i)` the first time it is read (an index, an
 * iteration, `slice`, `find`…), so that a long list of results costs only what is read of it.
 * Read-only: writing to it is refused.
 */
export function lazyArray<T>(length: number, make: (i: number) => T): T[] {
	const items: T[] = new Array<T>(length);
	const built = new Uint8Array(length);
	const index = (key: string | symbol): number => {
		if (typeof key !== 'string' || key.length > 10) return -1;
		const i = Number(key);
		return i >= 0 && i < length && Number.isInteger(i) && String(i) === key ? i : -1;
	};
	const build = (target: T[], i: number): void => {
		if (built[i]) return;
		target[i] = make(i);
		built[i] = 1;
	};
	return new Proxy(items, {
		get(target, key, receiver) {
			const i = index(key);
			if (i >= 0) build(target, i);
			return Reflect.get(target, key, receiver);
		},
		has(target, key) {
			return index(key) >= 0 || Reflect.has(target, key);
		},
		ownKeys() {
			const keys: string[] = [];
			for (let i = 0; i < length; i++) keys.push(String(i));
			keys.push('length');
			return keys;
		},
		getOwnPropertyDescriptor(target, key) {
			const i = index(key);
			if (i >= 0) build(target, i);
			return Reflect.getOwnPropertyDescriptor(target, key);
		},
		set: () => false,
		deleteProperty: () => false,
		defineProperty: () => false
	});
}
