/** The current run's projections of some regions for one indicator, by region id. */
import type { Assumption, Projection } from '../domain/engine/index.ts';
import { seriesKey } from '../scenario/apply.ts';
import type { RunResult } from '../scenario/run.ts';

export function projectionsOf(
	run: RunResult,
	regions: readonly string[],
	indicator: string
): Map<string, Projection> {
	const out = new Map<string, Projection>();
	for (const r of regions) {
		const p = run.projections.get(seriesKey(r, indicator))?.projection;
		if (p) out.set(r, p);
	}
	return out;
}

/** No assumptions at all: the fitted trends. Shared, never changed. */
export const NO_ASSUMPTIONS: ReadonlyMap<string, Assumption> = new Map<string, Assumption>();
