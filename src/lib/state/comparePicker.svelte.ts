/**
 * What the comparison picker knows about the data: how many actuals each region has for the
 * indicator shown, and the notice when regions without any are added (the chart would show
 * nothing for them, silently).
 */
import { seriesOf } from '../data/dataset.ts';
import type { Region } from '../data/model.ts';
import { indicatorName } from '../i18n/format.ts';
import { viewMessage } from '../i18n/messages/views.ts';
import type { AppState } from './app.svelte.ts';
import { quickSet, type QuickSet } from './pickers.ts';

export class ComparePickerModel {
	readonly #app: AppState;

	constructor(app: AppState) {
		this.#app = app;
	}

	/** The number of actuals a region has for the indicator shown. */
	points(region: string): number {
		return seriesOf(this.#app.effective, region, this.#app.view.indicator).length;
	}

	#indicator() {
		const idx = this.#app.effectiveIndex;
		const i = idx.indicators.byId(this.#app.view.indicator);
		return { zh: indicatorName(i, 'zh'), en: indicatorName(i, 'en') };
	}

	/**
	 * Add a region; one without data is added all the same, and the notice says so. A full
	 * comparison says that instead.
	 */
	add(r: Region): void {
		if (!this.#app.addCompare(r.id)) return;
		if (this.points(r.id) === 0)
			this.#app.notify(
				'notice',
				viewMessage('compare.noData', {
					region: { zh: r.zh, en: r.en },
					indicator: this.#indicator()
				})
			);
	}

	/** Compare with a quick set; how many of its regions lack data is said. */
	quick(kind: QuickSet): void {
		const app = this.#app;
		const ids = quickSet(kind, app.effective.regions, app.view.region);
		if (app.setCompare(ids) > 0) return;
		const missing = ids.filter((id) => this.points(id) === 0).length;
		if (missing > 0)
			app.notify(
				'notice',
				viewMessage('compare.someNoData', {
					n: ids.length,
					missing,
					indicator: this.#indicator()
				})
			);
	}
}
