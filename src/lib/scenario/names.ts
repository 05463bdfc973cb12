/** A scenario with its region and indicator ids replaced by Chinese names, for files people read. */
import type { DatasetIndex } from '../data/registry.ts';
import type { Scenario } from './schema.ts';

export function withDisplayNames(s: Scenario, idx: DatasetIndex): Scenario {
	const region = (id: string) => idx.regions.byId(id)?.zh ?? id;
	const indicator = (id: string) => idx.indicators.byId(id)?.zh ?? id;
	const out: Scenario = { ...s };
	if (s.view) {
		out.view = { ...s.view };
		if (s.view.region) out.view.region = region(s.view.region);
		if (s.view.indicator) out.view.indicator = indicator(s.view.indicator);
		if (s.view.compare) out.view.compare = s.view.compare.map(region);
		if (s.view.rankParent) out.view.rankParent = region(s.view.rankParent);
	}
	if (s.assumptions)
		out.assumptions = s.assumptions.map((a) => ({
			...a,
			region: region(a.region),
			indicator: indicator(a.indicator)
		}));
	return out;
}
