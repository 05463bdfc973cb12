/**
 * The headline per region and milestone (engine.md, "Composite"): "will the 2027 / 2029 / 2035
 * targets be met?" — how many could be judged, the expected number met `Σ P` over those, and the
 * count in each status, so that the headline always says how many could not be judged.
 */
import { STATUSES_WITH_VERDICT, type Status } from './types.ts';

/** The fields of an assessment the composite reads; any record with them will do. */
export interface CompositeInput {
	region: string;
	evaluatedYear: number;
	/** Counts towards `expectedMet` only for an assessable status. */
	probability: number | null;
	status: Status;
}

/** One region at one milestone. */
export interface CompositeRow {
	region: string;
	milestone: number;
	/** Targets evaluated in this milestone's period, whatever their status. */
	count: number;
	/**
	 * Those with a verdict: decided from the actuals (`met`, `missed`) or forecast with a
	 * probability (`on-track`, `at-risk`, `off-track`). Not `unverified` (an estimate only),
	 * `needs-assumption` or `no-data`.
	 */
	assessable: number;
	/** `Σ P` over the assessable ones (`met` counts 1, `missed` 0). */
	expectedMet: number;
	/** `expectedMet / assessable`; null when nothing is assessable. */
	share: number | null;
	onTrack: number;
	atRisk: number;
	offTrack: number;
	met: number;
	missed: number;
	needsAssumption: number;
	unverified: number;
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
		row[COUNTER[result.status]]++;
		if (ASSESSABLE.has(result.status)) {
			row.assessable++;
			row.expectedMet += result.probability ?? 0;
		}
	}
	const out: CompositeRow[] = [];
	for (const rows of rowsByRegion.values()) {
		for (const row of rows) {
			row.share = row.assessable > 0 ? row.expectedMet / row.assessable : null;
			out.push(row);
		}
	}
	return out;
}

/** The statuses that carry a verdict (see `CompositeRow.assessable`). */
export const ASSESSABLE: ReadonlySet<Status> = new Set(STATUSES_WITH_VERDICT);

type Counter =
	| 'onTrack'
	| 'atRisk'
	| 'offTrack'
	| 'met'
	| 'missed'
	| 'needsAssumption'
	| 'unverified'
	| 'noData';
const COUNTER: Readonly<Record<Status, Counter>> = {
	'on-track': 'onTrack',
	'at-risk': 'atRisk',
	'off-track': 'offTrack',
	met: 'met',
	missed: 'missed',
	'needs-assumption': 'needsAssumption',
	unverified: 'unverified',
	'no-data': 'noData'
};

function firstAtOrAfter(sorted: readonly number[], year: number): number {
	for (let i = 0; i < sorted.length; i++) if (sorted[i]! >= year) return i;
	return -1;
}

function emptyRow(region: string, milestone: number): CompositeRow {
	return {
		region,
		milestone,
		count: 0,
		assessable: 0,
		expectedMet: 0,
		share: null,
		onTrack: 0,
		atRisk: 0,
		offTrack: 0,
		met: 0,
		missed: 0,
		needsAssumption: 0,
		unverified: 0,
		noData: 0
	};
}
