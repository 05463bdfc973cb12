/** Two scenario runs side by side, and what differs in their assumptions. Pure. */
import type { Dataset } from '../data/model.ts';
import { indexDataset } from '../data/registry.ts';
import type { Assumption as EngineAssumption, TargetAssessment } from '../domain/engine/index.ts';
import { resolveAssumptions } from '../scenario/apply.ts';
import type { RunResult } from '../scenario/run.ts';
import type { Assumption } from '../scenario/schema.ts';

export interface CompareRow {
	key: string;
	region: string;
	indicator: string;
	label: string;
	a: TargetAssessment | null;
	b: TargetAssessment | null;
	/** P(b) − P(a); null when either has none. */
	delta: number | null;
}

/** A target's identity across runs: the same region, indicator, year, comparator and values. */
export function identity(a: TargetAssessment, region: string, indicator: string): string {
	return [region, indicator, a.evaluatedYear, a.year, a.comparator, a.value, a.valueMax].join('|');
}

function label(a: TargetAssessment): string {
	const year = a.year === null ? `→${a.evaluatedYear}` : String(a.evaluatedYear);
	const value =
		a.comparator === 'range' ? `${a.value}–${a.valueMax}` : `${a.comparator} ${a.value}`;
	return `${value}（${year}）`;
}

/** The focus region's targets in either run, matched by identity. */
export function compareRuns(a: RunResult, b: RunResult, region: string): CompareRow[] {
	const rows = new Map<string, CompareRow>();
	const add = (run: RunResult, side: 'a' | 'b') => {
		for (const r of run.results) {
			if (r.region !== region) continue;
			const key = identity(r.assessment, r.region, r.indicator);
			let row = rows.get(key);
			if (!row) {
				row = {
					key,
					region: r.region,
					indicator: r.indicator,
					label: label(r.assessment),
					a: null,
					b: null,
					delta: null
				};
				rows.set(key, row);
			}
			row[side] = r.assessment;
		}
	};
	add(a, 'a');
	add(b, 'b');
	for (const row of rows.values()) {
		const pa = row.a?.probability;
		const pb = row.b?.probability;
		row.delta = pa === null || pa === undefined || pb === null || pb === undefined ? null : pb - pa;
	}
	return [...rows.values()].sort(
		(x, y) => (x.a ?? x.b)!.evaluatedYear - (y.a ?? y.b)!.evaluatedYear
	);
}

export interface AssumptionChange {
	key: string;
	region: string;
	indicator: string;
	/** A short description, or null for "fitted trend". */
	a: string | null;
	b: string | null;
}

/** An assumption in short; null for the fitted trend (none, or a linear one that sets nothing). */
function describe(x: EngineAssumption | undefined): string | null {
	if (!x) return null;
	const setsNothing = x.rate === undefined && x.sigma === undefined && !x.baseline;
	if (setsNothing && (x.method ?? 'linear') === 'linear') return null;
	const parts: string[] = [x.method ?? 'linear'];
	if (x.rate !== undefined) parts.push(`r=${Number(x.rate.toPrecision(6))}`);
	if (x.sigma !== undefined) parts.push(`σ=${Number(x.sigma.toPrecision(6))}`);
	if (x.baseline) parts.push(`${x.baseline.year}=${x.baseline.value}`);
	return parts.join(' ');
}

/** Assumptions that differ between the current scenario and another run's. */
export function assumptionChanges(
	dataset: Dataset,
	current: readonly Assumption[],
	other: ReadonlyMap<string, EngineAssumption>
): AssumptionChange[] {
	const mine = resolveAssumptions(dataset, current).assumptions;
	const keys = new Set([...mine.keys(), ...other.keys()]);
	const idx = indexDataset(dataset);
	const out: AssumptionChange[] = [];
	for (const key of keys) {
		const a = describe(mine.get(key));
		const b = describe(other.get(key));
		if (a === b) continue;
		const [region = '', indicator = ''] = key.split('\u0000');
		if (!idx.regions.byId(region) && !idx.indicators.byId(indicator)) continue;
		out.push({ key, region, indicator, a, b });
	}
	return out.sort((x, y) => x.key.localeCompare(y.key));
}

/** How one result differs from the same target's in another run. */
export interface ResultDiff {
	/** P(this) − P(other); null when either has none. */
	delta: number | null;
	/** The other run's status. */
	was: TargetAssessment['status'];
}

/** Each result of `run` against the same target in `other`, by result key. */
export function diffRuns(
	run: readonly { key: string; region: string; indicator: string; assessment: TargetAssessment }[],
	other: RunResult
): Map<string, ResultDiff> {
	const theirs = new Map<string, TargetAssessment>();
	for (const r of other.results)
		theirs.set(identity(r.assessment, r.region, r.indicator), r.assessment);
	const out = new Map<string, ResultDiff>();
	for (const r of run) {
		const b = theirs.get(identity(r.assessment, r.region, r.indicator));
		if (!b) continue;
		const pa = r.assessment.probability;
		const pb = b.probability;
		out.set(r.key, { delta: pa === null || pb === null ? null : pa - pb, was: b.status });
	}
	return out;
}
