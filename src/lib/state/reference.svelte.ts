/**
 * The scenario the current one is compared with: by default the fitted trends (the same data
 * without assumptions), or a chosen built-in or saved scenario (the view's `against`). Its run
 * gives the faint line on the chart, the scorecard's difference column and the full comparison.
 * Nothing is computed while the current scenario has no assumptions and no other is chosen:
 * then the two are the same.
 */
import type { Projection } from '../domain/engine/index.ts';
import { viewMessage } from '../i18n/messages/views.ts';
import { applyScenario, seriesKey } from '../scenario/apply.ts';
import { ScenarioRunner, type RunResult } from '../scenario/run.ts';
import type { Scenario } from '../scenario/schema.ts';
import { runSettings } from '../scenario/settings.ts';
import type { ReferenceRef } from '../scenario/viewFields.ts';
import type { AppState } from './app.svelte.ts';
import { builtInScenario } from './builtins.ts';
import { NO_ASSUMPTIONS } from './projections.ts';

const refKey = (r: ReferenceRef) => `${r.kind}:${r.name}`;

/** A loaded scenario to compare with, as the view names it. */
export interface LoadedReference {
	ref: ReferenceRef;
	scenario: Scenario;
}

export class ReferenceScenario {
	readonly #app: AppState;
	/** Scenarios loaded so far, by `kind:name` (replaced, never changed). */
	#loaded = $state.raw<Readonly<Record<string, Scenario>>>({});
	/** Whether the full comparison (both projections, the verdict changes) is open. */
	open = $state(false);
	/** The chosen scenario, once loaded; null: the fitted trends (or still loading). */
	readonly scenario: Scenario | null;
	/** The other run; null when it would equal the current run. */
	readonly run: RunResult | null;

	constructor(app: AppState) {
		this.#app = app;
		// The page's own runner as it stands, but for the series the analyst has changed: at
		// county scale a runner of its own took a quarter of a second on the first slider move.
		const baselineRunner = $derived(app.runner.fork() ?? new ScenarioRunner(app.effective));
		const baselineRun = $derived(baselineRunner.run(NO_ASSUMPTIONS, app.scenario.settings));
		const otherRun = $derived.by(() => {
			const s = this.scenario;
			if (!s) return null;
			// On the same data: the analyst's data layers the other scenario carries are not applied
			// again (they are the page's own layers, or named as missing).
			const applied = applyScenario(app.dataset, { ...s, data: undefined });
			const settings = runSettings(s, app.scenario.settings.asOf);
			return new ScenarioRunner(applied.dataset).run(applied.assumptions, settings);
		});
		this.scenario = $derived.by(() => {
			const ref = app.view.against;
			return ref ? (this.#loaded[refKey(ref)] ?? null) : null;
		});
		this.run = $derived(
			this.scenario ? otherRun : app.scenario.assumptions.length > 0 ? baselineRun : null
		);
	}

	/** The name of what is compared with, as the legend and the headers say it. */
	get label(): string {
		return this.scenario?.name ?? this.#app.t('ref.fitted');
	}

	/** Whether a scenario other than the fitted trends is chosen. */
	get chosen(): boolean {
		return this.scenario !== null;
	}

	/**
	 * The other run's projection of one region × indicator, if it differs from the current one,
	 * or if the current scenario sets an assumption there: a slider moving that assumption then
	 * passes over the other's line without the line (and its legend entry) coming and going.
	 */
	projectionOf(region: string, indicator: string): Projection | null {
		const key = seriesKey(region, indicator);
		const other = this.run?.projections.get(key)?.projection;
		const mine = this.#app.run.projections.get(key)?.projection;
		if (!other?.anchor || !mine) return null;
		if (this.#app.assumptions.has(key)) return other;
		return sameProjection(other, mine, this.#app.scenario.settings.horizon) ? null : other;
	}

	/** Compare with a scenario (and open the full comparison), or with the fitted trends (null). */
	choose(ref: ReferenceRef | null, scenario?: Scenario): void {
		if (ref && scenario) this.#remember(ref, scenario);
		this.#app.view.setAgainst(ref);
		this.open = ref !== null;
	}

	/**
	 * Load the scenario the view names (after a link or a scenario file was opened). One that
	 * cannot be found falls back to the fitted trends, and says so.
	 */
	async resolve(): Promise<void> {
		const ref = this.#app.view.against;
		if (!ref || refKey(ref) in this.#loaded) return;
		const scenario = ref.kind === 'builtin' ? await builtIn(ref.name) : await saved(ref);
		if (scenario) this.#remember(ref, scenario);
		else if (this.#app.view.against === ref) {
			this.#app.view.setAgainst(null);
			this.#app.notify('notice', viewMessage('reference.missing', { name: ref.name }));
		}
	}

	#remember(ref: ReferenceRef, scenario: Scenario): void {
		this.#loaded = { ...this.#loaded, [refKey(ref)]: scenario };
	}
}

/** A built-in scenario (the list loads with the first one asked for). */
async function builtIn(name: string): Promise<Scenario | null> {
	return builtInScenario(name);
}

/** A scenario saved in this browser, by name (the newest of that name). */
async function saved(ref: ReferenceRef): Promise<Scenario | null> {
	const { openScenarioStore } = await import('../scenario/store.ts');
	const opened = await openScenarioStore();
	if (!('store' in opened)) return null;
	const { items } = await opened.store.list();
	return items.find((i) => i.name === ref.name)?.scenario ?? null;
}

/** The same anchor and the same values in every year up to the horizon. */
function sameProjection(a: Projection, b: Projection, horizon: number): boolean {
	if (a.anchor?.year !== b.anchor?.year || a.anchor?.value !== b.anchor?.value) return false;
	const from = a.anchor?.year ?? horizon;
	for (let t = from; t <= horizon; t++)
		if (Math.abs(a.valueAt(t) - b.valueAt(t)) > 1e-9 * Math.max(1, Math.abs(b.valueAt(t))))
			return false;
	return true;
}
