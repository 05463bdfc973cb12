/**
 * A scenario's own data on top of the loaded dataset: its observations and targets join the data
 * (regions and indicators it names that do not exist are created for it), a scenario target
 * replaces a loaded target of the same region, indicator and year, and a scenario observation
 * outranks every other source for its year. Its assumptions are resolved to ids.
 */
import { ColumnarDataset, keepTargets } from '../data/columnar.ts';
import { mergeDataset } from '../data/dataset.ts';
import { addFigures, type FigureInput } from '../data/import/typedFigures.ts';
import type { Bilingual, DataIssue } from '../data/issues.ts';
import { assumptionMessage } from '../i18n/messages/assumption.ts';
import type { Dataset, Source } from '../data/model.ts';
import { indexDataset } from '../data/registry.ts';
import { knownSeriesKey, seriesKeyIn } from '../data/seriesKeys.ts';
import type { Assumption as EngineAssumption } from '../domain/engine/index.ts';
import { KeyIndex, ListedAssumptions, withChanges } from './assumptionMap.ts';
import { applyDataEntries } from './dataEntries.ts';
import type { Assumption as ScenarioAssumption, Scenario } from './schema.ts';

import { seriesKey } from '../domain/vocabulary.ts';

export { seriesKey };

export interface AppliedScenario {
	dataset: Dataset;
	/** Assumptions by {@link seriesKey}, with ids resolved. */
	assumptions: ReadonlyMap<string, EngineAssumption>;
	/** Assumptions that name a region or indicator the data does not have. */
	warnings: Bilingual[];
	issues: DataIssue[];
}

/**
 * The dataset with the scenario's data — the analyst's data it carries (`data`), then its own
 * observations and targets — and its assumptions keyed by id.
 */
export function applyScenario(base: Dataset, scenario: Scenario): AppliedScenario {
	const layered = applyDataEntries(base, scenario.data ?? []);
	const { dataset, issues } = applyScenarioData(layered.dataset, scenario);
	const { assumptions, warnings } = resolveAssumptions(dataset, scenario.assumptions ?? []);
	return { dataset, assumptions, warnings: [...layered.warnings, ...warnings], issues };
}

/** The loaded data with the scenario's own observations and targets. */
export function applyScenarioData(
	base: Dataset,
	scenario: Pick<Scenario, 'name' | 'targets' | 'observations'>
): { dataset: Dataset; issues: DataIssue[] } {
	let dataset = base;
	const issues: DataIssue[] = [];
	if (scenario.targets?.length || scenario.observations?.length) {
		const source: Source = {
			id: `scenario:${scenario.name}`,
			kind: 'scenario',
			title: scenario.name
		};
		const figures: FigureInput[] = [
			...(scenario.observations ?? []).map((o) => ({ ...o, kind: 'actual' as const })),
			...(scenario.targets ?? []).map((t) => ({
				...t,
				kind: 'target' as const,
				year: t.year ?? null
			}))
		];
		const read = addFigures(base, figures, { sourceKind: 'scenario', fileSource: source });
		const replaced = new Set(
			read.addition.targets.map((t) => `${seriesKey(t.region, t.indicator)}\u0000${t.year}`)
		);
		const keep = (region: string, indicator: string, year: number | null) =>
			!replaced.has(`${seriesKey(region, indicator)}\u0000${year}`);
		const kept =
			base instanceof ColumnarDataset
				? keepTargets(base, keep)
				: { ...base, targets: base.targets.filter((t) => keep(t.region, t.indicator, t.year)) };
		dataset = mergeDataset(kept, read.addition);
	}
	return { dataset, issues };
}

/** Assumptions resolved against a dataset, and the warnings for those that did not resolve. */
export interface ResolvedAssumptions {
	assumptions: ReadonlyMap<string, EngineAssumption>;
	warnings: Bilingual[];
}

/** The scenario's assumptions keyed by {@link seriesKey} of resolved ids, and what did not resolve. */
export function resolveAssumptions(
	dataset: Dataset,
	list: readonly ScenarioAssumption[]
): ResolvedAssumptions {
	// The page's scenario replaces its list on every change and never mutates it: the same list
	// against the same data resolves to the same result (read again when a run's results come
	// back from the workers, 90,000 assumptions at county scale). Callers do not change it.
	const cached = resolvedLists.get(list);
	if (cached?.dataset === dataset) return cached.result;
	// A slider move replaces one assumption of the list resolved last: only that one is resolved.
	// A new list of the same series in the same places (a method for all, then another) is read
	// into the places of the last one resolved whole.
	const last = latestLists.get(dataset);
	const result =
		(last && resolveChanges(dataset, last, list)) ??
		resolveInPlaces(shapes.get(dataset), list) ??
		resolveList(dataset, list);
	resolvedLists.set(list, { dataset, result });
	latestLists.set(dataset, { list, result });
	return result;
}

const resolvedLists = new WeakMap<
	readonly ScenarioAssumption[],
	{ dataset: Dataset; result: ResolvedAssumptions }
>();
/** The list resolved last against each dataset. */
const latestLists = new WeakMap<
	Dataset,
	{ list: readonly ScenarioAssumption[]; result: ResolvedAssumptions }
>();

