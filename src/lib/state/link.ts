/**
 * What a share link carries: the scenario, with only what differs from the default screen
 * (the built-in baseline, the default view, Chinese). Pure.
 */
import type { DatasetIndex } from '../data/registry.ts';
import type { DataEntry } from '../scenario/dataSchema.ts';
import { SCENARIO_FORMAT, SCENARIO_VERSION } from '../scenario/format.ts';
import { DEFAULT_HORIZON, DEFAULT_MILESTONES, type RunSettings } from '../scenario/settings.ts';
import type {
	Assumption,
	Scenario,
	ScenarioObservation,
	ScenarioTarget,
	ScenarioView
} from '../scenario/schema.ts';
import type { Lang } from '../i18n/format.ts';
import { defaultView, type View } from './view.ts';

export const DEFAULT_SCENARIO_NAME = '基线 Baseline';

export interface LinkState {
	name: string;
	description?: string | undefined;
	settings: RunSettings;
	view: View;
	lang: Lang;
	assumptions: readonly Assumption[];
	targets: readonly ScenarioTarget[];
	observations: readonly ScenarioObservation[];
	/** The analyst's data on screen (always written: an empty list switches the recipient's off). */
	data?: readonly DataEntry[];
}

const sameList = (a: readonly unknown[], b: readonly unknown[]) =>
	a.length === b.length && a.every((x, i) => x === b[i]);

/** The scenario of a link: fields equal to the defaults are left out. */
export function linkScenario(state: LinkState, index: DatasetIndex): Scenario {
	const s: Scenario = { format: SCENARIO_FORMAT, version: SCENARIO_VERSION, name: state.name };
	if (state.description) s.description = state.description;
	if (state.settings.baseYear !== undefined) s.baseYear = state.settings.baseYear;
	// Always: a link shows the verdicts its sender saw, whatever year it is opened in.
	s.asOf = state.settings.asOf;
	if (state.settings.horizon !== DEFAULT_HORIZON) s.horizon = state.settings.horizon;
	if (!sameList(state.settings.milestones, DEFAULT_MILESTONES))
		s.milestones = [...state.settings.milestones];
	const d = defaultView(index);
	// Region and indicator always: what a link shows must not move when the default screen does.
	const v: ScenarioView = { region: state.view.region, indicator: state.view.indicator };
	if (!sameList(state.view.compare, d.compare)) v.compare = [...state.view.compare];
	if (state.view.mode !== d.mode) v.mode = state.view.mode;
	if (state.view.scope !== d.scope) v.scope = state.view.scope;
	if (state.view.milestone !== d.milestone) v.milestone = state.view.milestone;
	if (state.view.status !== d.status) v.status = state.view.status;
	if (state.view.tab !== d.tab) v.tab = state.view.tab;
	if (state.view.rankParent !== null) v.rankParent = state.view.rankParent;
	else if (state.view.rankLevel !== null) v.rankLevel = state.view.rankLevel;
	if (state.view.rankYear !== null) v.rankYear = state.view.rankYear;
	if (state.view.against) v.against = { ...state.view.against };
	if (state.lang !== 'zh') v.lang = state.lang;
	s.view = v;
	if (state.assumptions.length > 0) s.assumptions = [...state.assumptions];
	if (state.targets.length > 0) s.targets = [...state.targets];
	if (state.observations.length > 0) s.observations = [...state.observations];
	if (state.data) s.data = [...state.data];
	return s;
}

/** Links longer than this are offered as a scenario file instead (some chat tools cut them). */
export const LINK_COMFORT_LIMIT = 8000;
