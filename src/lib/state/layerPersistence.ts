/**
 * Writing the data layers to their store, in order, and following other tabs: every change is
 * queued and written after the ones before it; when a write fails (storage full, the database
 * deleted under the page) the page goes on with its layers in memory and says so once — nothing
 * already loaded is dropped. Other tabs are told of each write on a BroadcastChannel and read
 * the store again, so that all tabs show the same My data.
 */
import type { Bilingual } from '../data/issues.ts';
import {
	MemoryLayerBackend,
	openLayerStore,
	type LayerBackend,
	type LayerPatch,
	type Listing,
	type UndoStep
} from '../data/layerStore.ts';
import type { DataLayer } from '../data/layers.ts';
import type { Dataset } from '../data/model.ts';
import { dataMessage } from '../i18n/messages/data.ts';

export interface PersistenceOptions {
	/** Opens the store; null when the browser refuses (default: IndexedDB). */
	open?: () => Promise<LayerBackend | null>;
	/** The BroadcastChannel other tabs listen on; null for none. */
	channel?: string | null;
}

/** What the persistence needs of the layers' state. */
export interface PersistenceHooks {
	/** Everything held now (for carrying on in memory). */
	snapshot(): { layers: DataLayer[]; removed: DataLayer[]; journal: UndoStep[] };
	storage(where: 'browser' | 'memory'): void;
	/** The store after another tab changed it. */
	reloaded(listing: Listing): void;
}

export const CHANNEL = 'mubiao-data';

type Loaded = DataLayer & { data: Dataset };

export class LayerPersistence {
	readonly #host: { notify(kind: 'error' | 'notice', text: Bilingual): void };
	readonly #options: PersistenceOptions;
	readonly #hooks: PersistenceHooks;
	#backend: LayerBackend | null = null;
	#queue: Promise<void> = Promise.resolve();
	#started: Promise<void> | null = null;
	#channel: BroadcastChannel | null = null;
	#failed = false;

	constructor(
		host: { notify(kind: 'error' | 'notice', text: Bilingual): void },
		options: PersistenceOptions,
		hooks: PersistenceHooks
	) {
		this.#host = host;
		this.#options = options;
		this.#hooks = hooks;
	}

	start(take: (listing: Listing) => void): Promise<void> {
		return (this.#started ??= this.#open(take));
	}

	async #open(take: (listing: Listing) => void): Promise<void> {
		const backend = await (this.#options.open ?? (() => openLayerStore()))().catch(() => null);
		const listing = backend ? await backend.load().catch(() => null) : null;
		if (!backend || !listing) {
			this.#inMemory();
			this.#host.notify('error', dataMessage('storage.unavailable'));
			return;
		}
		this.#backend = backend;
		this.#hooks.storage('browser');
		take(listing);
		if (listing.damaged.length > 0) {
			const names = listing.damaged.filter((n): n is string => n !== null);
			const list =
				names.length > 0 ? { zh: `（${names.join('、')}）`, en: ` (${names.join(', ')})` } : '';
			this.#host.notify(
				'error',
				dataMessage('storage.damaged', { n: listing.damaged.length, names: list })
			);
		} else if (listing.layers.length > 0) {
			this.#host.notify('notice', dataMessage('storage.restored', { n: listing.layers.length }));
		}
		this.#listen();
	}

	#listen(): void {
		const name = this.#options.channel === undefined ? CHANNEL : this.#options.channel;
		if (name === null || typeof BroadcastChannel === 'undefined') return;
		this.#channel = new BroadcastChannel(name);
		// In node (the unit tests) an open channel would keep the process alive.
		(this.#channel as unknown as { unref?: () => void }).unref?.();
		this.#channel.onmessage = () => {
			this.#queue = this.#queue.then(async () => {
				const backend = this.#backend;
				if (!backend?.persistent) return;
				try {
					this.#hooks.reloaded(await backend.load());
				} catch {
					this.#fail();
				}
			});
		};
	}

	/** From now on, the layers live in this page only. */
	#inMemory(): void {
		const { layers, removed, journal } = this.#hooks.snapshot();
		this.#backend = new MemoryLayerBackend(layers, journal, removed);
		this.#hooks.storage('memory');
	}

	#fail(): void {
		this.#inMemory();
		if (this.#failed) return;
		this.#failed = true;
		this.#host.notify('error', dataMessage('storage.failed'));
	}

	#run(op: (backend: LayerBackend) => Promise<void>): void {
		this.#queue = this.#queue.then(async () => {
			const backend = this.#backend;
			if (!backend) return;
			try {
				await op(backend);
				if (backend.persistent) this.#channel?.postMessage({ topic: 'data' });
			} catch {
				this.#fail();
			}
		});
	}

	settled(): Promise<void> {
		return this.#queue;
	}

	put(layer: Loaded): void {
		this.#run((b) => b.put(layer));
	}
	patch(id: string, changes: LayerPatch): void {
		this.#run((b) => b.patch(id, changes));
	}
	setRemoved(id: string, removed: boolean): void {
		this.#run((b) => b.setRemoved(id, removed));
	}
	delete(id: string): void {
		this.#run((b) => b.delete(id));
	}
	pushStep(step: UndoStep): void {
		this.#run((b) => b.pushStep(step));
	}
	dropStep(step: UndoStep): void {
		this.#run((b) => b.dropStep(step));
	}

	/** Stop listening to other tabs. */
	close(): void {
		this.#channel?.close();
		this.#channel = null;
	}
}
