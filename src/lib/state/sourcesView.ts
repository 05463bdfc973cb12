/**
 * The sources and definitions view: every source behind what the chart shows (the actuals of the
 * regions shown and the focus region's targets, for the indicator), with the figures it gives,
 * their excerpts and the source's quality note; the indicator's definition and notes; the known
 * disagreements and series breaks, and the values that lost to another source. Pure.
 */
import type { Bilingual } from '../data/issues.ts';
import { seriesOf } from '../data/dataset.ts';
import type {
	ConflictNote,
	Dataset,
	Indicator,
	Observation,
	Source,
	Target
} from '../data/model.ts';
import { indexDataset } from '../data/registry.ts';
import { targetGroupsOf } from '../data/targets.ts';
import { formatValue, regionName, type Lang } from '../i18n/format.ts';
import type { View } from './view.ts';

/** The seed data's details (sections, excerpts, notes), once loaded; identity when absent. */
export interface Details {
	figure<T extends Observation | Target>(f: T): T;
	source(s: Source): Source;
	dataset(d: Dataset): Dataset;
}

export interface SourceFigure {
	/** `重庆市 2024`, or the target's label. */
	what: string;
	value: string;
	kind: 'actual' | 'target' | 'other';
	section?: string;
	excerpt?: string;
	note?: string;
}

export interface SourceEntry {
	source: Source;
	figures: SourceFigure[];
}

export interface ConflictLine {
	region: string;
	year: number;
	used: { value: string; sources: string[] };
	others: { value: string; sources: string[] }[];
}

export interface SourcesView {
	indicator: Indicator | undefined;
	sources: SourceEntry[];
	/** Known disagreements and series breaks of the regions shown. */
	notes: { region: string; years: number[]; breakYear: number | null; note: Bilingual }[];
	conflicts: ConflictLine[];
}

export interface SourcesInput {
	dataset: Dataset;
	view: Pick<View, 'region' | 'compare' | 'indicator'>;
	lang: Lang;
	details: Details | null;
	targetLabel: (t: Target) => string;
}

export function sourcesView(input: SourcesInput): SourcesView {
	const { dataset, view, lang } = input;
	const idx = indexDataset(dataset);
	const details = input.details;
	const unitOf = (f: Observation | Target) =>
		f.unit ?? idx.indicators.byId(view.indicator)?.unit ?? '';
	const fmt = (f: Observation | Target) => formatValue(f.value, unitOf(f), lang);
	const titles = (f: Observation) =>
		f.provenance.map((p) => idx.sources.get(p.source)?.title ?? p.source);
	const bySource = new Map<string, SourceFigure[]>();
	const add = (f: Observation | Target, what: string, kind: SourceFigure['kind']) => {
		const full = details ? details.figure(f) : f;
		for (const p of full.provenance) {
			const list = bySource.get(p.source) ?? [];
			list.push({
				what,
				value: fmt(f),
				kind,
				...(p.section ? { section: p.section } : {}),
				...(p.excerpt ? { excerpt: p.excerpt } : {}),
				...(full.note ? { note: full.note } : {})
			});
			bySource.set(p.source, list);
		}
	};
	const regions = [view.region, ...view.compare.filter((c) => c !== view.region)];
	const conflicts: ConflictLine[] = [];
	for (const region of regions) {
		const name = regionName(idx.regions.byId(region), lang, region);
		for (const p of seriesOf(dataset, region, view.indicator)) {
			add(p.observation, `${name} ${p.year}`, 'actual');
			for (const c of p.conflicts) add(c, `${name} ${p.year}`, 'other');
			if (p.conflicts.length > 0)
				conflicts.push({
					region,
					year: p.year,
					used: { value: fmt(p.observation), sources: titles(p.observation) },
					others: p.conflicts.map((c) => ({ value: fmt(c), sources: titles(c) }))
				});
		}
	}
	for (const g of targetGroupsOf(dataset, view.region, view.indicator))
		for (const m of g.members) add(m, input.targetLabel(m), 'target');
	const indicator = idx.indicators.byId(view.indicator);
	return {
		indicator: indicator && details ? withNote(indicator, details) : indicator,
		sources: [...bySource].map(([id, figures]) => {
			const s = idx.sources.get(id) ?? { id, kind: 'import' as const, title: id };
			return { source: details ? details.source(s) : s, figures };
		}),
		notes: (dataset.conflicts ?? [])
			.filter((c: ConflictNote) => regions.includes(c.region) && c.indicator === view.indicator)
			.map((c) => ({
				region: c.region,
				years: c.years,
				breakYear: c.breakYear ?? null,
				note: c.note
			})),
		conflicts
	};
}

/** The indicator with its note from the seed's details (the first screen loads it without). */
function withNote(indicator: Indicator, details: Details): Indicator {
	const one: Dataset = {
		sources: [],
		regions: [],
		indicators: [indicator],
		observations: [],
		targets: []
	};
	return details.dataset(one).indicators[0] ?? indicator;
}
