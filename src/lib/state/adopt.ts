/**
 * Taking on the data a scenario or a link says it was made with: exactly its layers, in its
 * order, are on; the analyst's other layers are switched off (and they are told). A layer the
 * page already has (by id, or — for one the scenario only names — by the fingerprint of its
 * figures) is used as it is; a carried one is added; a named one the page lacks stays a
 * placeholder, marked as missing, until the file is imported. Pure.
 */
import type { DataLayer } from '../data/layers.ts';
import type { AdoptedEntry } from '../scenario/dataEntries.ts';

export interface Adoption {
	/** The layers afterwards. */
	layers: DataLayer[];
	/** Carried layers the page did not have (to be stored). */
	added: DataLayer[];
	/** The analyst's layers that were on and are now off. */
	switchedOff: DataLayer[];
	/** Stored layers whose `on` or position changed (to be written). */
	changed: DataLayer[];
	/** Named layers the page does not have. */
	missing: DataLayer[];
}

export function adoptLayers(
	current: readonly DataLayer[],
	entries: readonly AdoptedEntry[]
): Adoption {
	const loaded = current.filter((l) => l.data !== null);
	const byId = new Map(loaded.map((l) => [l.id, l]));
	const used = new Set<string>();
	const out: Adoption = { layers: [], added: [], switchedOff: [], changed: [], missing: [] };
	const listed = new Set<string>();
	for (const { info, data } of entries) {
		// An id listed twice is taken once.
		if (listed.has(info.id)) continue;
		listed.add(info.id);
		const local =
			byId.get(info.id) ??
			(data === null
				? loaded.find((l) => !used.has(l.id) && l.fingerprint === info.fingerprint)
				: undefined);
		if (local && !used.has(local.id)) {
			used.add(local.id);
			const same = local.on && local.position === info.position;
			const next = same ? local : { ...local, on: true, position: info.position };
			if (!same) out.changed.push(next);
			out.layers.push(next);
		} else if (data !== null) {
			const layer: DataLayer = { ...info, on: true, data };
			out.added.push(layer);
			out.layers.push(layer);
		} else {
			const placeholder: DataLayer = { ...info, on: true, data: null };
			out.missing.push(placeholder);
			out.layers.push(placeholder);
		}
	}
	for (const l of loaded) {
		if (used.has(l.id)) continue;
		if (l.on) {
			const off = { ...l, on: false };
			out.switchedOff.push(l);
			out.changed.push(off);
			out.layers.push(off);
		} else out.layers.push(l);
	}
	return out;
}
