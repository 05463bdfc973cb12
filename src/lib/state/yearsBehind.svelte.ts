/**
 * The years-behind line: the focus region's projected value at a milestone (the scorecard's
 * milestone, else the first after its latest actual), and for each comparison region the year it
 * reached or is projected to reach that value.
 */
import { seriesKey } from '../scenario/apply.ts';
import { formatValue, indicatorName, regionName } from '../i18n/format.ts';
import type { AppState } from './app.svelte.ts';
import { standing, yearReached, type Standing } from './yearsBehind.ts';

export interface BehindLine {
	region: string;
	standing: Standing;
}

/** Why there is nothing to compare, or the focus's value and a line per comparison region. */
export type YearsBehind =
	| { kind: 'none'; reason: 'noFocus' | 'noTrend' | 'noCompare' }
	| { kind: 'lines'; milestone: number; value: number; lines: BehindLine[] };

export class YearsBehindModel {
	readonly #app: AppState;
	readonly result: YearsBehind;

	constructor(app: AppState) {
		this.#app = app;
		this.result = $derived(this.#compute());
	}

	#compute(): YearsBehind {
		const app = this.#app;
		const p = app.focusRow?.projection;
		const anchor = p?.anchor;
		if (!p || !anchor) return { kind: 'none', reason: 'noFocus' };
		if (p.needsAssumption) return { kind: 'none', reason: 'noTrend' };
		if (app.view.compare.length === 0) return { kind: 'none', reason: 'noCompare' };
		const milestones = app.scenario.settings.milestones;
		const milestone =
			app.view.milestone !== null && app.view.milestone > anchor.year
				? app.view.milestone
				: (milestones.find((m) => m > anchor.year) ?? null);
		if (milestone === null) return { kind: 'none', reason: 'noFocus' };
		const value = p.valueAt(milestone);
		const direction = app.effectiveIndex.indicators.byId(app.view.indicator)?.direction ?? 'up';
		const lines = app.view.compare.map((region) => {
			const row = app.run.projections.get(seriesKey(region, app.view.indicator));
			const q = row?.projection;
			const reach = yearReached({
				value,
				direction,
				points: row?.points ?? [],
				projection:
					q?.anchor && !q.needsAssumption
						? { fromYear: q.anchor.year, valueAt: (t) => q.valueAt(t) }
						: null,
				until: app.scenario.settings.horizon
			});
			return { region, standing: standing(milestone, reach) };
		});
		return { kind: 'lines', milestone, value, lines };
	}

	/** The line for one comparison region, in words. */
	sentence(line: BehindLine): string {
		const app = this.#app;
		const name = regionName(app.effectiveIndex.regions.byId(line.region), app.lang, line.region);
		const { reach, year, years } = line.standing;
		if (reach.kind === 'no-data') return app.t('yb.noData', { region: name });
		// In English the number carries its noun ("1 year", "8 years"); in Chinese 年 follows it.
		const count = (n: number) => (app.lang === 'en' ? `${n} ${n === 1 ? 'year' : 'years'}` : n);
		if (reach.kind === 'not-reached')
			return reach.projected
				? app.t('yb.notYet', { region: name, year: reach.until, n: count(-(years ?? 0)) })
				: app.t('yb.notInData', { region: name, year: reach.until });
		const params = { region: name, year: year!, n: count(Math.abs(years ?? 0)) };
		if (reach.how === 'before') return app.t('yb.before', params);
		const where = years === 0 ? 'level' : (years ?? 0) > 0 ? 'behind' : 'ahead';
		return app.t(reach.how === 'projected' ? `yb.${where}Projected` : `yb.${where}`, params);
	}

	/** `重庆市 2027 预计 65.9%`. */
	get focusText(): string {
		const app = this.#app;
		const r = this.result;
		if (r.kind !== 'lines') return '';
		const unit = app.effectiveIndex.indicators.byId(app.view.indicator)?.unit ?? '';
		return app.t('yb.focus', {
			region: regionName(app.focusRegion, app.lang),
			year: r.milestone,
			value: formatValue(r.value, unit, app.lang, 1)
		});
	}

	/** Why there is nothing to compare, in words. */
	get reason(): string {
		const app = this.#app;
		const r = this.result;
		if (r.kind !== 'none') return '';
		const params = {
			region: regionName(app.focusRegion, app.lang),
			indicator: indicatorName(app.effectiveIndex.indicators.byId(app.view.indicator), app.lang)
		};
		return app.t(`yb.${r.reason}`, params);
	}
}
