/**
 * Looking regions and indicators up by id, name or alias, and the per-dataset indexes the rest
 * of the app reads through. Built once per dataset (datasets are replaced, never mutated).
 */
import { nameKey } from '../domain/text.ts';
import type { Dataset, Indicator, Region, Source } from './model.ts';

export interface Named {
	id: string;
	zh: string;
	en: string;
	aliases: readonly string[];
}

/** A name → item map over ids, Chinese and English names and aliases (see {@link nameKey}). */
export class NameIndex<T extends Named> {
	readonly #byKey = new Map<string, T>();
	readonly #byId = new Map<string, T>();

	constructor(items: readonly T[]) {
		// Ids and display names first, so that an alias never shadows another item's own name.
		for (const item of items) this.#byId.set(item.id, item);
		for (const item of items) {
			for (const name of [item.id, item.zh, item.en]) this.#add(name, item);
		}
		for (const item of items) for (const alias of item.aliases) this.#add(alias, item);
	}

	#add(name: string, item: T): void {
		const key = nameKey(name);
		if (key && !this.#byKey.has(key)) this.#byKey.set(key, item);
	}

	byId(id: string): T | undefined {
		return this.#byId.get(id);
	}

	/** The item a name, id or alias refers to, after trimming and width folding. */
	resolve(name: string): T | undefined {
		return this.#byId.get(name) ?? this.#byKey.get(nameKey(name));
	}

	get size(): number {
		return this.#byId.size;
	}
}

/** Indexes over one dataset. */
export interface DatasetIndex {
	readonly dataset: Dataset;
	readonly regions: NameIndex<Region>;
	readonly indicators: NameIndex<Indicator>;
	readonly sources: ReadonlyMap<string, Source>;
}

const cache = new WeakMap<Dataset, DatasetIndex>();

/** The indexes of a dataset, computed once per dataset object. */
export function indexDataset(dataset: Dataset): DatasetIndex {
	let index = cache.get(dataset);
	if (!index) {
		index = {
			dataset,
			regions: new NameIndex(dataset.regions),
			indicators: new NameIndex(dataset.indicators),
			sources: new Map(dataset.sources.map((s) => [s.id, s]))
		};
		cache.set(dataset, index);
	}
	return index;
}
