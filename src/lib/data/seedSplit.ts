/**
 * The built-in dataset in two parts: the core the first screen needs (numbers, names, source
 * titles) and the details only the provenance view and exports read (sections, excerpts,
 * notes, publishers). The page loads the details when it first needs them. Pure.
 */
import type { Dataset, Indicator, Observation, Provenance, Source, Target } from './model.ts';

interface FigureDetails {
	provenance: Provenance[];
	note?: string;
}

export interface SeedDetails {
	/** Observations first, then targets, in the core dataset's order. */
	figures: FigureDetails[];
	indicatorNotes: Record<string, string>;
	sources: Source[];
}

const coreFigure = <T extends Observation | Target>(f: T): T => {
	const { note: _note, provenance, ...rest } = f;
	return { ...rest, provenance: provenance.map((p) => ({ source: p.source })) } as T;
};

export function splitDetails(full: Dataset): { core: Dataset; details: SeedDetails } {
	const figures: FigureDetails[] = [...full.observations, ...full.targets].map((f) => ({
		provenance: f.provenance,
		...(f.note !== undefined ? { note: f.note } : {})
	}));
	const indicatorNotes: Record<string, string> = {};
	const indicators: Indicator[] = full.indicators.map((i) => {
		const { note, ...rest } = i;
		if (note !== undefined) indicatorNotes[i.id] = note;
		return rest;
	});
	const sources: Source[] = full.sources.map((s) => ({
		id: s.id,
		kind: s.kind,
		title: s.title,
		...(s.planStart !== undefined ? { planStart: s.planStart } : {}),
		...(s.horizon !== undefined ? { horizon: s.horizon } : {})
	}));
	return {
		core: {
			sources,
			regions: full.regions,
			indicators,
			observations: full.observations.map(coreFigure),
			targets: full.targets.map(coreFigure),
			// Disagreements and series breaks: the verdicts need them on the first screen.
			...(full.conflicts ? { conflicts: full.conflicts } : {})
		},
		details: { figures, indicatorNotes, sources: full.sources }
	};
}

/** Finds the details of a core figure or source (by identity and id). */
export class DetailsLookup {
	readonly #figures = new WeakMap<object, FigureDetails>();
	readonly #sources = new Map<string, Source>();
	readonly #notes: Record<string, string>;

	constructor(core: Dataset, details: SeedDetails) {
		this.#notes = details.indicatorNotes;
		[...core.observations, ...core.targets].forEach((f, i) => {
			const d = details.figures[i];
			if (d) this.#figures.set(f, d);
		});
		for (const s of details.sources) this.#sources.set(s.id, s);
	}

	/** The figure with its full provenance and note (itself when it has no stored details). */
	figure<T extends Observation | Target>(f: T): T {
		const d = this.#figures.get(f);
		return d
			? { ...f, provenance: d.provenance, ...(d.note !== undefined ? { note: d.note } : {}) }
			: f;
	}

	source(s: Source): Source {
		return this.#sources.get(s.id) ?? s;
	}

	/** A dataset with every seed figure's details restored (for exports). */
	dataset(d: Dataset): Dataset {
		return {
			...d,
			sources: d.sources.map((s) => this.source(s)),
			indicators: d.indicators.map((i) =>
				this.#notes[i.id] && i.note === undefined ? { ...i, note: this.#notes[i.id] } : i
			),
			observations: d.observations.map((o) => this.figure(o)),
			targets: d.targets.map((t) => this.figure(t))
		};
	}
}
