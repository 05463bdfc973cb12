/**
 * The scenario library of the page: scenarios saved in the browser (IndexedDB), the built-in
 * ones, scenario files in and out, and choosing one to compare the current scenario with.
 * Loaded with the scenario panel (it brings the scenario schema with it).
 */
import { libraryMessage } from '../i18n/messages/library.ts';
import { megabytes } from '../data/limits.ts';
import { forStore, layerWhat } from '../scenario/dataEntries.ts';
import { fitFileData } from '../scenario/fileData.ts';
import { NAME_MAX, SCENARIO_FILE_DATA_BYTES, SCENARIO_FILE_MAX_BYTES } from '../scenario/limits.ts';
import { withDisplayNames } from '../scenario/names.ts';
import { parseScenarioText, parseScenarioValue } from '../scenario/parse.ts';
import type { Scenario } from '../scenario/schema.ts';
import { openScenarioStore, type SavedScenario, type ScenarioStore } from '../scenario/store.ts';
import type { AppState } from './app.svelte.ts';
import { BUILT_IN_NAMES, builtInScenario } from './builtins.ts';
import { downloadBlob, fileName } from './download.ts';

/** The channel on which tabs tell each other that the saved scenarios changed. */
export const SCENARIO_CHANNEL = 'mubiao-scenarios';
/** A scenario file with more figures than this is written without indentation. */
const PRETTY_FIGURES = 10_000;

export class ScenarioLibrary {
	readonly #app: AppState;
	store = $state.raw<ScenarioStore | null>(null);
	/** Why saving is off (shown in place of the saved list). */
	storeError = $state<string | null>(null);
	items = $state.raw<SavedScenario[]>([]);
	/** The built-in scenarios by file name (`baseline`, `accelerated`, `stalled`). */
	readonly builtInNames: string[] = [...BUILT_IN_NAMES];
	#channel: BroadcastChannel | null = null;
	readonly #channelName: string | null;

	/** `channel`: where other tabs hear of saves and renames (null: no other tabs). */
	constructor(app: AppState, channel: string | null = SCENARIO_CHANNEL) {
		this.#app = app;
		this.#channelName = channel;
	}

	/** Open the browser's store and list what it holds; follow what other tabs save. */
	async start(): Promise<void> {
		const opened = await openScenarioStore();
		if ('store' in opened) {
			this.store = opened.store;
			await this.refresh();
			if (this.#channelName !== null && typeof BroadcastChannel !== 'undefined') {
				this.#channel = new BroadcastChannel(this.#channelName);
				(this.#channel as unknown as { unref?: () => void }).unref?.();
				this.#channel.onmessage = () => void this.refresh();
			}
		} else {
			this.storeError = this.#app.say(opened.error);
		}
	}

	/** Stop following other tabs (the scenario panel closed). */
	close(): void {
		this.#channel?.close();
		this.#channel = null;
	}

	async refresh(): Promise<void> {
		if (!this.store) return;
		const listed = await this.store.list();
		this.items = listed.items;
		if (listed.skipped > 0)
			this.#app.notify('notice', libraryMessage('scenario.skipped', { n: listed.skipped }));
	}

	/** Run a store operation; on failure say so, and leave the screen as it is. */
	async #guarded(action: (store: ScenarioStore) => Promise<unknown>): Promise<boolean> {
		return (await this.#attempt(action)) !== null;
	}

	/** Run a store operation and give its result (null on failure, which is said). */
	async #attempt<T>(action: (store: ScenarioStore) => Promise<T>): Promise<{ value: T } | null> {
		if (!this.store) return null;
		try {
			const value = await action(this.store);
			this.#channel?.postMessage({ topic: 'scenarios' });
			await this.refresh();
			return { value };
		} catch {
			this.#app.notify('error', libraryMessage('scenario.storageFailed'));
			return null;
		}
	}

