/**
 * The importer as the page uses it: one object that reads a file, keeps the full report, and
 * answers what the preview asks (the figures under a mapping, conflicts after it) and what
 * applying needs (the mapped addition, in parts). The same class runs in the import worker,
 * called through comlink, and on the main thread where there is no worker. Only summaries and
 * parts cross to the page: a file's millions of figures never travel in one message.
 */
import { importMessage as m } from '../../i18n/import.ts';
import type { Dataset, Indicator, Region, Source } from '../model.ts';
import { InputError, type Bilingual, type DataIssue } from '../issues.ts';
import { mapAddition } from './apply.ts';
import { importData } from './pipeline.ts';
import { packPart, type PackedPart } from './parts.ts';
import { review, type Review } from './preview.ts';
import type { Conflict, ImportMapping, ImportOptions, ImportReport } from './types.ts';

/** Figures per part: one part is one message, read by the page in a short task of its own. */
export const PART_SIZE = 10_000;

export type { PackedPart } from './parts.ts';

/** Issues and conflicts the preview receives (the counts say how many there are in all). */
export const PREVIEW_LIST = 1000;

/** The report as the preview receives it: no figures, the long lists cut, their counts. */
export type ImportPreview = Omit<ImportReport, 'addition' | 'rows' | 'issues' | 'conflicts'> & {
	addition: Pick<Dataset, 'sources' | 'regions' | 'indicators'>;
	issues: DataIssue[];
	issueCounts: { errors: number; warnings: number };
	conflicts: Conflict[];
	conflictCount: number;
	/** How long the pipeline took, ms. */
	pipelineMs: number;
};

/** A review as the preview receives it (conflicts cut, their count). */
export type ImportReview = Review & { conflictCount: number };

/** What applying needs before the parts: the new items, and how many parts of figures follow. */
export interface Prepared {
	sources: Source[];
	regions: Region[];
	indicators: Indicator[];
	observations: number;
	targets: number;
	parts: number;
}

/** A refusal in both languages (InputError does not survive the trip from a worker). */
export type Outcome<T> = { ok: true; value: T } | { ok: false; message: Bilingual };

/** Options that cross into a worker (no callbacks). */
export type ServiceOptions = Omit<ImportOptions, 'onProgress'>;

function outcome<T>(run: () => T): Outcome<T> {
	try {
		return { ok: true, value: run() };
	} catch (error) {
		if (error instanceof InputError) return { ok: false, message: error.bilingual };
		throw error;
	}
}

function summary(report: ImportReport, pipelineMs: number): ImportPreview {
	const { addition, rows: _rows, issues, conflicts, ...rest } = report;
	void _rows;
	let errors = 0;
	for (const i of issues) if (i.severity === 'error') errors++;
	return {
		...rest,
		addition: {
			sources: addition.sources,
			regions: addition.regions,
			indicators: addition.indicators
		},
		// Errors first: they say why rows were rejected.
		issues: [
			...issues.filter((i) => i.severity === 'error'),
			...issues.filter((i) => i.severity !== 'error')
		].slice(0, PREVIEW_LIST),
		issueCounts: { errors, warnings: issues.length - errors },
		conflicts: conflicts.slice(0, PREVIEW_LIST),
		conflictCount: conflicts.length,
		pipelineMs
	};
}

export class ImportService {
	#base: Dataset | null = null;
	#report: ImportReport | null = null;
	#prepared: Dataset | null = null;

	/**
	 * Read a file against `base` (null: the base of the last read, not sent again). Progress
	 * goes to `onProgress` (at most one call per percent).
	 */
	async read(
		bytes: ArrayBuffer,
		base: Dataset | null,
		options: ServiceOptions,
		onProgress?: (fraction: number) => void
	): Promise<Outcome<ImportPreview>> {
		if (base) this.#base = base;
		const loaded = this.#base;
		if (!loaded) throw new Error('read() needs a base dataset first');
		this.#report = null;
		this.#prepared = null;
		let last = -1;
		const start = performance.now();
		try {
			const report = await importData(bytes, loaded, {
				...options,
				onProgress: (fraction) => {
					const step = Math.floor(fraction * 100);
					if (step === last) return;
					last = step;
					onProgress?.(fraction);
				}
			});
			this.#report = report;
			return { ok: true, value: summary(report, performance.now() - start) };
		} catch (error) {
			if (error instanceof InputError) return { ok: false, message: error.bilingual };
			throw error;
		}
	}

	#current(): { base: Dataset; report: ImportReport } {
		if (!this.#base || !this.#report) throw InputError.from(m('session.none'));
		return { base: this.#base, report: this.#report };
	}

	/** The preview under a mapping: the first figures, conflicts, figures that would be added. */
	review(mapping: ImportMapping): Outcome<ImportReview> {
		return outcome(() => {
			const { base, report } = this.#current();
			const r = review(base, report, mapping);
			return {
				...r,
				conflicts: r.conflicts.slice(0, PREVIEW_LIST),
				conflictCount: r.conflicts.length
			};
		});
	}

	/** Resolve the addition under a mapping, ready to be fetched by {@link part}. */
	prepare(mapping: ImportMapping): Outcome<Prepared> {
		return outcome(() => {
			const { base, report } = this.#current();
			const { addition } = mapAddition(base, report, mapping);
			this.#prepared = addition;
			const count = Math.max(addition.observations.length, addition.targets.length);
			return {
				sources: addition.sources,
				regions: addition.regions,
				indicators: addition.indicators,
				observations: addition.observations.length,
				targets: addition.targets.length,
				parts: Math.max(1, Math.ceil(count / PART_SIZE))
			};
		});
	}

	/** Part `i` of the prepared figures, packed (see parts.ts). */
	part(i: number): PackedPart {
		const prepared = this.#prepared;
		if (!prepared) throw new Error('prepare() must run first');
		const from = i * PART_SIZE;
		return packPart(
			prepared.observations.slice(from, from + PART_SIZE),
			prepared.targets.slice(from, from + PART_SIZE)
		);
	}

	/** Forget the last file. */
	clear(): void {
		this.#report = null;
		this.#prepared = null;
	}
}