/**
 * The region and indicator in each place of the list last resolved whole against a dataset,
 * when every one resolved, and the index of their keys.
 */
interface Shape {
	regions: string[];
	indicators: string[];
	index: KeyIndex;
}
const shapes = new WeakMap<Dataset, Shape>();

/** `list` read into the places of `shape`, or null when its series are not those, in that order. */
function resolveInPlaces(
	shape: Shape | undefined,
	list: readonly ScenarioAssumption[]
): ResolvedAssumptions | null {
	if (!shape || shape.regions.length !== list.length) return null;
	const { regions, indicators } = shape;
	const byPlace = new Array<EngineAssumption>(list.length);
	for (let i = 0; i < list.length; i++) {
		const a = list[i]!;
		if (a.region !== regions[i] || a.indicator !== indicators[i]) return null;
		byPlace[i] = engineAssumption(a);
	}
	return { assumptions: new ListedAssumptions(shape.index, byPlace), warnings: [] };
}

/** Entries of two lists that differ, position by position, beyond which a list is resolved whole. */
const CHANGES_MAX = 64;

/**
 * One shared object per method for an assumption that sets only a method (a scenario that sets
 * one for every series holds 90,000 of them); frozen, as every resolved assumption is read-only.
 */
const METHOD_ONLY = new Map<string, EngineAssumption>();

function engineAssumption(a: ScenarioAssumption): EngineAssumption {
	if (a.rate === undefined && a.sigma === undefined && a.baseline === undefined) {
		const key = a.method ?? '';
		let shared = METHOD_ONLY.get(key);
		if (!shared) {
			shared = Object.freeze(a.method === undefined ? {} : { method: a.method });
			METHOD_ONLY.set(key, shared);
		}
		return shared;
	}
	const engine: EngineAssumption = {};
	if (a.method !== undefined) engine.method = a.method;
	if (a.rate !== undefined) engine.rate = a.rate;
	if (a.sigma !== undefined) engine.sigma = a.sigma;
	if (a.baseline !== undefined) engine.baseline = a.baseline;
	return engine;
}

/**
 * The key of an assumption's region × indicator in `dataset` ({@link seriesKeyIn}), or null when
 * either does not resolve. Ids, as the app writes them, are found without resolving names.
 */
function keyOf(dataset: Dataset, a: ScenarioAssumption): string | null {
	const known = knownSeriesKey(dataset, a.region, a.indicator);
	if (known !== undefined) return known;
	const idx = indexDataset(dataset);
	const region = idx.regions.resolve(a.region);
	const indicator = idx.indicators.resolve(a.indicator);
	return region && indicator ? seriesKeyIn(dataset, region.id, indicator.id) : null;
}

/**
 * `list` resolved as the changes it makes to `last` (same positions, a few entries replaced,
 * one added or dropped at the end), or null when it is not that, or when a warning or a
 * repeated region × indicator could make the shortcut differ from resolving the whole list.
 */
function resolveChanges(
	dataset: Dataset,
	last: { list: readonly ScenarioAssumption[]; result: ResolvedAssumptions },
	list: readonly ScenarioAssumption[]
): ResolvedAssumptions | null {
	const old = last.list;
	const before = last.result.assumptions;
	if (last.result.warnings.length > 0 || before.size !== old.length) return null;
	if (Math.abs(list.length - old.length) > 1) return null;
	const dropped: ScenarioAssumption[] = [];
	const added: ScenarioAssumption[] = [];
	for (let i = 0; i < Math.max(old.length, list.length); i++) {
		if (old[i] === list[i]) continue;
		if (old[i]) dropped.push(old[i]!);
		if (list[i]) added.push(list[i]!);
		if (added.length + dropped.length > CHANGES_MAX) return null;
	}
	const changes = new Map<string, EngineAssumption | undefined>();
	for (const a of dropped) {
		const key = keyOf(dataset, a);
		if (key === null) return null;
		changes.set(key, undefined);
	}
	for (const a of added) {
		const key = keyOf(dataset, a);
		// Unresolved (a warning to give) or given twice: resolved whole.
		if (key === null || changes.get(key) !== undefined) return null;
		if (before.has(key) && !changes.has(key)) return null;
		changes.set(key, engineAssumption(a));
	}
	return { assumptions: withChanges(before, changes), warnings: [] };
}

function resolveList(dataset: Dataset, list: readonly ScenarioAssumption[]): ResolvedAssumptions {
	const keys: string[] = [];
	const byPlace: EngineAssumption[] = [];
	const warnings: Bilingual[] = [];
	for (const a of list) {
		const key = keyOf(dataset, a);
		if (key !== null) {
			keys.push(key);
			byPlace.push(engineAssumption(a));
			continue;
		}
		const region = indexDataset(dataset).regions.resolve(a.region);
		warnings.push(
			region
				? assumptionMessage('assumption.unknownIndicator', { name: a.indicator })
				: assumptionMessage('assumption.unknownRegion', { name: a.region })
		);
	}
	const index = new KeyIndex(keys);
	if (warnings.length === 0)
		shapes.set(dataset, {
			regions: list.map((a) => a.region),
			indicators: list.map((a) => a.indicator),
			index
		});
	return { assumptions: new ListedAssumptions(index, byPlace), warnings };
}
