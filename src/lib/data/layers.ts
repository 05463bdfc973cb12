/**
 * The analyst's data as layers over the built-in dataset. Each import, each policy text read in
 * the page and each value typed in is one layer: its figures, and every source, region and
 * indicator they name that the built-in data lacks (so a layer stands on its own, whichever
 * others are on). The data the page works with is the built-in dataset with the layers that are
 * on, in order ({@link composeLayers}); switching a layer off or removing it never touches the
 * built-in data. Pure: no storage, no state.
 */
import type { Bilingual } from './issues.ts';
import type { Dataset, Provenance } from './model.ts';
import { asColumnar, ColumnarDataset } from './columnar.ts';
import { mergeDataset, seriesOf } from './dataset.ts';
import { indexDataset } from './registry.ts';
import type { FileFormat, ShapeId } from './import/types.ts';

/**
 * Where a layer's figures come from. `scenario` is only ever a name: the own observations and
 * targets of a scenario that a link could not carry (see `scenario/linkData.ts`).
 */
export const LAYER_KINDS = ['import', 'document', 'entered', 'scenario'] as const;
export type LayerKind = (typeof LAYER_KINDS)[number];

/** What an import's report said, kept with its layer (My data shows it). */
export interface ImportSummary {
	shape: ShapeId;
	shapeLabel: Bilingual;
	format: FileFormat;
	encoding: string | null;
	sheet: string | null;
	rowsRead: number;
	rowsAccepted: number;
	rowsRejected: number;
	errors: number;
	warnings: number;
	alreadyLoaded: number;
}

/**
 * The region × indicator series a layer's figures fall in, for marking the verdicts that depend
 * on a layer that is missing: the pairs when there are few, else the indicators, else neither
 * (then every verdict depends on it).
 */
export interface Touches {
	series?: [string, string][];
	indicators?: string[];
}

/** How many series (or indicators) a {@link Touches} lists before it falls back to less detail. */
export const TOUCHES_MAX = 2000;

/** A layer as listed: what it is, without its figures. */
export interface LayerInfo {
	id: string;
	kind: LayerKind;
	/** The file name, the document's title, or what an entered value is. */
	name: string;
	/** Milliseconds since 1970, when it was added on the machine that made it. */
	addedAt: number;
	/** The order layers compose in (later wins among sources of equal rank). */
	position: number;
	/** Observations and targets. */
	count: number;
	/** Of the figures, in order: two layers with the same figures have the same one. */
	fingerprint: string;
	touches: Touches;
	summary?: ImportSummary;
}

/** A layer of the analyst's data. */
export interface DataLayer extends LayerInfo {
	on: boolean;
	/** The figures with what they name; null for data a link named but this page does not have. */
	data: Dataset | null;
}

/** A layer that is on and loaded. */
const active = (l: DataLayer): l is DataLayer & { data: Dataset } => l.on && l.data !== null;

/** The layers in composition order. */
export function byPosition<T extends LayerInfo>(layers: readonly T[]): T[] {
	return [...layers].sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1));
}

/**
 * The built-in data with the layers that are on, in their order: sources, regions and indicators
 * a layer repeats (the ones it names that another layer brought too) are taken once, by id.
 * With no layer on, `base` itself (so what is cached on it stays valid).
 */
export function composeLayers(base: Dataset, layers: readonly DataLayer[]): Dataset {
	const on = byPosition(layers.filter(active));
	if (on.length === 0) return base;
	const seen = {
		sources: new Set(base.sources.map((s) => s.id)),
		regions: new Set(base.regions.map((r) => r.id)),
		indicators: new Set(base.indicators.map((i) => i.id))
	};
	const fresh = <T extends { id: string }>(list: readonly T[], ids: Set<string>): T[] =>
		list.filter((x) => !ids.has(x.id) && (ids.add(x.id), true));
	// One merge per layer: a dataset held by column stays by column (data/columnar.ts).
	let out = base;
	for (const { data } of on) {
		const defs = {
			sources: fresh(data.sources, seen.sources),
			regions: fresh(data.regions, seen.regions),
			indicators: fresh(data.indicators, seen.indicators)
		};
		// A layer held by column is merged by its columns, without building its figures.
		let addition: Dataset;
		if (data instanceof ColumnarDataset)
			addition = new ColumnarDataset({ ...defs, conflicts: data.conflicts, ...data.columns });
		else {
			addition = { ...defs, observations: data.observations, targets: data.targets };
			if (data.conflicts) addition.conflicts = data.conflicts;
		}
		out = mergeDataset(out, addition);
	}
	return out;
}

/**
 * An addition made self-contained: with every source, region (and its parents) and indicator
 * its figures name that neither it nor the built-in data has, taken from `loaded` (the data it
 * was added to, where an earlier layer may have brought them).
 */
