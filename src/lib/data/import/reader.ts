/**
 * Reading canonical records in batches as the converters produce them, so that a large file's
 * records never all exist at once (a 20 MB wide file holds millions of values). Each batch is
 * read against the loaded dataset plus the regions, indicators and sources earlier batches
 * created, which gives the same result as reading all records in one go.
 */
import { readRecords, type CanonicalRecord } from '../canonical.ts';
import type { DataIssue } from '../issues.ts';
import type { Dataset, Indicator, Observation, Region, Source, Target } from '../model.ts';
import { valueIssues } from './values.ts';

/** Records per batch: large enough to amortise the per-batch index, small enough to stay light. */
const BATCH = 100_000;

/** What all batches read together. */
export interface BatchResult {
	addition: Dataset;
	issues: DataIssue[];
	observationRows: number[];
	targetRows: number[];
}

export interface BatchReader {
	/** Take one record (read when the batch is full). */
	emit(record: CanonicalRecord): void;
	/** Read what is left and return everything. */
	finish(): BatchResult;
}

/** A reader against `base`; rows that name no source get `fileSource`. */
export function batchReader(
	base: Dataset,
	fileSource: Source,
	onBatch?: (lastRow: number) => void
): BatchReader {
	const sources: Source[] = [];
	const regions: Region[] = [];
	const indicators: Indicator[] = [];
	const observations: Observation[] = [];
	const targets: Target[] = [];
	const issues: DataIssue[] = [];
	const observationRows: number[] = [];
	const targetRows: number[] = [];
	let batch: CanonicalRecord[] = [];

	const append = <T>(to: T[], from: readonly T[]) => {
		for (const item of from) to.push(item);
	};
	const flush = () => {
		if (batch.length === 0) return;
		const current: Dataset =
			sources.length + regions.length + indicators.length === 0
				? base
				: {
						...base,
						sources: [...base.sources, ...sources],
						regions: [...base.regions, ...regions],
						indicators: [...base.indicators, ...indicators]
					};
		const read = readRecords(batch, current, { sourceKind: 'import', fileSource });
		append(issues, valueIssues(batch, current));
		append(issues, read.issues);
		append(sources, read.addition.sources);
		append(regions, read.addition.regions);
		append(indicators, read.addition.indicators);
		append(observations, read.addition.observations);
		append(targets, read.addition.targets);
		append(observationRows, read.observationRows);
		append(targetRows, read.targetRows);
		onBatch?.(batch[batch.length - 1]?.row ?? 0);
		batch = [];
	};
	return {
		emit(record) {
			batch.push(record);
			if (batch.length >= BATCH) flush();
		},
		finish() {
			flush();
			return {
				addition: { sources, regions, indicators, observations, targets },
				issues,
				observationRows,
				targetRows
			};
		}
	};
}
