/**
 * The table view's state: the table of the regions shown (derived), how it is sorted, what a
 * click on a value shows, and its CSV export (with the scenario, "today" and the export date).
 */
import { formatValue, indicatorName } from '../i18n/format.ts';
import { projectionsOf } from './projections.ts';
import type { AppState } from './app.svelte.ts';
import { targetLabel } from './chartData.ts';
import {
	seriesTable,
	sortTableRows,
	type SeriesTable,
	type TableRow,
	type TableSort
} from './seriesTable.ts';
import { stampOf } from './stamp.ts';
import '../i18n/laterLabels.ts';

export class TableModel {
	readonly #app: AppState;
	sort = $state<TableSort>({ by: 'year', dir: 'asc' });
	readonly table: SeriesTable;
	readonly rows: TableRow[];
	readonly unit: string;

	constructor(app: AppState) {
		this.#app = app;
		this.unit = $derived(app.effectiveIndex.indicators.byId(app.view.indicator)?.unit ?? '');
		this.table = $derived(
			seriesTable({
				dataset: app.effective,
				view: app.view,
				lang: app.lang,
				projections: projectionsOf(
					app.run,
					[app.view.region, ...app.view.compare],
					app.view.indicator
				),
				horizon: app.scenario.settings.horizon,
				targetLabel: (t) => targetLabel(t, this.unit, app.lang)
			})
		);
		this.rows = $derived(sortTableRows(this.table.rows, this.sort));
	}

	get caption(): string {
		const app = this.#app;
		const name = indicatorName(app.effectiveIndex.indicators.byId(app.view.indicator), app.lang);
		const unit = this.unit ? (app.lang === 'zh' ? `（${this.unit}）` : ` (${this.unit})`) : '';
		return app.t('table.caption', { indicator: `${name}${unit}` });
	}

	format(value: number): string {
		return formatValue(value, this.unit, this.#app.lang);
	}

	/** Sort by a column (`year` or a region's index); the same column again reverses. */
	sortBy(by: TableSort['by']): void {
		const s = this.sort;
		this.sort = s.by === by ? { by, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { by, dir: 'asc' };
	}

	ariaSort(by: TableSort['by']): 'ascending' | 'descending' | 'none' {
		return this.sort.by === by ? (this.sort.dir === 'asc' ? 'ascending' : 'descending') : 'none';
	}

	/** Where an actual comes from. */
	showSource(column: number, year: number): void {
		const region = this.table.columns[column]?.region;
		if (region) this.#app.provenance.showActual(region, this.#app.view.indicator, year);
	}

	async exportCsv(): Promise<void> {
		const app = this.#app;
		const [{ tableCsv }, { csvBlob, downloadBlob, fileName }] = await Promise.all([
			import('./exports.ts'),
			import('./download.ts')
		]);
		const indicator = app.effectiveIndex.indicators.byId(app.view.indicator);
		const stamp = stampOf(app.scenario);
		downloadBlob(
			csvBlob(tableCsv(this.table, indicator?.zh ?? app.view.indicator, this.unit, stamp)),
			fileName(['mubiao', indicator?.zh ?? '', 'table', app.scenario.name, stamp.date], 'csv')
		);
	}
}
