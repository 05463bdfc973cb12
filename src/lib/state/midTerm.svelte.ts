/**
 * The mid-term review ("时间过半、任务过半") of the targets in the scorecard that have a
 * baseline and are still running: time elapsed against progress made, as chart rows.
 */
import type { MidTermInput } from '../charts/midterm.ts';
import { stampLine, stampOf } from './stamp.ts';
import { renderPng } from '../charts/echarts.ts';
import { buildMidTermOption, midTermHeight } from '../charts/midterm.ts';
import { indicatorName, regionName } from '../i18n/format.ts';
import type { AppState } from './app.svelte.ts';
import { targetLabel } from './chartData.ts';
import { downloadBlob, fileName } from './download.ts';
import { scorecardRows } from './scorecard.ts';
import '../i18n/laterLabels.ts';

export class MidTermModel {
	readonly #app: AppState;
	width = $state(900);
	readonly rows: MidTermInput['rows'];

	constructor(app: AppState) {
		this.#app = app;
		this.rows = $derived(this.#rows());
	}

	#rows(): MidTermInput['rows'] {
		const app = this.#app;
		const idx = app.effectiveIndex;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local for de-duplication, never state
		const seen = new Set<string>();
		return (
			scorecardRows(
				app.run,
				app.effective,
				{ ...app.view.snapshot(), status: null },
				app.scenario.settings.milestones,
				{ key: 'year', dir: 'asc' },
				app.scenario.settings.baseYear
			)
				.filter((r) => r.progress.midTerm && r.progress.base && r.progress.latest)
				// A mid-term review is of targets still running: due after the latest actual.
				.filter((r) => r.assessment.evaluatedYear > r.progress.latest!.year)
				.filter((r) => !seen.has(r.key) && (seen.add(r.key), true))
				.map((r) => {
					const m = r.progress.midTerm!;
					const unit = idx.indicators.byId(r.indicator)?.unit ?? '';
					const region =
						app.view.scope === 'all'
							? `${regionName(idx.regions.byId(r.region), app.lang)} · `
							: '';
					const name = indicatorName(idx.indicators.byId(r.indicator), app.lang);
					const years = `${r.progress.base!.year}→${r.progress.latest!.year}`;
					const span = app.lang === 'zh' ? `（${years}）` : ` (${years})`;
					return {
						label: `${region}${name} ${targetLabel(r.target, unit, app.lang)}${span}`,
						timeShare: m.timeShare,
						progressShare: m.progressShare,
						onSchedule: m.onSchedule
					};
				})
		);
	}

	input(compact = this.width < 600, subtitle?: string): MidTermInput {
		const app = this.#app;
		// With every region's targets the chart is not the focus region's: its title says so.
		const title =
			app.view.scope === 'all'
				? app.t('mid.chartTitleAll')
				: app.t('mid.chartTitle', { region: regionName(app.focusRegion, app.lang) });
		return {
			title,
			...(subtitle ? { subtitle } : {}),
			sourceLine: app.t('mid.source'),
			rows: this.rows,
			labels: {
				time: app.t('mid.time'),
				progress: app.t('mid.progress'),
				onSchedule: app.t('mid.onSchedule'),
				behind: app.t('mid.behind'),
				progressOn: app.t('mid.progressOn'),
				progressBehind: app.t('mid.progressBehind')
			},
			compact
		};
	}

	/** The chart at a report size, with its title, scenario, date and source line. */
	async exportPng(): Promise<void> {
		const app = this.#app;

		const stamp = stampOf(app.scenario);
		const subtitle = stampLine(stamp, app.effectiveIndex, app.lang, 2);
		const report = buildMidTermOption(this.input(false, subtitle));
		const url = await renderPng(report, 1200, Math.max(360, midTermHeight(this.rows.length, true)));
		const region = app.view.scope === 'all' ? 'all' : (app.focusRegion?.zh ?? '');
		const name = fileName(['mubiao', region, 'midterm', stamp.scenario, stamp.date], 'png');
		downloadBlob(await (await fetch(url)).blob(), name);
	}
}
