/**
 * The analyst's data ("我的数据 / My data") as state: the layers over the built-in dataset —
 * imports, policy texts read in the page, values typed in — each on or off, the data composed
 * from those that are on, and the undo steps. Every change shows at once and is then written to
 * the store in order (layerPersistence.ts): the browser's IndexedDB, or the page's memory when
 * the browser refuses, which is said once and loses nothing already loaded.
 */
/* eslint-disable svelte/prefer-svelte-reactivity -- the maps and sets here are private working
   data or replaced whole, never reactive state mutated in place */
import type { Bilingual } from '../data/issues.ts';
import {
	byPosition,
	composeLayers,
	makeLayer,
	newLayerId,
	selfContained,
	touchMatcher,
	type DataLayer,
	type ImportSummary,
	type LayerKind
} from '../data/layers.ts';
import type { UndoStep } from '../data/layerStore.ts';
import type { Dataset } from '../data/model.ts';
import { dataMessage } from '../i18n/messages/data.ts';
import type { DataEntry } from '../scenario/dataSchema.ts';
import { adoptedOf, entriesOf, layerWhat } from '../scenario/dataEntries.ts';
import { adoptLayers } from './adopt.ts';
import { enteredAddition, type EnteredValue } from './entered.ts';
import { LayerPersistence, type PersistenceOptions } from './layerPersistence.ts';

export type { EnteredValue } from './entered.ts';

/** A sentence about the data, with how it is shown. */
export interface DataNote {
	kind: 'error' | 'notice';
	text: Bilingual;
}

/** How the layers tell the page something. */
export interface DataHost {
	notify(kind: 'error' | 'notice', text: Bilingual): void;
	/** Layers went off or away (the view may name a region that is gone). */
	changed?(): void;
}

export class DataLayers {
	/** Every layer, loaded or named by a link, in no particular order (see `ordered`). */
	layers = $state.raw<DataLayer[]>([]);
	journal = $state.raw<UndoStep[]>([]);
	/** Where the layers are kept: the browser's storage, or only this page. */
	storage = $state<'starting' | 'browser' | 'memory'>('starting');
	/** The built-in data with the layers that are on. */
	readonly composed: Dataset;
	/** The layers in their order. */
	readonly ordered: DataLayer[];
	/** Layers a link or scenario named that this page does not have, on. */
	readonly missing: DataLayer[];
	readonly #matchers: { layer: DataLayer; touches: (r: string, i: string) => boolean }[];
	readonly #builtIn: Dataset;
	readonly #host: DataHost;
	readonly #store: LayerPersistence;
	/** Removed layers an undo step may still bring back. */
	#removed = new Map<string, DataLayer>();

