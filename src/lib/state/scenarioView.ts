/**
 * A scenario read onto the page (`AppState.loadScenario`): its assumptions and its view with
 * the names it uses (a region's name or alias, an indicator's) resolved to the ids of the data
 * loaded, what it cannot resolve said in a sentence, what it leaves out taking the default.
 * Pure.
 */
import type { Bilingual } from '../data/issues.ts';
import type { Dataset } from '../data/model.ts';
import type { DatasetIndex } from '../data/registry.ts';
import { resolveAssumptions } from '../scenario/apply.ts';
import type { Assumption, Scenario } from '../scenario/schema.ts';
import { defaultView, type View } from './view.ts';

/**
 * A scenario's assumptions with region and indicator resolved to ids in `idx`; those that do
 * not resolve are left out, each with the warning `resolveAssumptions` gives for it.
 */
export function assumptionsOf(
	s: Scenario,
	idx: DatasetIndex,
	effective: Dataset
): { assumptions: Assumption[]; warnings: Bilingual[] } {
	const warnings: Bilingual[] = [];
	const assumptions: Assumption[] = [];
	for (const a of s.assumptions ?? []) {
		const region = idx.regions.resolve(a.region);
		const indicator = idx.indicators.resolve(a.indicator);
		if (region && indicator) assumptions.push({ ...a, region: region.id, indicator: indicator.id });
		else warnings.push(...resolveAssumptions(effective, [a]).warnings);
	}
	return { assumptions, warnings };
}

/** A scenario's view with names resolved to ids; what it leaves out takes the default. */
export function viewOf(v: NonNullable<Scenario['view']>, idx: DatasetIndex): View {
	const base = defaultView(idx);
	const region = v.region ? idx.regions.resolve(v.region) : undefined;
	const indicator = v.indicator ? idx.indicators.resolve(v.indicator) : undefined;
	return {
		region: region?.id ?? base.region,
		indicator: indicator?.id ?? base.indicator,
		compare: v.compare
			? v.compare.map((c) => idx.regions.resolve(c)?.id).filter((c): c is string => !!c)
			: base.compare,
		mode: v.mode ?? base.mode,
		scope: v.scope ?? base.scope,
		// null is a choice ("all milestones"): only an absent field takes the default
		milestone: v.milestone !== undefined ? v.milestone : base.milestone,
		status: v.status !== undefined ? v.status : base.status,
		tab: v.tab ?? base.tab,
		rankLevel: v.rankLevel ?? null,
		rankParent: v.rankParent ? (idx.regions.resolve(v.rankParent)?.id ?? null) : null,
		rankYear: v.rankYear ?? null,
		against: v.against ?? null
	};
}
