/**
 * The current scenario against another: the other scenario run on the same data (and, unless it
 * states its own, the same "today"), the focus region's targets side by side, the headline per
 * milestone, and what differs in the assumptions.
 */
import type { CompositeRow } from '../domain/engine/index.ts';
import { applyScenario } from '../scenario/apply.ts';
import { ScenarioRunner } from '../scenario/run.ts';
import { runSettings } from '../scenario/settings.ts';
import type { AppState } from './app.svelte.ts';
import { assumptionChanges, compareRuns, type CompareRow } from './compare.ts';
import type { Other } from './library.svelte.ts';

export class ScenarioComparison {
	readonly rows: CompareRow[];
	readonly changes: ReturnType<typeof assumptionChanges>;
	readonly milestones: { m: number; a: CompositeRow | undefined; b: CompositeRow | undefined }[];

	constructor(app: AppState, other: () => Other) {
		const otherRun = $derived.by(() => {
			// On the same data: the analyst's data layers of the other scenario are not applied again.
			const applied = applyScenario(app.dataset, { ...other().scenario, data: undefined });
			const settings = runSettings(other().scenario, app.scenario.settings.asOf);
			return {
				applied,
				run: new ScenarioRunner(applied.dataset).run(applied.assumptions, settings)
			};
		});
		this.rows = $derived(compareRuns(app.run, otherRun.run, app.view.region));
		this.changes = $derived(
			assumptionChanges(app.effective, app.scenario.assumptions, otherRun.applied.assumptions)
		);
		const find = (run: typeof app.run, m: number) =>
			run.composite.find((c) => c.region === app.view.region && c.milestone === m);
		this.milestones = $derived(
			app.scenario.settings.milestones.map((m) => ({
				m,
				a: find(app.run, m),
				b: find(otherRun.run, m)
			}))
		);
	}
}
