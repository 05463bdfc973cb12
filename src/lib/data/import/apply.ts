/**
 * Applying a previewed import: all of it or none of it. The analyst may map a new region or
 * indicator onto an existing one (its figures are re-pointed) or leave it out (`null`); figures
 * the loaded data already holds are not added twice. Nothing is mutated: undo is keeping the
 * dataset passed in.
 */
import { importMessage as m } from '../../i18n/import.ts';
import { mergeDataset } from '../dataset.ts';
import { InputError } from '../issues.ts';
import type { Dataset, Indicator, Observation, Target } from '../model.ts';
import { indexDataset, NameIndex, type Named } from '../registry.ts';
import { withoutLoaded } from './compare.ts';
import type { ImportMapping, ImportReport, ItemMapping } from './types.ts';

const stale = () => InputError.from(m('apply.stale'));

/** A mapping as a Map (a plain object is read by its own keys only). */
export function mappingEntries(given: ItemMapping | undefined): Map<string, string | null> {
	if (!given) return new Map();
	if (given instanceof Map) return new Map(given);
	return new Map(Object.entries(given));
}

/** Mapping keys → existing ids (names accepted too), checked; `null` = leave out. */
function resolveMapping<T extends Named>(
	given: ItemMapping | undefined,
	added: readonly T[],
	existing: NameIndex<T>,
	what: 'region' | 'indicator'
): Map<string, string | null> {
	const out = new Map<string, string | null>();
	const addedIds = new Set(added.map((a) => a.id));
	for (const [from, to] of mappingEntries(given)) {
		if (!addedIds.has(from)) throw InputError.from(m(`apply.notNew.${what}`, { name: from }));
		if (to === null) {
			out.set(from, null);
			continue;
		}
		const target = existing.resolve(to);
		if (!target)
			throw InputError.from(m(`apply.unknownTarget.${what}`, { name: from, target: to }));
		out.set(from, target.id);
	}
	return out;
}

/** An addition with a mapping applied, and where each of its figures was in the report. */
export interface MappedAddition {
	addition: Dataset;
	/** Index into the report's observations / targets of each figure kept. */
	index: { observations: number[]; targets: number[] };
	/** Figures that the mapping made equal to loaded ones (left out). */
	alreadyLoaded: number;
}

/**
 * What the report adds to `base` with the mapping applied: figures re-pointed or left out, new
 * items nothing points at dropped, figures already loaded left out. Throws {@link InputError}
 * (and changes nothing) when the mapping names unknown items or the report no longer fits `base`.
 */
export function mapAddition(
	base: Dataset,
	report: Pick<ImportReport, 'addition'>,
	mapping: ImportMapping = {}
): MappedAddition {
	const idx = indexDataset(base);
	const add = report.addition;
	const regionMap = resolveMapping(mapping.regions, add.regions, idx.regions, 'region');
	const indicatorMap = resolveMapping(
		mapping.indicators,
		add.indicators,
		idx.indicators,
		'indicator'
	);

	const regions = add.regions.filter((r) => !regionMap.has(r.id));
	const indicators = add.indicators.filter((i) => !indicatorMap.has(i.id));
	if (
		regions.some((r) => idx.regions.byId(r.id)) ||
		indicators.some((i) => idx.indicators.byId(i.id)) ||
		add.sources.some((s) => idx.sources.has(s.id))
	)
		throw stale();

	const addedIndicators = new Map<string, Indicator>(add.indicators.map((i) => [i.id, i]));
	const repoint = <F extends Observation | Target>(f: F): F | null => {
		const region = regionMap.has(f.region) ? regionMap.get(f.region) : f.region;
		const indicator = indicatorMap.has(f.indicator) ? indicatorMap.get(f.indicator) : f.indicator;
		if (region === null || indicator === null || region === undefined || indicator === undefined)
			return null;
		if (region === f.region && indicator === f.indicator) return f;
		const moved: F = { ...f, region, indicator };
		if (indicator !== f.indicator) {
			// Keep the unit the file meant when the indicator it is mapped onto has another.
			const unit = f.unit ?? addedIndicators.get(f.indicator)?.unit ?? '';
			const targetUnit = idx.indicators.byId(indicator)?.unit ?? '';
			if (unit && unit !== targetUnit) moved.unit = unit;
			else delete moved.unit;
		}
		return moved;
	};
	const pointed = <F extends Observation | Target>(list: readonly F[]) => {
		const figures: F[] = [];
		const index: number[] = [];
		list.forEach((f, i) => {
			const moved = repoint(f);
			if (!moved) return;
			figures.push(moved);
			index.push(i);
		});
		return { figures, index };
	};
	const o = pointed(add.observations);
	const t = pointed(add.targets);
	const kept = withoutLoaded(
		base,
		{ ...add, observations: o.figures, targets: t.figures },
		{ observations: o.index, targets: t.index }
	);
	const mapped = kept.addition;

	// Every figure must point at something that will exist; new items nothing points at are dropped.
	const regionIds = new Set([...base.regions, ...regions].map((r) => r.id));
	const indicatorIds = new Set([...base.indicators, ...indicators].map((i) => i.id));
	const sourceIds = new Set([...base.sources, ...add.sources].map((s) => s.id));
	const used = {
		regions: new Set<string>(),
		indicators: new Set<string>(),
		sources: new Set<string>()
	};
	for (const list of [mapped.observations, mapped.targets]) {
		for (const f of list) {
			if (!regionIds.has(f.region) || !indicatorIds.has(f.indicator)) throw stale();
			used.regions.add(f.region);
			used.indicators.add(f.indicator);
			for (const p of f.provenance) {
				if (!sourceIds.has(p.source)) throw stale();
				used.sources.add(p.source);
			}
		}
	}
	// Parents of used regions are kept, up the chain (a parent may itself be new).
	const newRegions = new Map(regions.map((r) => [r.id, r]));
	for (const id of [...used.regions]) {
		for (
			let r = newRegions.get(id);
			r?.parent && !used.regions.has(r.parent);
			r = newRegions.get(r.parent)
		)
			used.regions.add(r.parent);
	}
	return {
		addition: {
			sources: add.sources.filter((s) => used.sources.has(s.id)),
			regions: regions.filter((r) => used.regions.has(r.id)),
			indicators: indicators.filter((i) => used.indicators.has(i.id)),
			observations: mapped.observations,
			targets: mapped.targets
		},
		index: kept.rows,
		alreadyLoaded: kept.alreadyLoaded
	};
}

/** What the report adds to `base` with the mapping applied (see {@link mapAddition}). */
export function resolveAddition(
	base: Dataset,
	report: Pick<ImportReport, 'addition'>,
	mapping: ImportMapping = {}
): Dataset {
	return mapAddition(base, report, mapping).addition;
}

/** A new dataset: `base` plus {@link resolveAddition}. */
export function applyImport(
	base: Dataset,
	report: Pick<ImportReport, 'addition'>,
	mapping: ImportMapping = {}
): Dataset {
	return mergeDataset(base, resolveAddition(base, report, mapping));
}
