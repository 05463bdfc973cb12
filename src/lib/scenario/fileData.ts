/**
 * What of the analyst's data an exported scenario file embeds: everything that is loaded, up to
 * what a scenario file may hold ({@link SCENARIO_FILE_DATA_BYTES}, below the size the page and
 * the command line read, so that an exported file can always be imported again); the largest
 * layers beyond it, and layers this page only knows by name, are named instead. Pure.
 */
import { asReference } from './dataEntries.ts';
import type { DataEntry } from './dataSchema.ts';
import { SCENARIO_FILE_DATA_BYTES } from './limits.ts';
import type { Scenario } from './schema.ts';

/** Figures sampled to estimate a large layer's size. */
const SAMPLE = 2000;

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/** The JSON size of an entry's figures: exact for small ones, from a sample for large ones. */
export function entryBytes(e: DataEntry): number {
	const d = e.dataset;
	if (!d) return bytes(e);
	const figures = d.observations.length + d.targets.length;
	if (figures <= SAMPLE * 10) return bytes(e);
	const o = d.observations.slice(0, SAMPLE);
	const t = d.targets.slice(0, SAMPLE);
	const perFigure = (bytes(o) + bytes(t)) / Math.max(1, o.length + t.length);
	return Math.ceil(perFigure * figures) + bytes({ ...d, observations: [], targets: [] });
}

export function fitFileData(
	s: Scenario,
	limit: number = SCENARIO_FILE_DATA_BYTES
): { scenario: Scenario; referenced: DataEntry[] } {
	const entries = s.data ?? [];
	const sizes = entries.map(entryBytes);
	let total = bytes({ ...s, data: [] }) + sizes.reduce((a, b) => a + b, 0);
	const named = new Set<number>();
	// The largest go first, until the rest fits.
	const order = entries.map((_, i) => i).sort((a, b) => (sizes[b] ?? 0) - (sizes[a] ?? 0));
	for (const i of order) {
		if (total <= limit) break;
		if (!entries[i]?.dataset) continue;
		named.add(i);
		total -= sizes[i] ?? 0;
	}
	const data = entries.map((e, i) => (named.has(i) ? asReference(e) : e));
	const referenced = data.filter((e, i) => named.has(i) || !entries[i]?.dataset);
	return { scenario: named.size > 0 ? { ...s, data } : s, referenced };
}
