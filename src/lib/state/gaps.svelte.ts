/**
 * The data-gap worklist as the page shows it: filters (region scope, status, a search), the
 * rows, the entry form of a row, and the exports (CSV for Excel, or a workbook sheet).
 */
import type { AppState } from './app.svelte.ts';
import { GapEntry } from './gapEntry.svelte.ts';
import { gapRows, gapTable, GAP_STATUSES, type GapRow, type GapStatus } from './gapRows.ts';
import '../i18n/laterLabels.ts';

export class GapList {
	readonly #app: AppState;
	/** The focus region's targets, or every region's. */
	scope = $state<'focus' | 'all'>('all');
	status = $state<GapStatus | null>(null);
	query = $state('');
	readonly statuses = GAP_STATUSES;
	readonly rows: GapRow[];

	constructor(app: AppState) {
		this.#app = app;
		this.rows = $derived(
			gapRows(
				app.run,
				app.effective,
				{
					region: this.scope === 'focus' ? app.view.region : null,
					status: this.status,
					query: this.query
				},
				app.lang
			)
		);
	}

	entry(g: GapRow): GapEntry {
		return new GapEntry(this.#app, g.row.region, g.row.indicator);
	}

	/** Chart and assumption panel on this gap's region and indicator. */
	focus(g: GapRow): void {
		this.#app.view.showTarget(g.row.region, g.row.indicator);
	}

	#name(ext: string) {
		return import('./download.ts').then(({ fileName }) =>
			fileName(['mubiao', this.#app.t('gaps.title')], ext)
		);
	}

	async exportCsv(): Promise<void> {
		const [{ toCsv }, { csvBlob, downloadBlob }] = await Promise.all([
			import('../data/csv.ts'),
			import('./download.ts')
		]);
		downloadBlob(csvBlob(toCsv(gapTable(this.rows, this.#app.lang))), await this.#name('csv'));
	}

	async exportXlsx(): Promise<void> {
		const [{ writeWorkbook }, { downloadBlob }] = await Promise.all([
			import('../export/xlsx.ts'),
			import('./download.ts')
		]);
		const bytes = writeWorkbook([
			{
				name: this.#app.t('gaps.sheet'),
				rows: gapTable(this.rows, this.#app.lang),
				widths: [10, 24, 6, 16, 8, 10, 8, 10, 8, 24, 30, 10, 8, 30]
			}
		]);
		downloadBlob(
			new Blob([bytes as BlobPart], {
				type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
			}),
			await this.#name('xlsx')
		);
	}
}
