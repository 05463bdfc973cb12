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

	/** The assumption set for a region × indicator (by id), if any. */
	assumptionFor(region: string, indicator: string): Assumption | undefined {
		return this.assumptions.find((a) => a.region === region && a.indicator === indicator);
	}

	/** Change an assumption's fields; `undefined` fields are removed. */
	setAssumption(region: string, indicator: string, patch: AssumptionPatch): void {
		const current = this.assumptionFor(region, indicator);
		const next: Assumption = { ...(current ?? { region, indicator }), ...patch };
		for (const k of Object.keys(next) as (keyof Assumption)[])
			if (next[k] === undefined) delete next[k];
		this.assumptions = [...this.assumptions.filter((a) => a !== current), next];
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
