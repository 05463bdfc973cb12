/**
 * The scorecard as the page shows it: sorted and filtered rows, the headline of the focus
 * region, and what a row can do (focus the chart on it, goal seek its rate, show its sources).
 */
import { seriesOf } from '../data/dataset.ts';
import { isEntered, type DataLayer } from '../data/layers.ts';
import { stampOf } from './stamp.ts';
import { seriesKey } from '../data/vocabulary.ts';
import type { CompositeRow, Status } from '../domain/engine/index.ts';
import type { ResultRow } from '../scenario/run.ts';
import { formatNumber } from '../i18n/format.ts';
import type { AppState } from './app.svelte.ts';
import { GapEntry } from './gapEntry.svelte.ts';
import { goalSeekRate, type GoalSeek } from './rates.ts';
import { diffRuns, type ResultDiff } from './compare.ts';
import { headline, scorecardRows, type Sort, type SortKey } from './scorecard.ts';

/** A change of probability below this (0.05 percentage points) reads as "same". */
const DIFF_SHOWN = 0.0005;

export class ScorecardModel {
	readonly #app: AppState;
	sort = $state<Sort>({ key: 'year', dir: 'asc' });
	/** The statuses to filter by, in the order the filter lists them. */
	readonly statuses: readonly Status[] = [
		'on-track',
		'at-risk',
		'off-track',
		'needs-assumption',
		'met',
		'missed',
		'unverified',
		'no-data'
	];
	readonly rows: ResultRow[];
	readonly heads: CompositeRow[];
	/**
	 * Each row against the scenario compared with (the fitted trends, or a chosen scenario); null
	 * when the two are the same, or no row differs — then there is no difference column.
	 */
	readonly diffs: ReadonlyMap<string, ResultDiff> | null;

	constructor(app: AppState) {
		this.#app = app;
		this.rows = $derived(
			scorecardRows(
				app.run,
				app.effective,
				app.view,
				app.scenario.settings.milestones,
				this.sort,
				app.scenario.settings.baseYear
			)
		);
		this.heads = $derived(headline(app.run, app.view.region));
		this.diffs = $derived.by(() => {
			const other = app.reference.run;
			if (!other) return null;
			const diffs = diffRuns(this.rows, other);
			const rows = this.rows;
			const differs = rows.some((r) => {
				const d = diffs.get(r.key);
				return d && (d.was !== r.assessment.status || Math.abs(d.delta ?? 0) >= DIFF_SHOWN);
			});
			return differs ? diffs : null;
		});
	}

	/** The difference column's cell: the change of probability, and the status before if it moved. */
	diffOf(r: ResultRow): { change: string; was: string | null } | null {
		const d = this.diffs?.get(r.key);
		if (!d) return null;
		const app = this.#app;
		const moved = d.was !== r.assessment.status;
		const change =
			d.delta !== null && Math.abs(d.delta) >= DIFF_SHOWN
				? app.t('score.diffPoints', {
						sign: d.delta > 0 ? '+' : '−',
						n: formatNumber(Math.abs(d.delta) * 100, app.lang, 1)
					})
				: moved
					? ''
					: app.t('score.diffSame');
		return {
			change,
			was: moved ? app.t('score.diffWas', { status: app.t(`status.${d.was}`) }) : null
		};
	}

	/** The difference column's header. */
	get diffHeader(): string {
		return this.#app.t('score.col.diff', { name: this.#app.reference.label });
	}

	sortBy(key: SortKey): void {
		const s = this.sort;
		this.sort =
			s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'asc' };
	}

	ariaSort(key: SortKey): 'ascending' | 'descending' | 'none' {
		return this.sort.key === key ? (this.sort.dir === 'asc' ? 'ascending' : 'descending') : 'none';
	}

	/** Chart and assumption panel on this row's region and indicator. */
	focus(r: ResultRow): void {
		this.#app.view.showTarget(r.region, r.indicator);
	}

	/** Set the rate that meets the target (or meets it with 80 % probability). */
	seek(r: ResultRow, goal: GoalSeek): void {
		const p = this.#app.run.projections.get(seriesKey(r.region, r.indicator))?.projection;
		if (!p) return;
		const rate = goalSeekRate(r.assessment, p, goal);
		if (rate === null) return;
		this.focus(r);
		this.#app.scenario.setAssumption(r.region, r.indicator, { method: p.method, rate });
	}

	/** Whether goal seek applies to a row (a forecast with a required rate). */
	canSeek(r: ResultRow): boolean {
		const a = r.assessment;
		const forecast: readonly Status[] = ['on-track', 'at-risk', 'off-track', 'needs-assumption'];
		return a.requiredRate !== null && forecast.includes(a.status);
	}

	#point(r: ResultRow, year: number) {
		return seriesOf(this.#app.effective, r.region, r.indicator).find((p) => p.year === year);
	}

	/** The known disagreement about the actual of a year, if any. */
	disputedAt(r: ResultRow, year: number) {
		return this.#point(r, year)?.disputed ?? null;
	}

	/** Whether the actual of a year has its year read from context. */
	inferredAt(r: ResultRow, year: number): boolean {
		return this.#point(r, year)?.observation.yearInferred === true;
	}

	/** Whether the actual of a year is a value the analyst typed in ("用户录入"). */
	enteredAt(r: ResultRow, year: number): boolean {
		const point = this.#point(r, year);
		return point !== undefined && isEntered(this.#app.effective, point.observation);
	}

	/** Data a link or scenario named that this page lacks, on which this verdict depends. */
	missingFor(r: ResultRow): DataLayer[] {
		return this.#app.data.missingFor(r.region, r.indicator);
	}

	/** A target without data (or with too little) offers the entry form. */
	canEnter(r: ResultRow): boolean {
		const s = r.assessment.status;
		return s === 'no-data' || s === 'needs-assumption';
	}

	/** The entry form's state for a row's region × indicator. */
	entry(r: ResultRow): GapEntry {
		return new GapEntry(this.#app, r.region, r.indicator);
	}

	unitOf(r: ResultRow): string {
		return this.#app.effectiveIndex.indicators.byId(r.indicator)?.unit ?? '';
	}

	async exportCsv(): Promise<void> {
		const app = this.#app;
		const [{ scorecardCsv }, { csvBlob, downloadBlob, fileName }] = await Promise.all([
			import('./exports.ts'),
			import('./download.ts')
		]);
		const stamp = stampOf(app.scenario);
		downloadBlob(
			csvBlob(scorecardCsv(this.rows, app.effective, stamp, app.lang)),
			fileName(
				['mubiao', app.focusRegion?.zh ?? '', 'scorecard', app.scenario.name, stamp.date],
				'csv'
			)
		);
	}
}