	/**
	 * Save the current scenario in the browser. The analyst's data is kept by name (it is in My
	 * data, in the same browser); values typed in are kept whole.
	 */
	async save(): Promise<void> {
		const { scenario } = this.#app;
		const written = forStore(this.#app.toScenario());
		// Checked by the schema it is read back with: never a save that "succeeds" and is then
		// reported damaged.
		const checked = parseScenarioValue(written);
		if (!checked.ok) {
			this.#app.notify('error', libraryMessage('scenario.notSavable', { reason: checked.error }));
			return;
		}
		const saved = await this.#guarded((s) => s.save(scenario.name, written));
		if (saved)
			this.#app.notify('notice', libraryMessage('scenario.saved', { name: scenario.name }));
	}

	/**
	 * Rename a saved scenario. A name too long or empty is refused with a sentence; when another
	 * tab renamed it since the analyst began (`from`: the name shown then; by default the name
	 * listed now), nothing changes, the list is refreshed, and the analyst is told its new name.
	 */
	async rename(id: string, name: string, from?: string): Promise<boolean> {
		const next = name.trim();
		if (!next || next.length > NAME_MAX) {
			this.#app.notify('error', libraryMessage('scenario.nameInvalid', { max: NAME_MAX }));
			return false;
		}
		const shown = from ?? this.items.find((i) => i.id === id)?.name;
		const done = await this.#attempt((s) => s.rename(id, next, shown));
		const r = done?.value;
		if (!r) return false;
		if (r.ok) return true;
		this.#app.notify(
			'error',
			'current' in r
				? libraryMessage('scenario.renameConflict', { name: r.current })
				: libraryMessage('scenario.renameGone')
		);
		return false;
	}

	duplicate(id: string, suffix: string): Promise<boolean> {
		return this.#guarded((s) => s.duplicate(id, suffix));
	}

	remove(id: string): Promise<boolean> {
		return this.#guarded((s) => s.remove(id));
	}

	open(s: Scenario): void {
		this.#app.openScenario(s, 'scenario', libraryMessage('scenario.opened', { name: s.name }));
	}

	async openBuiltIn(name: string): Promise<void> {
		const s = await builtInScenario(name);
		if (s) this.open(s);
	}

	/** Compare with a built-in scenario: its line on the chart, and the full comparison. */
	async compareBuiltIn(name: string): Promise<void> {
		const s = await builtInScenario(name);
		if (s) this.#app.reference.choose({ kind: 'builtin', name }, s);
	}

	/** Compare with a saved scenario (by its name, as the link carries it). */
	compareSaved(item: SavedScenario): void {
		this.#app.reference.choose({ kind: 'saved', name: item.name }, item.scenario);
	}

	/**
	 * Download the current scenario as a file, with display names instead of ids, and the
	 * analyst's data it uses with their sources (named only when beyond what a file may hold).
	 */
	exportFile(): void {
		const app = this.#app;
		const fitted = fitFileData(app.toScenario());
		const s = withDisplayNames(fitted.scenario, app.effectiveIndex);
		const figures = (s.data ?? []).reduce((n, e) => n + (e.count ?? 0), 0);
		const json = JSON.stringify(s, null, figures > PRETTY_FIGURES ? undefined : 2);
		downloadBlob(
			new Blob([`${json}\n`], { type: 'application/json' }),
			fileName(['mubiao-scenario', app.scenario.name], 'json')
		);
		if (fitted.referenced.length > 0) {
			const names = fitted.referenced.map((e) => layerWhat(e));
			app.notify(
				'notice',
				libraryMessage('export.notEmbedded', {
					list: { zh: names.map((n) => n.zh).join('、'), en: names.map((n) => n.en).join(', ') },
					limit: megabytes(SCENARIO_FILE_DATA_BYTES)
				})
			);
		}
	}

	/** Open a scenario file; a file that is not one says why and changes nothing. */
	async importFile(file: File): Promise<void> {
		if (file.size > SCENARIO_FILE_MAX_BYTES) {
			this.#app.notify(
				'error',
				libraryMessage('scenario.fileTooLarge', { limit: megabytes(SCENARIO_FILE_MAX_BYTES) })
			);
			return;
		}
		const parsed = parseScenarioText(await file.text());
		if (!parsed.ok) {
			this.#app.notify(
				'error',
				libraryMessage('scenario.fileRefused', { file: file.name, reason: parsed.error })
			);
			return;
		}
		this.open(parsed.scenario);
	}
}
