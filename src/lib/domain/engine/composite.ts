/**
 * The headline per region and milestone (engine.md, "Composite"): "will the 2027 / 2029 / 2035
 * targets be met?" — the expected number met `Σ P`, its share, and the count in each status.
 */
import type { Status } from './types.ts';

/** The fields of an assessment the composite reads; any record with them will do. */
export interface CompositeInput {
	region: string;
	evaluatedYear: number;
	/** Null for `no-data`: counts 0 towards `expectedMet`. */
	probability: number | null;
	status: Status;
}

/** One region at one milestone. */
export interface CompositeRow {
	region: string;
	milestone: number;
	/** Targets evaluated in this milestone's period, `no-data` ones included. */
	count: number;
	/** `Σ P` over them (`met` counts 1, `missed` and `no-data` 0). */
	expectedMet: number;
	/** `expectedMet / count`; null when `count` is 0. */
	share: number | null;
	onTrack: number;
	atRisk: number;
	offTrack: number;
	met: number;
	missed: number;
	noData: number;
}

/**
 * Groups assessments by region and milestone. An assessment belongs to the first milestone at
 * or after its evaluated year: the 2027 column holds the targets due up to 2027 (including
 * those already decided as `met` / `missed`), the 2029 column those due in 2028–2029, and so
 * on; targets due after the last milestone appear in no column. (engine.md says "evaluated at
 * milestone M"; with the usual plan years this is the same thing, and a 2030 target is not lost.)
 *
 * Rows come region by region in the order regions first appear, each with every milestone in
 * ascending order, including milestones with no targets (`count` 0, `share` null).
 */
export function compositeByRegion(
	results: Iterable<CompositeInput>,
	milestones: readonly number[]
): CompositeRow[] {
	const sorted = [...new Set(milestones)].sort((a, b) => a - b);
	const rowsByRegion = new Map<string, CompositeRow[]>();
	for (const result of results) {
		const column = firstAtOrAfter(sorted, result.evaluatedYear);
		if (column < 0) continue;
		let rows = rowsByRegion.get(result.region);
		if (rows === undefined) {
			rows = sorted.map((milestone) => emptyRow(result.region, milestone));
			rowsByRegion.set(result.region, rows);
		}
		const row = rows[column]!;
		row.count++;
		row.expectedMet += result.probability ?? 0;
		switch (result.status) {
			case 'on-track':
				row.onTrack++;
				break;
			case 'at-risk':
				row.atRisk++;
				break;
			case 'off-track':
				row.offTrack++;
				break;
			case 'met':
				row.met++;
				break;
			case 'missed':
				row.missed++;
				break;
			case 'no-data':
				row.noData++;
				break;
		}
	}
	const out: CompositeRow[] = [];
	for (const rows of rowsByRegion.values()) {
		for (const row of rows) {
			row.share = row.count > 0 ? row.expectedMet / row.count : null;
			out.push(row);
		}
	}
	return out;
}

function firstAtOrAfter(sorted: readonly number[], year: number): number {
	for (let i = 0; i < sorted.length; i++) if (sorted[i]! >= year) return i;
	return -1;
}

function emptyRow(region: string, milestone: number): CompositeRow {
	return {
		region,
		milestone,
		count: 0,
		expectedMet: 0,
		share: null,
		onTrack: 0,
		atRisk: 0,
		offTrack: 0,
		met: 0,
		missed: 0,
		noData: 0
	};
}
