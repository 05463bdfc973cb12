/**
 * The scenario library of the page: scenarios saved in the browser (IndexedDB), the built-in
 * ones, scenario files in and out, and choosing one to compare the current scenario with.
 * Loaded with the scenario panel (it brings the scenario schema with it).
 */
import { appMessage } from '../i18n/messages/app.ts';
import { withDisplayNames } from '../scenario/names.ts';
import { parseScenarioText } from '../scenario/parse.ts';
import type { Scenario } from '../scenario/schema.ts';
import { openScenarioStore, type SavedScenario, type ScenarioStore } from '../scenario/store.ts';
import type { AppState } from './app.svelte.ts';
import { BUILT_IN_NAMES, builtInScenario } from './builtins.ts';
import { downloadBlob, fileName } from './download.ts';

/** A scenario file larger than this is refused before it is read. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

export class ScenarioLibrary {
	readonly #app: AppState;
	store = $state.raw<ScenarioStore | null>(null);
	/** Why saving is off (shown in place of the saved list). */
	storeError = $state<string | null>(null);
	items = $state.raw<SavedScenario[]>([]);
	/** The built-in scenarios by file name (`baseline`, `accelerated`, `stalled`). */
	readonly builtInNames: string[] = [...BUILT_IN_NAMES];

	constructor(app: AppState) {
		this.#app = app;
	}

	/** Open the browser's store and list what it holds. */
	async start(): Promise<void> {
		const opened = await openScenarioStore();
		if ('store' in opened) {
			this.store = opened.store;
			await this.refresh();
		} else {
			this.storeError = this.#app.say(opened.error);
		}
	}

	async refresh(): Promise<void> {
		if (!this.store) return;
		const listed = await this.store.list();
		this.items = listed.items;
		if (listed.skipped > 0)
			this.#app.notify('notice', appMessage('scenario.skipped', { n: listed.skipped }));
	}

	/** Run a store operation; on failure say so, and leave the screen as it is. */
	async #guarded(action: (store: ScenarioStore) => Promise<unknown>): Promise<boolean> {
		if (!this.store) return false;
		try {
			await action(this.store);
			await this.refresh();
			return true;
		} catch {
			this.#app.notify('error', appMessage('scenario.storageFailed'));
			return false;
		}
	}

	async save(): Promise<void> {
		const { scenario } = this.#app;
		const saved = await this.#guarded((s) => s.save(scenario.name, this.#app.toScenario()));
		if (saved) this.#app.notify('notice', appMessage('scenario.saved', { name: scenario.name }));
	}

	rename(id: string, name: string): Promise<boolean> {
		return this.#guarded((s) => s.rename(id, name));
	}

	duplicate(id: string, suffix: string): Promise<boolean> {
		return this.#guarded((s) => s.duplicate(id, suffix));
	}

	remove(id: string): Promise<boolean> {
		return this.#guarded((s) => s.remove(id));
	}

	open(s: Scenario): void {
		const warnings = this.#app.loadScenario(s);
		this.#app.notify('notice', warnings[0] ?? appMessage('scenario.opened', { name: s.name }));
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

	/** Download the current scenario as a file, with display names instead of ids. */
	exportFile(): void {
		const app = this.#app;
		const s = withDisplayNames(app.toScenario(), app.effectiveIndex);
		downloadBlob(
			new Blob([`${JSON.stringify(s, null, 2)}\n`], { type: 'application/json' }),
			fileName(['mubiao-scenario', app.scenario.name], 'json')
		);
	}

	/** Open a scenario file; a file that is not one says why and changes nothing. */
	async importFile(file: File): Promise<void> {
		if (file.size > MAX_FILE_BYTES) {
			this.#app.notify('error', appMessage('scenario.fileTooLarge'));
			return;
		}
		const parsed = parseScenarioText(await file.text());
		if (!parsed.ok) {
			this.#app.notify(
				'error',
				appMessage('scenario.fileRefused', { file: file.name, reason: parsed.error })
			);
			return;
		}
		this.open(parsed.scenario);
	}
}
