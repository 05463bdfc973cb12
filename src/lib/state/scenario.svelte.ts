/**
 * The scenario being worked on: its name, run settings, the analyst's assumptions (by region and
 * indicator id) and the data it carries. Replaced values, never mutated (`$state.raw`).
 */
import { SCENARIO_FORMAT, SCENARIO_VERSION } from '../scenario/format.ts';
import { NAME_MAX } from '../scenario/limits.ts';
import { runSettings, type RunSettings } from '../scenario/settings.ts';
import type {
	Assumption,
	Scenario,
	ScenarioObservation,
	ScenarioTarget
} from '../scenario/schema.ts';
import { seriesKey } from '../domain/vocabulary.ts';
import { DEFAULT_SCENARIO_NAME } from './link.ts';

/** An assumption's editable fields. */
export type AssumptionPatch = Omit<Assumption, 'region' | 'indicator'>;

export class ScenarioState {
	name = $state(DEFAULT_SCENARIO_NAME);
	description = $state<string | undefined>(undefined);
	settings = $state.raw<RunSettings>(runSettings({}));
	/** The assumptions the analyst (or a loaded scenario) set, by region and indicator id. */
	assumptions = $state.raw<Assumption[]>([]);
	targets = $state.raw<ScenarioTarget[]>([]);
	observations = $state.raw<ScenarioObservation[]>([]);

	rename(name: string): void {
		this.name = name.slice(0, NAME_MAX);
	}

	/** The name as it is saved and linked: a blank one is the default (a scenario has a name). */
	get savedName(): string {
		return this.name.trim() || DEFAULT_SCENARIO_NAME;
	}

	/**
	 * The assumptions by region × indicator, for the list {@link setAssumption} wrote last: built
	 * when a list set otherwise (a loaded scenario, a method for all) is first edited, then
	 * carried from move to move, so that a slider moving one assumption of 90,000 neither scans
	 * nor indexes the list again.
	 */
	#index: { list: readonly Assumption[]; byKey: Map<string, Assumption> } | null = null;

	#indexed(): Map<string, Assumption> | null {
		return this.#index?.list === this.assumptions ? this.#index.byKey : null;
	}

	/** The assumption set for a region × indicator (by id), if any (the first, if set twice). */
	assumptionFor(region: string, indicator: string): Assumption | undefined {
		const byKey = this.#indexed();
		if (byKey) return byKey.get(seriesKey(region, indicator));
		return this.assumptions.find((a) => a.region === region && a.indicator === indicator);
	}

	/**
	 * Change an assumption's fields; `undefined` fields are removed. The assumption keeps its
	 * place in the list (a new one goes last), so that the list resolved last needs only this
	 * entry resolved again (scenario/apply.ts).
	 */
	setAssumption(region: string, indicator: string, patch: AssumptionPatch): void {
		let byKey = this.#indexed();
		if (!byKey) {
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- an index of the list, not state
			byKey = new Map();
			for (const a of this.assumptions) {
				const k = seriesKey(a.region, a.indicator);
				if (!byKey.has(k)) byKey.set(k, a);
			}
		}
		const key = seriesKey(region, indicator);
		const current = byKey.get(key);
		const next: Assumption = { ...(current ?? { region, indicator }), ...patch };
		for (const k of Object.keys(next) as (keyof Assumption)[])
			if (next[k] === undefined) delete next[k];
		const list = this.assumptions.slice();
		const at = current ? list.indexOf(current) : -1;
		if (at < 0) list.push(next);
		else list[at] = next;
		byKey.set(key, next);
		this.#index = { list, byKey };
		this.assumptions = list;
	}

	/** Back to the fitted trend (the assumption is dropped). */
	resetAssumption(region: string, indicator: string): void {
		this.assumptions = this.assumptions.filter(
			(a) => !(a.region === region && a.indicator === indicator)
		);
	}

	/**
	 * Take a scenario's name, settings and data; its assumptions are set by the caller once they
	 * are resolved against the data this makes (they may name regions only the scenario has).
	 */
	take(s: Scenario): void {
		this.name = s.name;
		this.description = s.description;
		this.settings = runSettings(s);
		this.targets = s.targets ?? [];
		this.observations = s.observations ?? [];
	}

	/** This scenario's own fields as a scenario file (the view is added by the caller). */
	fields(): Scenario {
		const s: Scenario = {
			format: SCENARIO_FORMAT,
			version: SCENARIO_VERSION,
			name: this.savedName
		};
		if (this.description) s.description = this.description;
		if (this.settings.baseYear !== undefined) s.baseYear = this.settings.baseYear;
		s.asOf = this.settings.asOf;
		s.horizon = this.settings.horizon;
		s.milestones = [...this.settings.milestones];
		if (this.assumptions.length > 0) s.assumptions = this.assumptions;
		if (this.targets.length > 0) s.targets = this.targets;
		if (this.observations.length > 0) s.observations = this.observations;
		return s;
	}
}
