/**
 * Saved scenarios in the browser's IndexedDB (idb-keyval, one store of its own). Every record
 * is validated on read and migrated if older; a record that no longer validates is skipped and
 * counted, never shown half-read. When IndexedDB cannot be used (private mode, quota, blocked),
 * {@link openScenarioStore} says why and the app carries on without saving.
 */
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import { z } from 'zod';
import { change } from '../data/idbChange.ts';
import type { Bilingual } from '../data/issues.ts';
import { scenarioMessage } from '../i18n/messages/scenario.ts';
import { parseScenarioValue } from './parse.ts';
import { NAME_MAX } from './limits.ts';
import type { Scenario } from './schema.ts';

/** How a rename ended: done, refused because another tab renamed it first, or the scenario is gone. */
export type RenameResult =
	{ ok: true } | { ok: false; current: string } | { ok: false; gone: true };

export interface SavedScenario {
	id: string;
	name: string;
	/** Milliseconds since 1970. */
	savedAt: number;
	scenario: Scenario;
}

const RecordSchema = z.strictObject({
	id: z.string().min(1).max(100),
	name: z.string().trim().min(1).max(NAME_MAX),
	savedAt: z.number().int().nonnegative(),
	scenario: z.unknown()
});

const UNAVAILABLE: Bilingual = scenarioMessage('storage.unavailable');

export class ScenarioStore {
	readonly #store: UseStore;

	constructor(store: UseStore) {
		this.#store = store;
	}

	/** Every saved scenario, newest first; `skipped` counts records that failed validation. */
	async list(): Promise<{ items: SavedScenario[]; skipped: number }> {
		const items: SavedScenario[] = [];
		let skipped = 0;
		for (const [key, value] of await entries(this.#store)) {
			if (key === PROBE_KEY) continue;
			const record = RecordSchema.safeParse(value);
			const scenario = record.success ? parseScenarioValue(record.data.scenario) : null;
			if (!record.success || !scenario?.ok) {
				skipped++;
				continue;
			}
			items.push({ ...record.data, scenario: scenario.scenario });
		}
		items.sort((a, b) => b.savedAt - a.savedAt);
		return { items, skipped };
	}

	async save(name: string, scenario: Scenario): Promise<SavedScenario> {
		const id = `s-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
		const record: SavedScenario = {
			id,
			name: name.trim() || scenario.name,
			savedAt: Date.now(),
			scenario: { ...scenario, name: name.trim() || scenario.name }
		};
		await set(id, record, this.#store);
		return record;
	}

	/**
	 * Rename a saved scenario, if it is still called `expected` (the name this page showed):
	 * when another tab renamed it meanwhile, nothing is written and its current name is given.
	 * Read and write are one transaction, so two tabs renaming at once cannot both win silently.
	 */
	async rename(id: string, name: string, expected?: string): Promise<RenameResult> {
		const next = name.trim();
		let result: RenameResult = { ok: false, gone: true };
		await change(this.#store, id, (old) => {
			const record = RecordSchema.safeParse(old);
			if (!record.success || !next) return undefined;
			if (expected !== undefined && record.data.name !== expected && record.data.name !== next) {
				result = { ok: false, current: record.data.name };
				return undefined;
			}
			result = { ok: true };
			const scenario = record.data.scenario as Record<string, unknown>;
			return { ...record.data, name: next, scenario: { ...scenario, name: next } };
		});
		return result;
	}

	async duplicate(id: string, suffix: string): Promise<SavedScenario | null> {
		const current = await this.#read(id);
		return current ? this.save(`${current.name} ${suffix}`, current.scenario) : null;
	}

	async remove(id: string): Promise<void> {
		await del(id, this.#store);
	}

	async #read(id: string): Promise<SavedScenario | null> {
		const record = RecordSchema.safeParse(await get(id, this.#store));
		if (!record.success) return null;
		const scenario = parseScenarioValue(record.data.scenario);
		return scenario.ok ? { ...record.data, scenario: scenario.scenario } : null;
	}
}

const PROBE_KEY = '__probe__';

/** The store, or why saving is off. Tries a write and a read, with a time limit (a blocked open never settles). */
export async function openScenarioStore(): Promise<
	{ store: ScenarioStore } | { error: Bilingual }
> {
	try {
		if (typeof indexedDB === 'undefined') return { error: UNAVAILABLE };
		const store = createStore('mubiao', 'scenarios');
		const probe = (async () => {
			await set(PROBE_KEY, 1, store);
			return (await get(PROBE_KEY, store)) === 1;
		})();
		const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), 3000));
		const ok = await Promise.race([probe, timeout]);
		return ok ? { store: new ScenarioStore(store) } : { error: UNAVAILABLE };
	} catch {
		return { error: UNAVAILABLE };
	}
}
