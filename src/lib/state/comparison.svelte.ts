/**
 * The current scenario against the one compared with (the fitted trends, or a chosen scenario):
 * the focus region's targets side by side, the verdicts that changed, the headline per
 * milestone, what differs in the assumptions, and one chart with both projections.
 */
import { buildComparisonOption } from '../charts/comparison.ts';
import type { ChartOption } from '../charts/types.ts';
import type { Assumption, CompositeRow } from '../domain/engine/index.ts';
import { indicatorName, regionName } from '../i18n/format.ts';
import { applyScenario } from '../scenario/apply.ts';
import type { AppState } from './app.svelte.ts';
import { comparisonInput } from './chartData.ts';
import { assumptionChanges, compareRuns, type CompareRow } from './compare.ts';
import { NO_ASSUMPTIONS } from './projections.ts';

export class ScenarioComparison {
	readonly #app: AppState;
	width = $state(1000);
	readonly rows: CompareRow[];
	/** The rows whose verdict or probability changed. */
	readonly changed: CompareRow[];
	readonly changes: ReturnType<typeof assumptionChanges>;
	readonly milestones: { m: number; a: CompositeRow | undefined; b: CompositeRow | undefined }[];
	readonly option: ChartOption;

	constructor(app: AppState) {
		this.#app = app;
		const ref = app.reference;
		const other = $derived(ref.run ?? app.run);
		const otherAssumptions = $derived<ReadonlyMap<string, Assumption>>(
			ref.scenario
				? // The same data: the analyst's data the other scenario carries is not applied again.
					applyScenario(app.dataset, { ...ref.scenario, data: undefined }).assumptions
				: NO_ASSUMPTIONS
		);
		this.rows = $derived(compareRuns(app.run, other, app.view.region));
		this.changed = $derived(
			this.rows.filter(
				(r) => r.a?.status !== r.b?.status || (r.delta !== null && Math.abs(r.delta) >= 0.0005)
			)
		);
		this.changes = $derived(
			assumptionChanges(app.effective, app.scenario.assumptions, otherAssumptions)
		);
		const find = (run: typeof app.run, m: number) =>
			run.compositeOf(app.view.region).find((c) => c.milestone === m);
		this.milestones = $derived(
			app.scenario.settings.milestones.map((m) => ({
				m,
				a: find(app.run, m),
				b: find(other, m)
			}))
		);
		this.option = $derived(buildComparisonOption(this.#chartInput()));
	}

	/** The focus region's actuals, its projection under the current scenario and the other's. */
	#chartInput() {
		const app = this.#app;
		const view = { ...app.view.snapshot(), compare: [] };
		const current = app.scenario.name;
		const input = comparisonInput({
			dataset: app.effective,
			view,
			lang: app.lang,
			milestones: app.scenario.settings.milestones,
			horizon: app.scenario.settings.horizon,
			projection: app.focusRow?.projection ?? null,
			ghost: (() => {
				const p = app.reference.projectionOf(app.view.region, app.view.indicator);
				return p ? { projection: p, name: app.reference.label } : null;
			})(),
			compact: this.width < 600
		});
		return {
			...input,
			title: app.t('cmp.chartTitle', {
				indicator: indicatorName(app.effectiveIndex.indicators.byId(view.indicator), app.lang),
				region: regionName(app.focusRegion, app.lang)
			}),
			projection: input.projection ? { ...input.projection, name: current } : null
		};
	}

	get otherLabel(): string {
		return this.#app.reference.label;
	}

	close(): void {
		this.#app.reference.open = false;
	}
}
