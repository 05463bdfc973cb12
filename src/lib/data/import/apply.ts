/**
 * Applying a previewed import: all of it or none of it. The analyst may map a new region or
 * indicator onto an existing one (its figures are re-pointed) or leave it out (`null`).
 * Nothing is mutated: undo is keeping the dataset passed in.
 */
import { mergeDataset } from '../dataset.ts';
import { InputError } from '../issues.ts';
import type { Dataset, Indicator, Observation, Target } from '../model.ts';
import { indexDataset, NameIndex, type Named } from '../registry.ts';
import type { ImportMapping, ImportReport } from './types.ts';

function stale(): InputError {
	return new InputError(
		'这份导入预览与当前数据不符（可能已经应用过）：请重新导入文件。',
		'This import preview no longer matches the loaded data (it may have been applied already): import the file again.'
	);
}

/** Mapping keys → existing ids (names accepted too), checked; `null` = leave out. */
function resolveMapping<T extends Named>(
	given: Readonly<Record<string, string | null>> | undefined,
	added: readonly T[],
	existing: NameIndex<T>,
	what: { zh: string; en: string }
): Map<string, string | null> {
	const out = new Map<string, string | null>();
	const addedIds = new Set(added.map((a) => a.id));
	for (const [from, to] of Object.entries(given ?? {})) {
		if (!addedIds.has(from)) {
			throw new InputError(
				`映射中的${what.zh}“${from}”不是这次导入的新${what.zh}。`,
				`"${from}" in the mapping is not a new ${what.en} of this import.`
			);
		}
		if (to === null) {
			out.set(from, null);
			continue;
		}
		const target = existing.resolve(to);
		if (!target) {
			throw new InputError(
				`“${from}”要映射到的${what.zh}“${to}”不在已加载的数据中。`,
				`The ${what.en} "${to}" that "${from}" should map onto is not in the loaded data.`
			);
		}
		out.set(from, target.id);
	}
	return out;
}

/**
 * A new dataset: `base` plus the report's addition, with the mapping applied. Throws
 * {@link InputError} (and changes nothing) when the mapping names unknown items or the report
 * no longer fits `base`.
 */
export function applyImport(
	base: Dataset,
	report: ImportReport,
	mapping: ImportMapping = {}
): Dataset {
	const idx = indexDataset(base);
	const add = report.addition;
	const regionMap = resolveMapping(mapping.regions, add.regions, idx.regions, {
		zh: '地区',
		en: 'region'
	});
	const indicatorMap = resolveMapping(mapping.indicators, add.indicators, idx.indicators, {
		zh: '指标',
		en: 'indicator'
	});

	const regions = add.regions.filter((r) => !regionMap.has(r.id));
	const indicators = add.indicators.filter((i) => !indicatorMap.has(i.id));
	if (
		regions.some((r) => idx.regions.byId(r.id)) ||
		indicators.some((i) => idx.indicators.byId(i.id))
	)
		throw stale();
	if (add.sources.some((s) => idx.sources.has(s.id))) throw stale();

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
	const observations = add.observations.map(repoint).filter((o): o is Observation => o !== null);
	const targets = add.targets.map(repoint).filter((t): t is Target => t !== null);

	// Every figure must point at something that will exist; new items nothing points at are dropped.
	const regionIds = new Set([...base.regions, ...regions].map((r) => r.id));
	const indicatorIds = new Set([...base.indicators, ...indicators].map((i) => i.id));
	const sourceIds = new Set([...base.sources, ...add.sources].map((s) => s.id));
	const used = new Set<string>();
	for (const f of [...observations, ...targets]) {
		if (!regionIds.has(f.region) || !indicatorIds.has(f.indicator)) throw stale();
		used.add(`r:${f.region}`).add(`i:${f.indicator}`);
		for (const p of f.provenance) {
			if (!sourceIds.has(p.source)) throw stale();
			used.add(`s:${p.source}`);
		}
	}
	for (const r of regions) if (used.has(`r:${r.id}`) && r.parent) used.add(`r:${r.parent}`);
	return mergeDataset(base, {
		sources: add.sources.filter((s) => used.has(`s:${s.id}`)),
		regions: regions.filter((r) => used.has(`r:${r.id}`)),
		indicators: indicators.filter((i) => used.has(`i:${i.id}`)),
		observations,
		targets
	});
}
