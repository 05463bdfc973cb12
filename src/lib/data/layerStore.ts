/**
 * Where the analyst's data layers are kept: IndexedDB (idb-keyval, a database of its own,
 * `mubiao-data`), or — when the browser refuses storage — the page's memory, behind the same
 * interface. One record per layer (two tabs that add layers at the same time write different
 * keys, so neither loses the other's), and one record of undo steps, changed only inside a
 * single transaction (read and write together), so that two tabs never overwrite each other's
 * steps. Every record is checked on the way in; a damaged one is skipped and named. The checks
 * (layerRecord.ts, with its schemas) are loaded when there is a record to read or write: an
 * empty store costs the first screen nothing.
 */
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import type { Bilingual } from './issues.ts';
import type { LayerRecord } from './layerRecord.ts';
import type { DataLayer } from './layers.ts';
import type { Dataset } from './model.ts';
import { change } from './idbChange.ts';

/** One change to the data that undo takes back: a layer added, or a layer removed. */
export interface UndoStep {
	kind: 'add' | 'remove';
	layer: string;
	/** What undo says it takes back. */
	label: Bilingual;
	at: number;
}

/** Undo steps kept; a removed layer is deleted for good when its step falls off. */
export const JOURNAL_MAX = 20;

/** What the store holds: the layers (removed ones apart), the undo steps, what was damaged. */
export interface Listing {
	layers: DataLayer[];
	/** Removed layers still kept for undo. */
	removed: DataLayer[];
	journal: UndoStep[];
	/** One entry per damaged record: its name when it still gives one, else null. */
	damaged: (string | null)[];
}

type Loaded = DataLayer & { data: Dataset };

/** What can change of a stored layer without writing its figures again. */
export type LayerPatch = Partial<Pick<DataLayer, 'on' | 'position'>>;

/** The store's operations, the same in IndexedDB and in memory. */
export interface LayerBackend {
	/** False for the page's memory: nothing survives a reload. */
	readonly persistent: boolean;
	load(): Promise<Listing>;
	put(layer: Loaded): Promise<void>;
	/** Switch a layer on or off, or move it in the order (nothing when it is gone). */
	patch(id: string, changes: LayerPatch): Promise<void>;
	setRemoved(id: string, removed: boolean): Promise<void>;
	delete(id: string): Promise<void>;
	/** Add a step; removed layers whose steps fell off the journal are deleted. */
	pushStep(step: UndoStep): Promise<void>;
	/** Take a step off (undone here or in another tab; nothing when it is gone already). */
	dropStep(step: UndoStep): Promise<void>;
}

const LAYER = 'layer:';
const JOURNAL = 'journal';
const PROBE = '__probe__';

const sameStep = (a: UndoStep, b: UndoStep) =>
	a.kind === b.kind && a.layer === b.layer && a.at === b.at;

const codec = () => import('./layerRecord.ts');

const isRecord = (v: unknown): v is LayerRecord =>
	typeof v === 'object' && v !== null && 'layer' in v;

/** The layers in IndexedDB. */
export class IdbLayerBackend implements LayerBackend {
	readonly persistent = true;
	readonly #store: UseStore;

	constructor(store: UseStore) {
		this.#store = store;
	}