export function selfContained(addition: Dataset, loaded: Dataset, builtIn: Dataset): Dataset {
	const has = {
		sources: new Set([...builtIn.sources, ...addition.sources].map((s) => s.id)),
		regions: new Set([...builtIn.regions, ...addition.regions].map((r) => r.id)),
		indicators: new Set([...builtIn.indicators, ...addition.indicators].map((i) => i.id))
	};
	const need = {
		sources: new Set<string>(),
		regions: new Set<string>(),
		indicators: new Set<string>()
	};
	for (const f of [...addition.observations, ...addition.targets]) {
		if (!has.regions.has(f.region)) need.regions.add(f.region);
		if (!has.indicators.has(f.indicator)) need.indicators.add(f.indicator);
		for (const p of f.provenance) if (!has.sources.has(p.source)) need.sources.add(p.source);
	}
	const loadedRegions = new Map(loaded.regions.map((r) => [r.id, r]));
	const regions = [...addition.regions];
	// A region's parent the layer lacks comes too, up the chain.
	for (const r of addition.regions)
		if (r.parent && !has.regions.has(r.parent)) need.regions.add(r.parent);
	const queue = [...need.regions];
	while (queue.length > 0) {
		const id = queue.shift() as string;
		const region = loadedRegions.get(id);
		if (!region || has.regions.has(id)) continue;
		has.regions.add(id);
		regions.push(region);
		if (region.parent && !has.regions.has(region.parent)) queue.push(region.parent);
	}
	if (regions.length === addition.regions.length && need.sources.size + need.indicators.size === 0)
		return addition;
	return {
		...addition,
		sources: [...addition.sources, ...loaded.sources.filter((s) => need.sources.has(s.id))],
		regions,
		indicators: [
			...addition.indicators,
			...loaded.indicators.filter((i) => need.indicators.has(i.id))
		]
	};
}

/** Observations and targets of a layer's data. */
export const countOf = (data: Dataset): number => data.observations.length + data.targets.length;

/**
 * A fingerprint of the figures, in order (kind, region, indicator, year, value, comparator,
 * upper end): two 32-bit FNV-1a hashes side by side, as 16 hex digits. The same file imported
 * the same way gives the same figures, and so the same fingerprint.
 */
export function fingerprintOf(data: Dataset): string {
	let a = 0x811c9dc5;
	let b = 0x01000193 ^ 0x5bd1e995;
	const feed = (text: string) => {
		for (let i = 0; i < text.length; i++) {
			const c = text.charCodeAt(i);
			a = Math.imul(a ^ c, 0x01000193);
			b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
		}
	};
	for (const o of data.observations)
		feed(`a\u0000${o.region}\u0000${o.indicator}\u0000${o.year}\u0000${o.value}\n`);
	for (const t of data.targets)
		feed(
			`t\u0000${t.region}\u0000${t.indicator}\u0000${t.year}\u0000${t.value}\u0000${t.comparator}\u0000${t.valueMax}\n`
		);
	const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
	return `${hex(a)}${hex(b)}`;
}

/** The series the figures fall in (see {@link Touches}). */
export function touchesOf(data: Dataset): Touches {
	const series = new Map<string, [string, string]>();
	const indicators = new Set<string>();
	for (const f of [...data.observations, ...data.targets]) {
		indicators.add(f.indicator);
		if (series.size <= TOUCHES_MAX)
			series.set(`${f.region}\u0000${f.indicator}`, [f.region, f.indicator]);
	}
	if (series.size <= TOUCHES_MAX) return { series: [...series.values()] };
	if (indicators.size <= TOUCHES_MAX) return { indicators: [...indicators] };
	return {};
}

/** Whether a region × indicator is among the series a layer touches. */
export function touchMatcher(touches: Touches): (region: string, indicator: string) => boolean {
	if (touches.series) {
		const keys = new Set(touches.series.map(([r, i]) => `${r}\u0000${i}`));
		return (r, i) => keys.has(`${r}\u0000${i}`);
	}
	if (touches.indicators) {
		const ids = new Set(touches.indicators);
		return (_r, i) => ids.has(i);
	}
	return () => true;
}

const PREFIX: Readonly<Record<LayerKind, string>> = {
	import: 'imp',
	document: 'doc',
	entered: 'ent',
	scenario: 'scn'
};

/** A new layer id: the kind, the time and 48 random bits (`imp-m3x9k2-4f1a9c0b2d3e`). */
export function newLayerId(kind: LayerKind, now: number = Date.now()): string {
	const bytes = new Uint8Array(6);
	crypto.getRandomValues(bytes);
	const random = [...bytes].map((x) => x.toString(16).padStart(2, '0')).join('');
	return `${PREFIX[kind]}-${now.toString(36)}-${random}`;
}

/** A layer of `data`, on; its count, fingerprint and series are computed from the figures. */
export function makeLayer(
	info: Pick<LayerInfo, 'id' | 'kind' | 'name' | 'addedAt'> &
		Partial<Pick<LayerInfo, 'position' | 'summary'>>,
	data: Dataset
): DataLayer {
	const layer: DataLayer = {
		id: info.id,
		kind: info.kind,
		name: info.name,
		addedAt: info.addedAt,
		position: info.position ?? info.addedAt,
		count: countOf(data),
		fingerprint: fingerprintOf(data),
		touches: touchesOf(data),
		on: true,
		// By column: an imported county file costs a fraction of its object form.
		data: asColumnar(data)
	};
	if (info.summary) layer.summary = info.summary;
	return layer;
}

/** Whether a figure is a value the analyst typed in (a source of kind `entered`). */
export function isEntered(
	dataset: Dataset,
	figure: { provenance: readonly Provenance[] }
): boolean {
	const { sources } = indexDataset(dataset);
	return figure.provenance.some((p) => sources.get(p.source)?.kind === 'entered');
}

/**
 * Whether the actual a verdict starts from (its anchor) is a value the analyst typed in; false
 * for an assumed baseline or no anchor.
 */
export function anchorEntered(
	dataset: Dataset,
	r: {
		region: string;
		indicator: string;
		assessment: { anchor: { year: number; assumed: boolean } | null };
	}
): boolean {
	const anchor = r.assessment.anchor;
	if (!anchor || anchor.assumed) return false;
	const point = seriesOf(dataset, r.region, r.indicator).find((p) => p.year === anchor.year);
	return point !== undefined && isEntered(dataset, point.observation);
}
