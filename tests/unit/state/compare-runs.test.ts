/**
 * diffRuns and compareRuns read only the other run's results of the rows' region × indicator
 * (by key); they must give what a scan of every result gives (the way they were written first,
 * restated here as the reference).
 */
import { describe, expect, it } from 'vitest';
import { builtInDataset } from '../../../src/cli/seedFiles.ts';
import type { Assumption, TargetAssessment } from '../../../src/lib/domain/engine/index.ts';
import { seriesKey } from '../../../src/lib/scenario/apply.ts';
import { ScenarioRunner, type RunResult } from '../../../src/lib/scenario/run.ts';
import { compareRuns, diffRuns, identity } from '../../../src/lib/state/compare.ts';

const settings = { horizon: 2035, milestones: [2027, 2029, 2035], asOf: 2026 };

function scanDiff(run: RunResult, other: RunResult) {
	const theirs = new Map<string, TargetAssessment>();
	for (const r of other.results)
		theirs.set(identity(r.assessment, r.region, r.indicator), r.assessment);
	const out = new Map<string, { delta: number | null; was: string }>();
	for (const r of run.results) {
		const b = theirs.get(identity(r.assessment, r.region, r.indicator));
		if (!b) continue;
		const pa = r.assessment.probability;
		const pb = b.probability;
		out.set(r.key, { delta: pa === null || pb === null ? null : pa - pb, was: b.status });
	}
	return out;
}

describe('comparing two runs by key', () => {
	const dataset = builtInDataset();
	const base = new ScenarioRunner(dataset).run(new Map(), settings);
	// Every series with results gets a faster compound rate: many rows differ.
	const changed = new Map<string, Assumption>();
	for (const r of base.results)
		changed.set(seriesKey(r.region, r.indicator), { method: 'compound', rate: 0.05 });
	const run = new ScenarioRunner(dataset).run(changed, settings);

	it('diffRuns gives what a scan of every result gives', () => {
		const mine = diffRuns(run.results, base);
		const reference = scanDiff(run, base);
		expect(reference.size).toBeGreaterThan(50);
		expect(mine).toEqual(reference);
		expect([...mine.values()].some((d) => d.delta !== null && d.delta !== 0)).toBe(true);
	});

	it('compareRuns of each region gives what filtering every result gives', () => {
		for (const region of ['chongqing', ...new Set(base.results.map((r) => r.region))]) {
			const viaFilter = compareRuns(
				{ ...run, byRegion: new Map([[region, run.results.filter((r) => r.region === region)]]) },
				{ ...base, byRegion: new Map([[region, base.results.filter((r) => r.region === region)]]) },
				region
			);
			expect(compareRuns(run, base, region)).toEqual(viaFilter);
		}
	});
});
