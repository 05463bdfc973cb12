/**
 * The plan dashboard's state: the focus region's plan targets by milestone (derived), each
 * tile's words, and what a tile can do — show its indicator in the chart, set an assumption for
 * it (the chart and the assumption panel on it, the keyboard in the rate field), open its source.
 */
import { tick } from 'svelte';
import { formatNumber, formatValue, indicatorName } from '../i18n/format.ts';
import type { ResultRow } from '../scenario/run.ts';
import type { AppState } from './app.svelte.ts';
import { targetLabel, targetValueLabel } from './chartData.ts';
import { dashboardGroups, SUMMARY_ORDER, type DashboardGroup } from './dashboard.ts';
import { rateScale } from './rates.ts';

/** The element the rate is typed into (AssumptionPanel's number box). */
export const RATE_FIELD_ID = 'rate-number';

export class DashboardModel {
	readonly #app: AppState;
	readonly groups: DashboardGroup[];

	constructor(app: AppState) {
		this.#app = app;
		this.groups = $derived(
			dashboardGroups(
				app.run.byRegion.get(app.view.region) ?? [],
				app.scenario.settings.milestones,
				app.scenario.settings.baseYear
			)
		);
	}

	/** Whether any target of the group has data to start from. */
	hasData(g: DashboardGroup): boolean {
		return g.rows.some((r) => r.assessment.status !== 'no-data');
	}

	/** `5 项：需设定假设 2，无数据 3`. */
	summary(g: DashboardGroup): string {
		const app = this.#app;
		const [colon, join] = app.lang === 'zh' ? ['：', '，'] : [': ', ', '];
		const counts = SUMMARY_ORDER.filter((s) => g.counts[s])
			.map((s) => `${app.t(`status.${s}`)} ${g.counts[s]}`)
			.join(join);
		return `${app.t('dash.count', { n: g.rows.length })}${colon}${counts}`;
	}

	#unit(r: ResultRow): string {
		return r.target.unit ?? this.#app.effectiveIndex.indicators.byId(r.indicator)?.unit ?? '';
	}

	indicator(r: ResultRow): string {
		const app = this.#app;
		return indicatorName(app.effectiveIndex.indicators.byId(r.indicator), app.lang, r.indicator);
	}

	/** The target; one without a year sits in a group that says where it is judged. */
	target(r: ResultRow): string {
		const { lang } = this.#app;
		return r.target.year === null
			? targetValueLabel(r.target, this.#unit(r), lang)
			: targetLabel(r.target, this.#unit(r), lang);
	}

	/** `达成概率 62.1%`, or why there is none (a "no data" badge says it all by itself). */
	probability(r: ResultRow): string {
		const app = this.#app;
		const a = r.assessment;
		if (a.probability !== null)
			return app.t('dash.probability', { p: `${formatNumber(a.probability * 100, app.lang, 1)}%` });
		if (a.status === 'no-data') return '';
		return app.t(a.status === 'unverified' ? 'dash.why.unverified' : 'dash.why.needs-assumption');
	}

	/** Required against recent rate, in the rate's display unit; empty when neither applies. */
	rates(r: ResultRow): string {
		const app = this.#app;
		const a = r.assessment;
		if (!a.anchor) return '';
		const s = rateScale(a.method);
		const unit = s === 100 ? '%' : '';
		const fmt = (x: number) => `${formatNumber(x * s, app.lang, 3)}${unit}`;
		const parts: string[] = [];
		if (a.requiredRate !== null) parts.push(app.t('dash.required', { rate: fmt(a.requiredRate) }));
		if (a.status === 'needs-assumption' || a.basis.rate === 'none')
			parts.push(app.t('dash.recent.none'));
		else
			parts.push(
				app.t(a.basis.rate === 'assumed' ? 'dash.recent.assumed' : 'dash.recent.fitted', {
					rate: fmt(a.rate)
				})
			);
		return parts.join(' / ');
	}

	/** The compared value, as the scorecard shows it (`85%`). */
	value(r: ResultRow): string {
		const v = r.assessment.projected;
		return v === null ? '' : formatValue(v, this.#unit(r), this.#app.lang);
	}

	/** Whether the tile offers to set an assumption (a future target with data to start from). */
	canAssume(r: ResultRow): boolean {
		const a = r.assessment;
		return a.anchor !== null && (a.evaluation === 'projected' || a.status === 'needs-assumption');
	}

	/** The chart, the table and the assumption panel on this target's indicator. */
	show(r: ResultRow): void {
		this.#app.view.showTarget(r.region, r.indicator);
	}

	/** Focus the chart and the assumption panel on it, and put the keyboard in the rate field. */
	async setAssumption(r: ResultRow): Promise<void> {
		this.show(r);
		this.#app.view.setTab('chart');
		await tick();
		const field = document.getElementById(RATE_FIELD_ID);
		if (field instanceof HTMLInputElement) {
			field.focus();
			field.select();
		}
	}

	openSource(r: ResultRow): void {
		this.#app.provenance.showTarget(r);
	}
}