	async load(): Promise<Listing> {
		const listing: Listing = { layers: [], removed: [], journal: [], damaged: [] };
		const stored = (await entries<string, unknown>(this.#store)).filter(([key]) => key !== PROBE);
		if (stored.length === 0) return listing;
		const { fromRecord, journalOf, recordName } = await codec();
		for (const [key, value] of stored) {
			if (key === JOURNAL) {
				const journal = journalOf(value);
				if (journal) listing.journal = journal;
				else listing.damaged.push(null);
				continue;
			}
			const read = typeof key === 'string' && key.startsWith(LAYER) ? fromRecord(value) : null;
			if (!read || `${LAYER}${read.layer.id}` !== key) {
				listing.damaged.push(recordName(value));
				continue;
			}
			if (read.removed) listing.removed.push(read.layer);
			else listing.layers.push(read.layer);
		}
		return listing;
	}

	async put(layer: Loaded): Promise<void> {
		const { toRecord } = await codec();
		await set(`${LAYER}${layer.id}`, toRecord(layer), this.#store);
	}

	patch(id: string, changes: LayerPatch): Promise<void> {
		return change(this.#store, `${LAYER}${id}`, (old) =>
			isRecord(old) ? { ...old, layer: { ...old.layer, ...changes } } : undefined
		);
	}

	setRemoved(id: string, removed: boolean): Promise<void> {
		return change(this.#store, `${LAYER}${id}`, (old) =>
			isRecord(old) ? { ...old, removed } : undefined
		);
	}

	delete(id: string): Promise<void> {
		return del(`${LAYER}${id}`, this.#store);
	}

	async pushStep(step: UndoStep): Promise<void> {
		const { journalOf } = await codec();
		let dropped: UndoStep[] = [];
		await change(this.#store, JOURNAL, (old) => {
			const journal = [...(journalOf(old) ?? []), step];
			dropped = journal.splice(0, Math.max(0, journal.length - JOURNAL_MAX));
			return journal;
		});
		await this.#forget(dropped);
	}

	async dropStep(step: UndoStep): Promise<void> {
		const { journalOf } = await codec();
		await change(this.#store, JOURNAL, (old) => {
			const journal = journalOf(old) ?? [];
			const at = journal.findLastIndex((s) => sameStep(s, step));
			return at < 0 ? undefined : journal.filter((_, i) => i !== at);
		});
	}

	/** Removed layers whose undo steps are gone are deleted for good. */
	async #forget(dropped: readonly UndoStep[]): Promise<void> {
		const { fromRecord } = await codec();
		for (const step of dropped) {
			if (step.kind !== 'remove') continue;
			const read = fromRecord(await get(`${LAYER}${step.layer}`, this.#store));
			if (read?.removed) await this.delete(step.layer);
		}
	}
}

/** The layers in the page's memory (storage refused, or full): the same rules, no persistence. */
export class MemoryLayerBackend implements LayerBackend {
	readonly persistent = false;
	readonly #layers = new Map<string, { layer: Loaded; removed: boolean }>();
	#journal: UndoStep[] = [];

	/** Start from what the page holds (the layers and steps shown when storage failed). */
	constructor(
		layers: readonly DataLayer[] = [],
		journal: readonly UndoStep[] = [],
		removed: readonly DataLayer[] = []
	) {
		for (const l of layers)
			if (l.data) this.#layers.set(l.id, { layer: l as Loaded, removed: false });
		for (const l of removed)
			if (l.data) this.#layers.set(l.id, { layer: l as Loaded, removed: true });
		this.#journal = [...journal];
	}

	async load(): Promise<Listing> {
		const all = [...this.#layers.values()];
		return {
			layers: all.filter((x) => !x.removed).map((x) => x.layer),
			removed: all.filter((x) => x.removed).map((x) => x.layer),
			journal: [...this.#journal],
			damaged: []
		};
	}

	async put(layer: Loaded): Promise<void> {
		this.#layers.set(layer.id, { layer, removed: false });
	}

	async patch(id: string, changes: LayerPatch): Promise<void> {
		const x = this.#layers.get(id);
		if (x) x.layer = { ...x.layer, ...changes };
	}

	async setRemoved(id: string, removed: boolean): Promise<void> {
		const x = this.#layers.get(id);
		if (x) x.removed = removed;
	}

	async delete(id: string): Promise<void> {
		this.#layers.delete(id);
	}

	async pushStep(step: UndoStep): Promise<void> {
		this.#journal.push(step);
		for (const gone of this.#journal.splice(0, Math.max(0, this.#journal.length - JOURNAL_MAX)))
			if (gone.kind === 'remove' && this.#layers.get(gone.layer)?.removed) this.delete(gone.layer);
	}

	async dropStep(step: UndoStep): Promise<void> {
		const at = this.#journal.findLastIndex((s) => sameStep(s, step));
		if (at >= 0) this.#journal.splice(at, 1);
	}
}

/** How long opening the store may take before the page carries on in memory (a blocked open never settles). */
export const OPEN_TIMEOUT_MS = 3000;

/**
 * The store in IndexedDB, after a write and a read that prove it works; null when IndexedDB is
 * missing, refuses, or does not answer within the time limit.
 */
export async function openLayerStore(
	options: { store?: UseStore; timeoutMs?: number } = {}
): Promise<IdbLayerBackend | null> {
	try {
		if (!options.store && typeof indexedDB === 'undefined') return null;
		const store = options.store ?? createStore('mubiao-data', 'layers');
		const probe = (async () => {
			await set(PROBE, 1, store);
			return (await get(PROBE, store)) === 1;
		})().catch(() => false);
		let timer: ReturnType<typeof setTimeout> | undefined;
		const timeout = new Promise<false>((resolve) => {
			timer = setTimeout(() => resolve(false), options.timeoutMs ?? OPEN_TIMEOUT_MS);
		});
		const ok = await Promise.race([probe, timeout]);
		clearTimeout(timer);
		return ok ? new IdbLayerBackend(store) : null;
	} catch {
		return null;
	}
}
