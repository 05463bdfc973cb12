/**
 * Data layers to a scenario's `data` entries and back, and a scenario's entries applied to a
 * dataset (for the command line and anything else that reads a scenario without the page's
 * layers). Pure.
 */
import type { Bilingual } from '../data/issues.ts';
import {
	byPosition,
	composeLayers,
	countOf,
	fingerprintOf,
	touchesOf,
	type DataLayer,
	type LayerInfo
} from '../data/layers.ts';
import type { Dataset } from '../data/model.ts';
import { dataMessage } from '../i18n/messages/data.ts';
import type { DataEntry } from './dataSchema.ts';

/** The layers that are on, in order, as entries: with their figures, or named only. */
export function entriesOf(layers: readonly DataLayer[]): DataEntry[] {
	return byPosition(layers.filter((l) => l.on)).map((l) => {
		const e: DataEntry = {
			id: l.id,
			kind: l.kind,
			name: l.name,
			addedAt: l.addedAt,
			position: l.position,
			count: l.count,
			fingerprint: l.fingerprint,
			touches: l.touches
		};
		if (l.summary) e.summary = l.summary;
		if (l.data) e.dataset = l.data;
		return e;
	});
}

/** An entry named only (its figures left out). */
export function asReference(e: DataEntry): DataEntry {
	const { dataset, ...rest } = e;
	if (!dataset) return e;
	return {
		...rest,
		count: countOf(dataset),
		fingerprint: fingerprintOf(dataset),
		touches: rest.touches ?? touchesOf(dataset)
	};
}

/**
 * A scenario to keep in this browser: the analyst's data by name (My data holds it), values
 * typed in whole (they are small, and a saved scenario should not lose them).
 */
export function forStore<S extends { data?: DataEntry[] }>(s: S): S {
	if (!s.data) return s;
	return { ...s, data: s.data.map((e) => (e.kind === 'entered' ? e : asReference(e))) };
}

/** What an entry says a layer is, and its figures (null when it only names them). */
export interface AdoptedEntry {
	info: LayerInfo;
	data: Dataset | null;
}

/** Entries as layers to adopt: what a carried entry is, computed from its figures. */
export function adoptedOf(entries: readonly DataEntry[]): AdoptedEntry[] {
	return entries.map((e, i) => {
		const data = e.dataset ?? null;
		const info: LayerInfo = {
			id: e.id,
			kind: e.kind,
			name: e.name,
			addedAt: e.addedAt ?? 0,
			position: e.position ?? e.addedAt ?? i,
			count: data ? countOf(data) : (e.count ?? 0),
			fingerprint: data ? fingerprintOf(data) : (e.fingerprint ?? ''),
			touches: data ? touchesOf(data) : (e.touches ?? {})
		};
		if (e.summary) info.summary = e.summary;
		return { info, data };
	});
}

/** How a missing layer is named in a sentence ("the imported file district.csv"). */
export function layerWhat(info: Pick<LayerInfo, 'kind' | 'name'>): Bilingual {
	return dataMessage(`what.${info.kind}`, { name: info.name });
}

/**
 * A dataset with a scenario's carried entries composed over it, in order, and one sentence for
 * each entry the scenario only names (its figures are not there, and what depends on them may
 * differ from what the scenario's author saw).
 */
export function applyDataEntries(
	base: Dataset,
	entries: readonly DataEntry[]
): { dataset: Dataset; warnings: Bilingual[] } {
	const adopted = adoptedOf(entries);
	const layers: DataLayer[] = adopted
		.filter((a) => a.data !== null)
		.map((a) => ({ ...a.info, on: true, data: a.data }));
	const warnings = adopted
		.filter((a) => a.data === null)
		.map((a) =>
			dataMessage('missing.one', {
				from: dataMessage('from.scenario'),
				what: layerWhat(a.info),
				n: a.info.count,
				how:
					a.info.kind === 'scenario'
						? dataMessage('missing.howScenario')
						: dataMessage('missing.howImport')
			})
		);
	return { dataset: composeLayers(base, layers), warnings };
}
