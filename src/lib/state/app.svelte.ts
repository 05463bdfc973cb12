/**
 * The page's state, composed of small state objects: the view on screen, the scenario worked
 * on, the message shown, the language, and the loaded data with its undo steps. Everything
 * computed from them (the scenario's data, the engine's run, the focus projection) is `$derived`
 * here. Shared with components through a context; effects that touch the outside world (URL,
 * IndexedDB, ECharts) live elsewhere.
 */
import { createContext } from 'svelte';
import { asColumnar } from '../data/columnar.ts';
import { mergeDataset } from '../data/dataset.ts';
import type { Bilingual } from '../data/issues.ts';
import { appMessage } from '../i18n/messages/app.ts';
import type { Dataset, Region } from '../data/model.ts';
import { indexDataset, type DatasetIndex } from '../data/registry.ts';
import type { Lang } from '../i18n/format.ts';
import { loadLang, translate, type StringKey } from '../i18n/strings.ts';
import { applyScenarioData, resolveAssumptions, seriesKey } from '../scenario/apply.ts';
import { batchWorkers, type BatchWorkers } from '../scenario/batchPool.ts';
import { ScenarioRunner, type ProjectionRow, type RunResult } from '../scenario/run.ts';
import type { Assumption, Scenario } from '../scenario/schema.ts';
import { Messages, type AppMessage } from './messages.svelte.ts';
import { Provenance } from './provenance.svelte.ts';
import { ReferenceScenario } from './reference.svelte.ts';
import { ScenarioState } from './scenario.svelte.ts';
import { defaultView, type View } from './view.ts';
import { ViewState } from './view.svelte.ts';

export type { View, ChartMode } from './view.ts';
export type { AppMessage };
export type { AssumptionPatch } from './scenario.svelte.ts';

/** A previous dataset kept for undo, with what replaced it. */
interface UndoStep {
	dataset: Dataset;
	label: Bilingual;
}

export class AppState {
	lang = $state<Lang>('zh');
	/** Replaced, never mutated: undo keeps the previous value. Held by column (data/columnar.ts). */
	#dataset: Dataset;
	undoStack = $state.raw<UndoStep[]>([]);
	readonly view: ViewState;
	readonly scenario = new ScenarioState();
	readonly messages = new Messages();
	readonly provenance: Provenance = new Provenance(this);

	readonly index: DatasetIndex;
	/** The loaded data with the scenario's own targets and observations. */
	readonly effective: Dataset;
	readonly effectiveIndex: DatasetIndex;
	readonly runner: ScenarioRunner;
	/**
	 * The engine's run of the current scenario. For a large dataset a global change is assessed
	 * in the batch workers: `run.pending` is true meanwhile, and the run is taken again when the
	 * workers' results are in.
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

	constructor(dataset: Dataset) {
		this.#dataset = $state.raw(asColumnar(dataset));
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
				onUpdate: () => this.#runs++
			})
		);
		this.run = $derived.by(() => {
			void this.#runs;
			return this.runner.run(
				resolveAssumptions(this.effective, this.scenario.assumptions).assumptions,
				this.scenario.settings
			);
		});
		this.focusRegion = $derived(this.effectiveIndex.regions.byId(this.view.region));
		this.focusKey = $derived(seriesKey(this.view.region, this.view.indicator));
		this.focusRow = $derived(this.run.projections.get(this.focusKey));
		this.reference = new ReferenceScenario(this);
	}

	/** The loaded data (any dataset given is kept by column). */
	get dataset(): Dataset {
		return this.#dataset;
	}

	set dataset(next: Dataset) {
		this.#dataset = asColumnar(next);
	}

	/** The page's batch workers, where the browser has workers (started when first needed). */
	#batchWorkers(): BatchWorkers | null {
		if (this.#workers === undefined)
			this.#workers = typeof Worker === 'undefined' ? null : batchWorkers();
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

	/** Replace the loaded data, keeping the previous dataset for undo. */
	replaceDataset(next: Dataset, label: Bilingual): void {
		this.undoStack = [...this.undoStack, { dataset: this.dataset, label }];
		this.dataset = next;
	}

	/** Add figures to the loaded data (an extracted document, say), as one step to undo. */
	addData(addition: Dataset, label: Bilingual, notice: Bilingual): void {
		this.replaceDataset(mergeDataset(this.dataset, addition), label);
		this.notify('notice', notice);
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
		const last = this.undoStack[this.undoStack.length - 1];
		if (!last) return null;
		this.undoStack = this.undoStack.slice(0, -1);
		this.dataset = last.dataset;
		const regions = this.effectiveIndex.regions;
		this.view.prune((id) => regions.byId(id) !== undefined, defaultView(this.index));
		return last.label;
	}

	/** The current screen as a scenario (names are ids; they resolve like names). */
	toScenario(): Scenario {
		return { ...this.scenario.fields(), view: { ...this.view.snapshot(), lang: this.lang } };
	}

	/** Show a scenario: its data, assumptions (names resolved to ids) and view. */
	loadScenario(s: Scenario): Bilingual[] {
		this.scenario.take(s);
		const idx = this.effectiveIndex;
		const warnings: Bilingual[] = [];
		const assumptions: Assumption[] = [];
		for (const a of s.assumptions ?? []) {
			const region = idx.regions.resolve(a.region);
			const indicator = idx.indicators.resolve(a.indicator);
			if (region && indicator)
				assumptions.push({ ...a, region: region.id, indicator: indicator.id });
			else warnings.push(...resolveAssumptions(this.effective, [a]).warnings);
		}
		this.scenario.assumptions = assumptions;
		this.view.set(viewOf(s.view ?? {}, idx));
		void this.reference.resolve();
		if (s.view?.lang) void this.setLang(s.view.lang);
		return warnings;
	}
}

/** A scenario's view with names resolved to ids; what it leaves out takes the default. */
function viewOf(v: NonNullable<Scenario['view']>, idx: DatasetIndex): View {
	const base = defaultView(idx);
	const region = v.region ? idx.regions.resolve(v.region) : undefined;
	const indicator = v.indicator ? idx.indicators.resolve(v.indicator) : undefined;
	return {
		region: region?.id ?? base.region,
		indicator: indicator?.id ?? base.indicator,
		compare: v.compare
			? v.compare.map((c) => idx.regions.resolve(c)?.id).filter((c): c is string => !!c)
			: base.compare,
		mode: v.mode ?? base.mode,
		scope: v.scope ?? base.scope,
		// null is a choice ("all milestones"): only an absent field takes the default
		milestone: v.milestone !== undefined ? v.milestone : base.milestone,
		status: v.status !== undefined ? v.status : base.status,
		tab: v.tab ?? base.tab,
		rankLevel: v.rankLevel ?? null,
		rankParent: v.rankParent ? (idx.regions.resolve(v.rankParent)?.id ?? null) : null,
		rankYear: v.rankYear ?? null,
		against: v.against ?? null
	};
}

export const [getAppState, setAppState] = createContext<AppState>();
