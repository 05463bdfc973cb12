/**
 * The briefing's list of sources: every source a figure of the report rests on, numbered in the
 * order first cited, each with the excerpts (and notes) of the figures read from it. Pure.
 */
import type { DatasetIndex } from '../data/registry.ts';
import type { Provenance } from '../data/model.ts';
import type { Lang } from '../i18n/format.ts';
import { translate } from '../i18n/strings.ts';
import '../i18n/laterLabels.ts';

/** One figure read from a source: what it is, and the words it was read from. */
export interface ReportQuote {
	/** "重庆市 · 高等教育毛入学率 2020：53.3%". */
	figure: string;
	section: string | null;
	excerpt: string | null;
	/** The figure's note (approximate, a low-quality reprint, the wording). */
	note: string | null;
}

export interface ReportSource {
	/** Its number in the report, from 1. */
	n: number;
	id: string;
	title: string;
	/** Publisher, date and kind of source, joined. */
	meta: string;
	quotes: ReportQuote[];
}

/** Numbers sources as figures cite them; {@link list} gives them in that order. */
export class SourceList {
	readonly #byId = new Map<string, ReportSource>();
	readonly #seen = new Set<string>();
	readonly #index: DatasetIndex;
	readonly #lang: Lang;

	constructor(index: DatasetIndex, lang: Lang) {
		this.#index = index;
		this.#lang = lang;
	}

	/** Cite the provenance of one figure; gives the numbers of its sources, in order. */
	cite(provenance: readonly Provenance[], figure: string, note?: string): number[] {
		const numbers: number[] = [];
		for (const p of provenance) {
			const source = this.#entry(p.source);
			if (!numbers.includes(source.n)) numbers.push(source.n);
			const quote: ReportQuote = {
				figure,
				section: p.section?.trim() || null,
				excerpt: p.excerpt?.trim() || null,
				note: note?.trim() || null
			};
			const key = `${source.n}\u0000${figure}\u0000${quote.section}\u0000${quote.excerpt}`;
			if (this.#seen.has(key)) continue;
			this.#seen.add(key);
			source.quotes.push(quote);
		}
		return numbers;
	}

	#entry(id: string): ReportSource {
		let entry = this.#byId.get(id);
		if (entry) return entry;
		const s = this.#index.sources.get(id);
		const en = this.#lang === 'en';
		const kind = s?.kind ? translate(this.#lang, `prov.kind.${s.kind}`) : '';
		entry = {
			n: this.#byId.size + 1,
			id,
			title: (en ? s?.titleEn || s?.title : s?.title) ?? id,
			meta: [s?.publisher, s?.date, kind].filter((x): x is string => !!x).join(' · '),
			quotes: []
		};
		this.#byId.set(id, entry);
		return entry;
	}

	list(): ReportSource[] {
		return [...this.#byId.values()];
	}
}