	constructor(builtIn: Dataset, host: DataHost, options: PersistenceOptions = {}) {
		this.#builtIn = builtIn;
		this.#host = host;
		this.#store = new LayerPersistence(host, options, {
			snapshot: () => ({
				layers: this.layers,
				removed: [...this.#removed.values()],
				journal: this.journal
			}),
			storage: (where) => (this.storage = where),
			reloaded: (listing) => this.#take(listing, true)
		});
		this.composed = $derived(composeLayers(builtIn, this.layers));
		this.ordered = $derived(byPosition(this.layers));
		this.missing = $derived(this.ordered.filter((l) => l.on && l.data === null));
		this.#matchers = $derived(
			this.missing.map((layer) => ({ layer, touches: touchMatcher(layer.touches) }))
		);
	}

	/** Open the store and restore what it holds (once; later calls wait for the first). */
	start(): Promise<void> {
		return this.#store.start((listing) => this.#take(listing, false));
	}

	/** Resolves when every change so far has been written. */
	settled(): Promise<void> {
		return this.#store.settled();
	}

	/** The built-in data the layers lie over. */
	get builtIn(): Dataset {
		return this.#builtIn;
	}

	/** The last undo step, if any. */
	get lastStep(): UndoStep | undefined {
		return this.journal[this.journal.length - 1];
	}

	/** The missing layers the verdicts of one region × indicator depend on. */
	missingFor(region: string, indicator: string): DataLayer[] {
		return this.#matchers.filter((m) => m.touches(region, indicator)).map((m) => m.layer);
	}

	/** The layers as a scenario's `data` (those that are on, in order). */
	entries(): DataEntry[] {
		return entriesOf(this.layers);
	}

	/** Layers restored from the store (at start, or after another tab changed them). */
	#take(
		listing: { layers: DataLayer[]; removed: DataLayer[]; journal: UndoStep[] },
		sync: boolean
	) {
		const mine = new Map(this.layers.map((l) => [l.id, l]));
		const stored = new Set(listing.layers.map((l) => l.id));
		const next = listing.layers.map((s) => {
			const m = mine.get(s.id);
			if (!m?.data || m.fingerprint !== s.fingerprint) return s;
			return m.on === s.on && m.position === s.position
				? m
				: { ...m, on: s.on, position: s.position };
		});
		// Layers this page holds that the store does not: added before it opened (written now),
		// or named by a link (kept as they are).
		const extra = this.layers.filter((l) => !stored.has(l.id) && (l.data === null || !sync));
		const before = this.composed;
		// Steps taken before the store opened follow the stored ones.
		const early = sync ? [] : this.journal;
		this.layers = [...next, ...extra];
		this.journal = [...listing.journal, ...early];
		this.#removed = new Map(listing.removed.map((l) => [l.id, l]));
		if (!sync) {
			for (const l of extra) if (l.data) this.#store.put(l as DataLayer & { data: Dataset });
			for (const step of early) this.#store.pushStep(step);
		}
		if (sync && this.composed !== before) {
			this.#host.changed?.();
			this.#host.notify('notice', dataMessage('tabs.synced'));
		}
	}

	#position(): number {
		const last = Math.max(0, ...this.layers.map((l) => l.position));
		return Math.max(Date.now(), last + 1);
	}

	#step(kind: UndoStep['kind'], layer: DataLayer, label: Bilingual): void {
		const step: UndoStep = { kind, layer: layer.id, label, at: Date.now() };
		this.journal = [...this.journal, step];
		this.#store.pushStep(step);
	}

	/**
	 * Add a layer of the analyst's data: `addition` (what it brought to `loaded`, the data it was
	 * added to) is made self-contained. A layer a link named and this page lacked takes its place
	 * when the figures are the same.
	 */
	add(
		kind: LayerKind,
		name: string,
		addition: Dataset,
		extra: { label: Bilingual; loaded: Dataset; summary?: ImportSummary }
	): { layer: DataLayer; note: DataNote | null } {
		const data = selfContained(addition, extra.loaded, this.#builtIn);
		const now = Date.now();
		let layer = makeLayer(
			{
				id: newLayerId(kind, now),
				kind,
				name,
				addedAt: now,
				position: this.#position(),
				...(extra.summary ? { summary: extra.summary } : {})
			},
			data
		);
		let note: DataNote | null = null;
		const awaited = this.missing.find((m) => m.fingerprint === layer.fingerprint);
		if (awaited) {
			layer = { ...layer, id: awaited.id, position: awaited.position };
			note = { kind: 'notice', text: dataMessage('fulfilled', { name }) };
		} else {
			const named = this.missing.find((m) => m.kind === kind && m.name === name);
			if (named) note = { kind: 'error', text: dataMessage('differs', { name, n: named.count }) };
		}
		this.layers = [...this.layers.filter((l) => l.id !== layer.id), layer];
		this.#store.put(layer as DataLayer & { data: Dataset });
		this.#step('add', layer, extra.label);
		return { layer, note };
	}

	/** A value typed in for a region × indicator, with its source, as a layer of its own. */
	enter(value: EnteredValue, loaded: Dataset): DataLayer {
		const sourceId = `entered:${newLayerId('entered')}`;
		const { layer } = this.add('entered', value.what, enteredAddition(value, sourceId), {
			label: dataMessage('entered.label', { what: value.what }),
			loaded
		});
		this.#host.notify(
			'notice',
			dataMessage('entered.added', { what: value.what, source: value.source })
		);
		return layer;
	}

	setOn(id: string, on: boolean): void {
		const layer = this.layers.find((l) => l.id === id);
		if (!layer || layer.on === on) return;
		this.layers = this.layers.map((l) => (l === layer ? { ...l, on } : l));
		if (layer.data) this.#store.patch(id, { on });
		if (!on) this.#host.changed?.();
	}

	/** Remove a layer (undo brings it back); a named layer the page lacks is simply dropped. */
	remove(id: string): void {
		const layer = this.layers.find((l) => l.id === id);
		if (!layer) return;
		this.layers = this.layers.filter((l) => l !== layer);
		if (!layer.data) return;
		this.#removed.set(id, layer);
		this.#store.setRemoved(id, true);
		this.#step('remove', layer, dataMessage('layer.removed', { name: layer.name }));
		this.#host.changed?.();
		this.#host.notify('notice', dataMessage('layer.removedNotice', { name: layer.name }));
	}

	/** Take back the last step; what it took back, or null when there is nothing to undo. */
	undo(): Bilingual | null {
		const step = this.lastStep;
		if (!step) return null;
		this.journal = this.journal.slice(0, -1);
		this.#store.dropStep(step);
		if (step.kind === 'add') {
			this.layers = this.layers.filter((l) => l.id !== step.layer);
			this.#store.delete(step.layer);
		} else {
			const layer = this.#removed.get(step.layer);
			this.#removed.delete(step.layer);
			if (layer) {
				this.layers = [...this.layers.filter((l) => l.id !== layer.id), layer];
				this.#store.setRemoved(layer.id, false);
			}
		}
		return step.label;
	}

	/**
	 * Take on the data a scenario or link was made with (see adopt.ts), and say in one sentence
	 * what the analyst must know: data it names that is missing here, else layers switched off,
	 * else layers it brought. Null when nothing needs saying.
	 */
	adopt(entries: readonly DataEntry[], from: 'link' | 'scenario'): DataNote | null {
		const result = adoptLayers(this.layers, adoptedOf(entries));
		this.layers = result.layers;
		for (const l of result.added) this.#store.put(l as DataLayer & { data: Dataset });
		for (const l of result.changed) this.#store.patch(l.id, { on: l.on, position: l.position });
		const origin = dataMessage(from === 'link' ? 'from.link' : 'from.scenario');
		if (result.missing.length > 0)
			return { kind: 'error', text: missingSentence(result.missing, origin) };
		if (result.switchedOff.length > 0)
			return {
				kind: 'notice',
				text: dataMessage('adopt.switchedOff', {
					from: origin,
					n: result.switchedOff.length,
					names: result.switchedOff.map((l) => l.name).join('、')
				})
			};
		if (result.added.length > 0)
			return {
				kind: 'notice',
				text: dataMessage('adopt.added', { from: origin, n: result.added.length })
			};
		return null;
	}
}

/** "此链接使用了导入文件 district.csv 中的 312 个数值，您尚未导入……" */
export function missingSentence(missing: readonly DataLayer[], from: Bilingual): Bilingual {
	const onlyScenario = missing.every((l) => l.kind === 'scenario');
	const how = dataMessage(onlyScenario ? 'missing.howScenario' : 'missing.howImport');
	const first = missing[0];
	if (missing.length === 1 && first)
		return dataMessage('missing.one', { from, what: layerWhat(first), n: first.count, how });
	const items = missing.map((l) => dataMessage('missing.item', { what: layerWhat(l), n: l.count }));
	return dataMessage('missing.many', {
		from,
		k: missing.length,
		list: { zh: items.map((i) => i.zh).join('；'), en: items.map((i) => i.en).join('; ') },
		how
	});
}
