/**
 * Where a number comes from: the request the source dialog shows, built from a scorecard row,
 * an anchor or a chart point, and the seed data's sections and excerpts, loaded the first time
 * a source is shown.
 */
import { seriesOf } from '../data/dataset.ts';
import type { ConflictNote, Observation, Source, Target } from '../data/model.ts';
import type { DetailsLookup } from '../data/seedSplit.ts';
import { indicatorName, regionName } from '../i18n/format.ts';
import type { ResultRow } from '../scenario/run.ts';
import type { AppState } from './app.svelte.ts';
import { loadSeedDetails } from './seedDetails.ts';

/** A request to show where one number comes from. */
export interface ProvenanceRequest {
	/** What the number is, e.g. `重庆市 · 高等教育毛入学率 · 2024`. */
	title: string;
	figure: Observation | Target;
	unit: string;
	/** Other values given for the same year by other sources. */
	conflicts?: readonly Observation[];
	/** A known disagreement between sources about this value. */
	disputed?: ConflictNote | null;
}

export class Provenance {
	readonly #app: AppState;
	request = $state.raw<ProvenanceRequest | null>(null);
	/** The seed data's details, once loaded. */
	details = $state.raw<DetailsLookup | null>(null);

	constructor(app: AppState) {
		this.#app = app;
	}

	/** The figure of the request with its full provenance and note. */
	get figure(): Observation | Target | null {
		const r = this.request;
		if (!r) return null;
		return this.details ? this.details.figure(r.figure) : r.figure;
	}

	show(request: ProvenanceRequest): void {
		this.request = request;
		if (!this.details) void loadSeedDetails().then((d) => (this.details = d));
	}

	close(): void {
		this.request = null;
	}

	/** A source with its publisher, date and note (the seed's details once loaded). */
	source(id: string): Source | undefined {
		const s = this.#app.effectiveIndex.sources.get(id);
		return s && this.details ? this.details.source(s) : s;
	}

	#name(region: string, indicator: string, year?: number): string {
		const { effectiveIndex: idx, lang } = this.#app;
		const parts = [
			regionName(idx.regions.byId(region), lang, region),
			indicatorName(idx.indicators.byId(indicator), lang, indicator)
		];
		if (year !== undefined) parts.push(String(year));
		return parts.join(' · ');
	}

	#unit(indicator: string): string {
		return this.#app.effectiveIndex.indicators.byId(indicator)?.unit ?? '';
	}

	/** The sources of a target. */
	showTarget(r: ResultRow): void {
		this.show({
			title: this.#name(r.region, r.indicator),
			figure: r.target,
			unit: r.target.unit ?? this.#unit(r.indicator)
		});
	}

	/** The source of an actual of one region × indicator (an anchor, a chart point). */
	showActual(region: string, indicator: string, year: number): void {
		const point = seriesOf(this.#app.effective, region, indicator).find((p) => p.year === year);
		if (!point) return;
		this.show({
			title: this.#name(region, indicator, year),
			figure: point.observation,
			unit: this.#unit(indicator),
			conflicts: point.conflicts,
			disputed: point.disputed
		});
	}
}
