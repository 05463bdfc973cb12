/**
 * The page's state: one class with `$state` for what the analyst chose and `$derived` for
 * everything computed from it (the scenario's data, the engine's run, the focus projection).
 * Shared with components through a context. Effects that touch the outside world (URL,
 * IndexedDB, ECharts) live elsewhere.
 */
import { createContext } from 'svelte';
import type { Bilingual } from '../data/issues.ts';
import type { Dataset, Region } from '../data/model.ts';
import { indexDataset, type DatasetIndex } from '../data/registry.ts';
import type { Lang } from '../i18n/format.ts';
import { loadLang, translate, type StringKey } from '../i18n/strings.ts';
import { applyScenarioData, resolveAssumptions, seriesKey } from '../scenario/apply.ts';
import {
	DEFAULT_MILESTONES,
	runSettings,
	ScenarioRunner,
	type RunResult,
	type RunSettings
} from '../scenario/run.ts';
import type {
	Assumption,
	Scenario,
	ScenarioObservation,
	ScenarioTarget
} from '../scenario/schema.ts';
import { defaultView, type ViewState } from './view.ts';

export type { ViewState, ChartMode } from './view.ts';

export interface AppMessage {
	kind: 'error' | 'notice';
	text: Bilingual;
}

/** An assumption's editable fields. */
export type AssumptionPatch = Omit<Assumption, 'region' | 'indicator'>;

/** A previous dataset kept for undo, with what replaced it. */
interface UndoStep {
	dataset: Dataset;
	label: Bilingual;
}

export class AppState {
	lang = $state<Lang>('zh');
	/** Replaced, never mutated: undo keeps the previous value. */
	dataset: Dataset;
	undoStack = $state.raw<UndoStep[]>([]);
	view: ViewState;
	message = $state<AppMessage | null>(null);

	scenarioName = $state('基线 Baseline');
	scenarioDescription = $state<string | undefined>(undefined);
	settings = $state.raw<RunSettings>(runSettings({}));
	/** The assumptions the analyst (or a loaded scenario) set, by region and indicator id. */
	assumptions = $state.raw<Assumption[]>([]);
	scenarioTargets = $state.raw<ScenarioTarget[]>([]);
	scenarioObservations = $state.raw<ScenarioObservation[]>([]);

	readonly index: DatasetIndex;
	/** The loaded data with the scenario's own targets and observations. */
	readonly effective: Dataset;
	readonly effectiveIndex: DatasetIndex;
	readonly runner: ScenarioRunner;
	readonly run: RunResult;
	readonly focusRegion: Region | undefined;
	readonly focusKey: string;

	constructor(dataset: Dataset) {
		this.dataset = $state.raw(dataset);
		this.view = $state(defaultView(indexDataset(dataset)));
		this.index = $derived(indexDataset(this.dataset));
		this.effective = $derived(
			applyScenarioData(this.dataset, {
				name: this.scenarioName,
				targets: this.scenarioTargets,
				observations: this.scenarioObservations
			}).dataset
		);
		this.effectiveIndex = $derived(indexDataset(this.effective));
		this.runner = $derived(new ScenarioRunner(this.effective));
		this.run = $derived(
			this.runner.run(
				resolveAssumptions(this.effective, this.assumptions).assumptions,
				this.settings
			)
		);
		this.focusRegion = $derived(this.effectiveIndex.regions.byId(this.view.region));
		this.focusKey = $derived(seriesKey(this.view.region, this.view.indicator));
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

	notify(kind: AppMessage['kind'], text: Bilingual): void {
		this.message = { kind, text };
	}

	/** The assumption set for a region × indicator (by id), if any. */
	assumptionFor(region: string, indicator: string): Assumption | undefined {
		return this.assumptions.find((a) => a.region === region && a.indicator === indicator);
	}

	/** Change an assumption's fields; `undefined` fields are removed. */
	setAssumption(region: string, indicator: string, patch: AssumptionPatch): void {
		const current = this.assumptionFor(region, indicator) ?? { region, indicator };
		const next: Assumption = { ...current, ...patch };
		for (const k of Object.keys(next) as (keyof Assumption)[])
			if (next[k] === undefined) delete next[k];
		this.assumptions = [
			...this.assumptions.filter((a) => a !== this.assumptionFor(region, indicator)),
			next
		];
	}

	/** Back to the fitted linear trend (the assumption is dropped). */
	resetAssumption(region: string, indicator: string): void {
		this.assumptions = this.assumptions.filter(
			(a) => !(a.region === region && a.indicator === indicator)
		);
	}

	/** Replace the loaded data, keeping the previous dataset for undo. */
	replaceDataset(next: Dataset, label: Bilingual): void {
		this.undoStack = [...this.undoStack, { dataset: this.dataset, label }];
		this.dataset = next;
	}

	undo(): Bilingual | null {
		const last = this.undoStack[this.undoStack.length - 1];
		if (!last) return null;
		this.undoStack = this.undoStack.slice(0, -1);
		this.dataset = last.dataset;
		if (!this.effectiveIndex.regions.byId(this.view.region)) this.view = defaultView(this.index);
		this.view.compare = this.view.compare.filter((c) => this.effectiveIndex.regions.byId(c));
		return last.label;
	}

	/** The current screen as a scenario (names are ids; they resolve like names). */
	toScenario(): Scenario {
		const s: Scenario = { format: 'mubiao-scenario', version: 1, name: this.scenarioName };
		if (this.scenarioDescription) s.description = this.scenarioDescription;
		if (this.settings.baseYear !== undefined) s.baseYear = this.settings.baseYear;
		s.asOf = this.settings.asOf;
		s.horizon = this.settings.horizon;
		s.milestones = [...this.settings.milestones];
		s.view = { ...this.view, compare: [...this.view.compare], lang: this.lang };
		if (this.assumptions.length > 0) s.assumptions = this.assumptions;
		if (this.scenarioTargets.length > 0) s.targets = this.scenarioTargets;
		if (this.scenarioObservations.length > 0) s.observations = this.scenarioObservations;
		return s;
	}

	/** Show a scenario: its data, assumptions (names resolved to ids) and view. */
	loadScenario(s: Scenario): Bilingual[] {
		this.scenarioName = s.name;
		this.scenarioDescription = s.description;
		this.settings = runSettings(s);
		this.scenarioTargets = s.targets ?? [];
		this.scenarioObservations = s.observations ?? [];
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
		this.assumptions = assumptions;
		const base = defaultView(idx);
		const v = s.view ?? {};
		const region = v.region ? idx.regions.resolve(v.region) : undefined;
		const indicator = v.indicator ? idx.indicators.resolve(v.indicator) : undefined;
		this.view = {
			...base,
			region: region?.id ?? base.region,
			indicator: indicator?.id ?? base.indicator,
			compare: v.compare
				? v.compare.map((c) => idx.regions.resolve(c)?.id).filter((c): c is string => !!c)
				: base.compare,
			mode: v.mode ?? base.mode,
			scope: v.scope ?? base.scope,
			// null is a choice ("all milestones"): only an absent field takes the default
			milestone: v.milestone !== undefined ? v.milestone : base.milestone,
			status: v.status !== undefined ? v.status : base.status
		};
		if (v.lang) void this.setLang(v.lang);
		return warnings;
	}
}

export const [getAppState, setAppState] = createContext<AppState>();
export { DEFAULT_MILESTONES };
