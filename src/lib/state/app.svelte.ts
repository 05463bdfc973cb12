/**
 * The page's state, composed of small state objects: the view on screen, the scenario worked
 * on, the message shown, the language, and the loaded data with its undo steps. Everything
 * computed from them (the scenario's data, the engine's run, the focus projection) is `$derived`
 * here. Shared with components through a context; effects that touch the outside world (URL,
 * IndexedDB, ECharts) live elsewhere.
 */
import { createContext, untrack } from 'svelte';
import { afterNextPaint } from '../charts/afterPaint.ts';
import { asColumnar } from '../data/columnar.ts';
import type { Bilingual } from '../data/issues.ts';
import type { Assumption as EngineAssumption } from '../domain/engine/index.ts';
import type { ImportSummary } from '../data/layers.ts';
import { appMessage } from '../i18n/messages/app.ts';
import type { Dataset, Region } from '../data/model.ts';
import { indexDataset, type DatasetIndex } from '../data/registry.ts';
import type { Lang } from '../i18n/format.ts';
import { loadLang, translate, type StringKey } from '../i18n/strings.ts';
import { applyScenarioData, resolveAssumptions, seriesKey } from '../scenario/apply.ts';
import type { BatchWorkers } from '../scenario/batchPool.ts';
import { batchWorkersOnDemand } from '../scenario/batchOnDemand.ts';
import { COMPARE_MAX } from '../scenario/limits.ts';
import { ScenarioRunner, type ProjectionRow, type RunResult } from '../scenario/run.ts';
import type { Scenario } from '../scenario/schema.ts';
import { DataLayers, type DataNote, type EnteredValue } from './dataLayers.svelte.ts';
import type { PersistenceOptions } from './layerPersistence.ts';
import { Messages, type AppMessage } from './messages.svelte.ts';
import { Provenance } from './provenance.svelte.ts';
import { assumptionsOf, viewOf } from './scenarioView.ts';
import { ReferenceScenario } from './reference.svelte.ts';
import { ScenarioState } from './scenario.svelte.ts';
import { defaultView } from './view.ts';
import { ViewState } from './view.svelte.ts';

export type { View, ChartMode } from './view.ts';
export type { AppMessage };
export type { AssumptionPatch } from './scenario.svelte.ts';

/** A dataset put in place of the composed one (the benchmark's seam), with what undo says. */
interface Replacement {
	dataset: Dataset;
	label: Bilingual;
}

/** What an applied import hands the page: what it added to the data, and its report. */
export interface ImportedData {
	fileName: string;
	addition: Dataset;
	label: Bilingual;
	summary: ImportSummary;
}

export class AppState {
	lang = $state<Lang>('zh');
	/** The analyst's data: imports, policy texts and entered values, as layers over the built-in data. */
	readonly data: DataLayers;
	/**
	 * The loaded data: the built-in dataset with the analyst's layers that are on. Replaced,
	 * never mutated; held by column (data/columnar.ts).
	 */
	readonly dataset: Dataset;
	#replaced = $state.raw<Replacement[]>([]);
	#dataNote: DataNote | null = null;
	readonly view: ViewState;
	readonly scenario = new ScenarioState();
	readonly messages = new Messages();
	readonly provenance: Provenance = new Provenance(this);

	readonly index: DatasetIndex;
	/** The loaded data with the scenario's own targets and observations. */
	readonly effective: Dataset;
	readonly effectiveIndex: DatasetIndex;
	readonly runner: ScenarioRunner;
	/** The scenario's assumptions resolved against `effective`, by series key. */
	readonly assumptions: ReadonlyMap<string, EngineAssumption>;
	/**
	 * The engine's run of the current scenario. For a large dataset a global change is assessed
	 * in the batch workers: `run.pending` is true meanwhile, and the run is taken again when the
	 * workers' results are in. The focus region is assessed at once (`run.fresh`).
	 */
	readonly run: RunResult;
	/** Bumped when the batch workers' results are in. */
	#runs = $state(0);
	#workers: BatchWorkers | null | undefined;
	readonly focusRegion: Region | undefined;
	readonly focusKey: string;
	/** The focus region × indicator: its actuals, traits and projection (none without data). */
	readonly focusRow: ProjectionRow | undefined;
	/** The scenario compared with: the fitted trends, or a chosen one. */
	readonly reference: ReferenceScenario;

