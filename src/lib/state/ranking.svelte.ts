/**
 * The ranking view's state: which regions (a level, or a region's children), which year, the
 * ranking and its bar chart — all in the view, so the link carries them.
 */
import { buildRankingOption, type RankingChartInput } from '../charts/ranking.ts';
import type { ChartOption } from '../charts/types.ts';
import { seriesOf } from '../data/dataset.ts';
import { formatValue, indicatorName, regionName } from '../i18n/format.ts';
import type { AppState } from './app.svelte.ts';
import {
	bestYear,
	rankScopeOf,
	rankScopes,
	ranking,
	regionsOfScope,
	type RankScope,
	type Ranking
} from './ranking.ts';
import { projectionsOf } from './projections.ts';
import '../i18n/laterLabels.ts';

/** A scope as a `<select>` value: `level:province`, `in:chongqing`. */
export const scopeKey = (s: RankScope): string =>
	s.parent !== null ? `in:${s.parent}` : `level:${s.level}`;

export class RankingModel {
	readonly #app: AppState;
	width = $state(900);
	readonly scopes: RankScope[];
	readonly scope: RankScope;
	/** The years offered: from the first actual of the regions ranked to the horizon. */
	readonly years: number[];
	readonly year: number | null;
	readonly ranking: Ranking | null;
	readonly option: ChartOption;

	constructor(app: AppState) {
		this.#app = app;
		this.scopes = $derived(rankScopes(app.effective.regions));
		this.scope = $derived(rankScopeOf(app.view, app.effective.regions));
		const members = $derived(regionsOfScope(this.scope, app.effective.regions).map((r) => r.id));
		this.years = $derived.by(() => {
			const first = Math.min(
				...members.map((r) => seriesOf(app.effective, r, app.view.indicator)[0]?.year ?? Infinity)
			);
			const horizon = app.scenario.settings.horizon;
			const from = Number.isFinite(first) ? Math.min(first, horizon) : horizon;
			return Array.from({ length: horizon - from + 1 }, (_, i) => from + i);
		});
		this.year = $derived(app.view.rankYear ?? bestYear(app.effective, members, app.view.indicator));
		this.ranking = $derived.by(() => {
			if (this.year === null) return null;
			const national = app.effective.regions.find((r) => r.level === 'national')?.id;
			return ranking({
				dataset: app.effective,
				scope: this.scope,
				indicator: app.view.indicator,
				direction: app.effectiveIndex.indicators.byId(app.view.indicator)?.direction ?? 'up',
				year: this.year,
				focus: app.view.region,
				projections: projectionsOf(
					app.run,
					national ? [...members, national] : members,
					app.view.indicator
				)
			});
		});
		this.option = $derived(buildRankingOption(this.input()));
	}

	get unit(): string {
		return this.#app.effectiveIndex.indicators.byId(this.#app.view.indicator)?.unit ?? '';
	}

	name(region: string): string {
		return regionName(this.#app.effectiveIndex.regions.byId(region), this.#app.lang, region);
	}

	format(value: number): string {
		return formatValue(value, this.unit, this.#app.lang);
	}

	scopeLabel(s: RankScope): string {
		const app = this.#app;
		if (s.parent !== null) return app.t('rank.children', { region: this.name(s.parent) });
		return app.t(`rank.level.${s.level === 'national' ? 'province' : s.level}`);
	}

	get indicatorLabel(): string {
		const app = this.#app;
		return indicatorName(app.effectiveIndex.indicators.byId(app.view.indicator), app.lang);
	}

	get title(): string {
		const app = this.#app;
		return app.t('rank.title', {
			indicator: this.indicatorLabel,
			scope: this.scopeLabel(this.scope),
			year: this.year ?? '—'
		});
	}

	input(compact = this.width < 600): RankingChartInput {
		const app = this.#app;
		const r = this.ranking;
		return {
			title: this.title,
			sourceLine: app.t('rank.source'),
			unitLabel: this.unit,
			bars: (r?.entries ?? []).map((e) => ({
				name: this.name(e.region),
				value: e.value,
				focus: e.focus,
				estimate: e.kind !== 'actual'
			})),
			national: r?.national
				? { label: this.name(r.national.region), value: r.national.value }
				: null,
			labels: { estimate: app.t('rank.estimate') },
			formatValue: (v) => this.format(v),
			compact
		};
	}

	setScope(key: string): void {
		const found = this.scopes.find((s) => scopeKey(s) === key);
		if (found) this.#app.view.setRanking(found.level, found.parent);
	}

	/** A year of the list; the latest year with data is the default (null). */
	setYear(year: number | null): void {
		this.#app.view.setRankYear(year);
	}
}
