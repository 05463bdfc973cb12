/**
 * One {@link seriesKey} string per region × indicator of a dataset, the same string each time it
 * is asked for. A map keyed by these strings finds a key it was given by identity; a key built
 * anew must first be hashed and then compared character by character. At county scale a global
 * change looks up 90,000 keys twice (its assumptions resolved, then compared by the runner): in
 * node, 5 ms with these strings against 34 ms with new ones, and building the new ones cost as
 * much again. The runner's entries take their keys from here (scenario/entries.ts), and so do
 * resolved assumptions (scenario/apply.ts).
 */
import type { Dataset } from './model.ts';
import { seriesKey } from './vocabulary.ts';

const caches = new WeakMap<Dataset, Map<string, Map<string, string>>>();

function cacheOf(dataset: Dataset): Map<string, Map<string, string>> {
	let cache = caches.get(dataset);
	if (!cache) caches.set(dataset, (cache = new Map()));
	return cache;
}

/** The key of `region` × `indicator` (ids) in `dataset`, the same string every time. */
export function seriesKeyIn(dataset: Dataset, region: string, indicator: string): string {
	const cache = cacheOf(dataset);
	let byIndicator = cache.get(region);
	if (!byIndicator) cache.set(region, (byIndicator = new Map()));
	let key = byIndicator.get(indicator);
	if (key === undefined) byIndicator.set(indicator, (key = seriesKey(region, indicator)));
	return key;
}

/**
 * The key {@link seriesKeyIn} gave for `region` × `indicator`, if it was asked for it before:
 * then both are ids of the dataset (only ids are ever asked for).
 */
export function knownSeriesKey(
	dataset: Dataset,
	region: string,
	indicator: string
): string | undefined {
	return caches.get(dataset)?.get(region)?.get(indicator);
}