	constructor(dataset: Dataset, storage: PersistenceOptions = {}) {
		this.data = new DataLayers(
			asColumnar(dataset),
			{ notify: (kind, text) => this.notify(kind, text), changed: () => this.#prune() },
			storage
		);
		this.dataset = $derived(asColumnar(this.#replaced.at(-1)?.dataset ?? this.data.composed));
		this.view = new ViewState(defaultView(indexDataset(dataset)));
		this.index = $derived(indexDataset(this.dataset));
		this.effective = $derived(
			applyScenarioData(this.dataset, {
				name: this.scenario.name,
				targets: this.scenario.targets,
				observations: this.scenario.observations
			}).dataset
		);
		this.effectiveIndex = $derived(indexDataset(this.effective));
		this.runner = $derived(
			new ScenarioRunner(this.effective, {
				workers: this.#batchWorkers(),
				onUpdate: () => this.#runs++,
				// Read when a global change starts, not a dependency of the run.
				first: () => untrack(() => this.view.region),
				later: afterNextPaint
			})
		);
		this.assumptions = $derived(
			resolveAssumptions(this.effective, this.scenario.assumptions).assumptions
		);
		this.run = $derived.by(() => {
			void this.#runs;
			return this.runner.run(this.assumptions, this.scenario.settings);
		});
		this.focusRegion = $derived(this.effectiveIndex.regions.byId(this.view.region));
		this.focusKey = $derived(seriesKey(this.view.region, this.view.indicator));
		this.focusRow = $derived.by(() => {
			const row = this.run.projections.get(this.focusKey);
			if (!row || !this.run.pending) return row;
			// The run still shows the previous results (the workers assess a global change): the
			// focus, which the assumption panel and the chart show, is projected here at once.
			const now = this.runner.projectionNow(row.key, this.assumptions.get(row.key));
			return now ? { ...row, projection: now } : row;
		});
		this.reference = new ReferenceScenario(this);
	}

	/** The workers assess a global change, and the focus's verdicts are not yet the new ones. */
	get focusPending(): boolean {
		return this.run.pending && this.run.fresh !== this.view.region;
	}

	/** The page's batch workers, where the browser has workers (started when first needed). */
	#batchWorkers(): BatchWorkers | null {
		if (this.#workers === undefined)
			this.#workers = typeof Worker === 'undefined' ? null : batchWorkersOnDemand();
		return this.#workers;
	}

	t = (key: StringKey, params?: Record<string, string | number>): string =>
		translate(this.lang, key, params);

	/** The text of a bilingual message in the current language. */
	say = (text: Bilingual): string => text[this.lang];

	/** Switch language once its labels are loaded. */
	async setLang(lang: Lang): Promise<void> {
		await loadLang(lang);
		this.lang = lang;
	}

	/** The message currently shown. */
	get message(): AppMessage | null {
		return this.messages.current;
	}

	notify(kind: AppMessage['kind'], text: Bilingual): void {
		this.messages.notify(kind, text);
	}

	/**
	 * Put `next` in place of the loaded data, in this page only, until undone (the benchmark
	 * page measures with it). The analyst's data goes through {@link data} instead.
	 */
	replaceDataset(next: Dataset, label: Bilingual): void {
		// Kept by column (for undo too): the object form is not held on to.
		this.#replaced = [...this.#replaced, { dataset: asColumnar(next), label }];
	}

	/** What undo would take back, if anything. */
	get lastUndo(): Bilingual | undefined {
		return this.#replaced.at(-1)?.label ?? this.data.lastStep?.label;
	}

	/**
	 * An applied import becomes a layer of the analyst's data (kept, and undone as one step).
	 * Returns what the analyst must know beyond "imported" (it completes data a link needed).
	 */
	addImport(imported: ImportedData): DataNote | null {
		return this.data.add('import', imported.fileName, imported.addition, {
			label: imported.label,
			loaded: this.dataset,
			summary: imported.summary
		}).note;
	}

	/** Figures read out of a policy text (or any addition), as one layer and one step to undo. */
	addData(addition: Dataset, label: Bilingual, notice: Bilingual, name: string = label.zh): void {
		const { note } = this.data.add('document', name, addition, { label, loaded: this.dataset });
		this.notify(note?.kind ?? 'notice', note ? joined(notice, note.text) : notice);
	}

	/** A value typed in with its source, marked "用户录入 / entered" wherever it is shown. */
	enterValue(value: EnteredValue): void {
		this.data.enter(value, this.dataset);
	}

	/**
	 * Compare with these regions; more than the comparison holds are left out, with a sentence.
	 * Returns how many were left out.
	 */
	setCompare(regions: readonly string[]): number {
		const left = this.view.setCompare(regions);
		if (left > 0) this.notify('notice', appMessage('compare.full', { max: COMPARE_MAX, n: left }));
		return left;
	}

	/** Add a comparison region, or say that the comparison is full (false). */
	addCompare(region: string): boolean {
		const added = this.view.addCompare(region);
		if (!added) this.notify('notice', appMessage('compare.full', { max: COMPARE_MAX, n: 1 }));
		return added;
	}

	/** Switch one of the analyst's layers on or off. */
	setLayerOn(id: string, on: boolean): void {
		this.data.setOn(id, on);
	}

	removeLayer(id: string): void {
		this.data.remove(id);
	}

	/** After the data changed: a focus or comparison region that is gone is dropped. */
	#prune(): void {
		const regions = this.effectiveIndex.regions;
		this.view.prune((id) => regions.byId(id) !== undefined, defaultView(this.index));
	}

	/** Undo the last change to the data, and say what was undone. */
	undoAndSay(): void {
		const label = this.undo();
		this.notify(
			'notice',
			label ? appMessage('data.undone', { what: label }) : appMessage('data.nothingToUndo')
		);
	}

	undo(): Bilingual | null {
		const replaced = this.#replaced.at(-1);
		const label = replaced ? replaced.label : this.data.undo();
		if (replaced) this.#replaced = this.#replaced.slice(0, -1);
		if (label) this.#prune();
		return label;
	}

	/**
	 * The current screen as a scenario (names are ids; they resolve like names), with the
	 * analyst's data that is on, figures and sources included.
	 */
	toScenario(): Scenario {
		return {
			...this.scenario.fields(),
			view: { ...this.view.snapshot(), lang: this.lang },
			data: this.data.entries()
		};
	}

	/**
	 * Show a scenario and say what the analyst must know: data it needs that is missing here
	 * (or layers switched off to match it), else a warning about its assumptions, else `done`.
	 */
	openScenario(s: Scenario, from: 'link' | 'scenario', done?: Bilingual): void {
		const warnings = this.loadScenario(s, from);
		const note = this.#dataNote;
		if (note) this.notify(note.kind, note.text);
		else if (warnings[0]) this.notify('notice', warnings[0]);
		else if (done) this.notify('notice', done);
	}

	/**
	 * Show a scenario: the analyst's data it was made with (when it says), its own data,
	 * assumptions and view (names resolved to ids, ./scenarioView.ts). Returns the assumptions it
	 * could not use.
	 */
	loadScenario(s: Scenario, from: 'link' | 'scenario' = 'scenario'): Bilingual[] {
		this.#dataNote = s.data !== undefined ? this.data.adopt(s.data, from) : null;
		this.scenario.take(s);
		const idx = this.effectiveIndex;
		const { assumptions, warnings } = assumptionsOf(s, idx, this.effective);
		this.scenario.assumptions = assumptions;
		this.view.set(viewOf(s.view ?? {}, idx));
		void this.reference.resolve();
		if (s.view?.lang) void this.setLang(s.view.lang);
		return warnings;
	}
}

/** Two sentences as one message. */
export function joined(a: Bilingual, b: Bilingual): Bilingual {
	return { zh: `${a.zh}${b.zh}`, en: `${a.en} ${b.en}` };
}

export const [getAppState, setAppState] = createContext<AppState>();
