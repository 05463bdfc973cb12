/**
 * The sources and definitions view's state: the seed data's details (loaded when the view is
 * first shown) and everything behind the chart, derived from the view.
 */
import type { DetailsLookup } from '../data/seedSplit.ts';
import type { AppState } from './app.svelte.ts';
import { targetLabel } from './chartData.ts';
import { loadSeedDetails } from './seedDetails.ts';
import { sourcesView, type SourcesView } from './sourcesView.ts';

export class SourcesModel {
	details = $state.raw<DetailsLookup | null>(null);
	readonly view: SourcesView;

	constructor(app: AppState) {
		void loadSeedDetails().then((d) => (this.details = d));
		this.view = $derived(
			sourcesView({
				dataset: app.effective,
				view: app.view,
				lang: app.lang,
				details: this.details,
				targetLabel: (t) =>
					targetLabel(t, app.effectiveIndex.indicators.byId(t.indicator)?.unit ?? '', app.lang)
			})
		);
	}
}
