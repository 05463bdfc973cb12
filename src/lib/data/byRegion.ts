/**
 * What a dataset holds for one region, or one region × indicator: its targets (indexed once per
 * dataset, by column, and rebuilt as objects when asked for) and the indicators it has targets
 * for or data of. The series of actuals are read in ./dataset.ts.
 */
import { columnsOf } from './columnar.ts';
import type { FigureColumns } from './columns.ts';
import { isOdd } from './dataset.ts';
import type { Dataset, Target } from './model.ts';
import { seriesKey } from './vocabulary.ts';

const targetRows = new WeakMap<Dataset, Map<string, number[]>>();
const targetCache = new WeakMap<Dataset, Map<string, readonly Target[]>>();

/** The target rows of each region × indicator ({@link seriesKey}), in data order. */
export function targetRowsByKey(dataset: Dataset): ReadonlyMap<string, readonly number[]> {
	let byKey = targetRows.get(dataset);
	if (!byKey) {
		byKey = new Map();
		const t = columnsOf(dataset).targets;
		const s = t.strings.list;
		const keyOf = new Map<number, string>();
		const width = s.length;
		for (let i = 0; i < t.length; i++) {
			const k = t.region[i]! * width + t.indicator[i]!;
			let key = keyOf.get(k);
			if (key === undefined) keyOf.set(k, (key = seriesKey(s[t.region[i]!]!, s[t.indicator[i]!]!)));
			const list = byKey.get(key);
			if (list) list.push(i);
			else byKey.set(key, [i]);
		}
		targetRows.set(dataset, byKey);
	}
	return byKey;
}

/** The targets of one region × indicator, in data order (indexed once per dataset). */
export function targetsOf(dataset: Dataset, region: string, indicator: string): readonly Target[] {
	const key = seriesKey(region, indicator);
	let cache = targetCache.get(dataset);
	if (!cache) targetCache.set(dataset, (cache = new Map()));
	let list = cache.get(key);
	if (!list) {
		const t = columnsOf(dataset).targets;
		list = (targetRowsByKey(dataset).get(key) ?? []).map((i) => t.figure(i));
		cache.set(key, list);
	}
	return list;
}

/** The targets of one region, in data order. */
export function targetsOfRegion(dataset: Dataset, region: string): Target[] {
	const t = columnsOf(dataset).targets;
	const id = t.strings.find(region);
	const out: Target[] = [];
	if (id === undefined) return out;
	for (let i = 0; i < t.length; i++) if (t.region[i] === id && !isOdd(t, i)) out.push(t.figure(i));
	return out;
}

/** The indicators a region has targets for, and those it has observations of. */
export function indicatorsOfRegion(
	dataset: Dataset,
	region: string
): { withTarget: Set<string>; withData: Set<string> } {
	const cols = columnsOf(dataset);
	const pick = (c: FigureColumns): Set<string> => {
		const out = new Set<string>();
		const id = c.strings.find(region);
		if (id === undefined) return out;
		for (let i = 0; i < c.length; i++)
			if (c.region[i] === id && !isOdd(c, i)) out.add(c.strings.list[c.indicator[i]!]!);
		return out;
	};
	return { withTarget: pick(cols.targets), withData: pick(cols.observations) };
}
