/**
 * The workflow of reading targets out of a policy document, as a state class: the document form,
 * the reading (run in a Web Worker with progress, and stoppable), the date and region the
 * document states of itself (shown, and changed by the analyst at will: a changed year re-reads
 * at once, keeping the analyst's edits), the reviewed rows, and the acceptance. The components
 * of `components/extract` show it and call its methods; it holds no DOM.
 */
/* eslint-disable svelte/prefer-svelte-reactivity -- the maps and sets here are either replaced
   whole ($state.raw) or private working data, never mutated in place as reactive state */
import type { Bilingual } from '../data/issues.ts';
import { InputError } from '../data/issues.ts';
import type { Comparator, Dataset, Region } from '../data/model.ts';
import { COMPARATORS } from '../data/vocabulary.ts';
import { indexDataset } from '../data/registry.ts';
import { decodeDocument } from '../data/document.ts';
import {
	candidatesToAddition,
	rowsFromCandidates,
	titleFromFileName,
	type ExtractedRow
} from '../data/extracted.ts';
import { regionInHead } from '../data/extractMatch.ts';
import type { DocumentReading, DocumentTime, ExtractOptions } from '../domain/extract/types.ts';

export type { Reader };
import { readInBackground, type Reader } from '../domain/extract/background.ts';
import { txBoth } from '../i18n/extract.ts';

/** The fields of the document form, as the analyst set them ('' / null: left to the text). */
export interface DocumentFields {
	text: string;
	title: string;
	/** A region id, or '' for the one the document names (or none). */
	regionId: string;
	/** The year the document was written, or null for the one the text states. */
	year: number | null;
}

/** A sentence shown in the panel, in both languages (it follows a change of language). */
export interface Notice {
	kind: 'info' | 'error';
	text: Bilingual;
}

/** What the document says of itself, from the last reading. */
export interface Inferred {
	date: DocumentTime['date'];
	plan: DocumentTime['plan'];
	/** The dataset's region the head names, or null. */
	regionId: string | null;
	/** A region the head names that the dataset does not have (`东川省`), or null. */
	regionName: string | null;
}

/** A text this long is read with a progress bar and a stop button in sight. */
export const LONG_TEXT = 20_000;

/** What the analyst changed on a row, kept across a re-reading by the row's place. */
type Edits = Partial<ExtractedRow>;
const rowKey = (r: Pick<ExtractedRow, 'valueSpan' | 'value'>): string =>
	`${r.valueSpan.start}:${r.valueSpan.end}`;

export class ExtractSession {
	fields = $state<DocumentFields>({ text: '', title: '', regionId: '', year: null });
	/** The name of the opened file, while its text is the one in the form. */
	fileName = $state<string | null>(null);
	/** What the last reading found the document to say of itself. */
	inferred = $state.raw<Inferred | null>(null);
	/** The text the rows were read from (their offsets point into it). */
	extracted = $state<string | null>(null);
	rows = $state.raw<ExtractedRow[]>([]);
	chosen = $state<number | null>(null);
	/** Why ticked rows were refused at the last acceptance, by row index. */
	refusals = $state.raw<ReadonlyMap<number, readonly Bilingual[]>>(new Map());
	notice = $state<Notice | null>(null);
	/** 0..1 while a reading runs; null when none does. */
	progress = $state<number | null>(null);

	/** The comparators a target can have, for the row's menu. */
	readonly comparators: readonly Comparator[] = COMPARATORS;

	readonly #dataset: () => Dataset;
	readonly #read: Reader;
	#controller: AbortController | null = null;
	#reading: DocumentReading | null = null;
	#edits = new Map<string, Edits>();

	constructor(dataset: () => Dataset, read: Reader = readInBackground) {
		this.#dataset = dataset;
		this.#read = read;
	}

	get ticked(): number {
		return this.rows.filter((r) => r.accept).length;
	}
	/** The text was edited since the rows were read. */
	get stale(): boolean {
		return this.extracted !== null && this.extracted !== this.fields.text;
	}
	get running(): boolean {
		return this.progress !== null;
	}
	/** The year the reading used: the analyst's, else the one the text states. */
	get documentYear(): number | null {
		return this.fields.year ?? this.inferred?.date?.year ?? null;
	}
	/** The region the rows default to: the analyst's, else the one the document names. */
	get regionId(): string {
		return this.fields.regionId || this.inferred?.regionId || '';
	}
	/** The title used when the analyst gives none: the file's name, or null (a pasted text). */
	get fileTitle(): string | null {
		return this.fileName ? titleFromFileName(this.fileName) : null;
	}

	change(patch: Partial<DocumentFields>): void {
		const before = this.fields;
		this.fields = { ...before, ...patch };
		if (patch.text === '') this.fileName = null;
		if (this.extracted === null || this.stale) return;
		// A corrected year or region re-reads at once (targets and actual values, the rows' region).
		const year = 'year' in patch && patch.year !== before.year;
		const region = 'regionId' in patch && patch.regionId !== before.regionId;
		if (year || region) void this.extract();
	}

	/** Take an opened file's bytes as the document. */
	openFile(bytes: Uint8Array, name: string): void {
		let decoded: { text: string; encoding: string };
		try {
			decoded = decodeDocument(bytes, name);
		} catch (error) {
			if (!(error instanceof InputError)) throw error;
			this.notice = { kind: 'error', text: error.bilingual };
			return;
		}
		// A title typed by the analyst stays; one taken from the previous file follows the new one.
		const typed = this.fields.title.trim() !== '' && this.fields.title !== this.fileTitle;
		this.fileName = name;
		this.fields = {
			...this.fields,
			text: decoded.text,
			title: typed ? this.fields.title : titleFromFileName(name)
		};
		this.notice = {
			kind: 'info',
			text: txBoth('doc.loaded', { name, chars: decoded.text.length, encoding: decoded.encoding })
		};
	}

	/** Read the document (again), keeping the analyst's edits of rows still found. */
	async extract(): Promise<void> {
		const text = this.fields.text;
		if (text.trim() === '') return;
		this.#controller?.abort();
		const controller = new AbortController();
		this.#controller = controller;
		this.progress = 0;
		const dataset = this.#dataset();
		const chosen = indexDataset(dataset).regions.byId(this.fields.regionId);
		const options: ExtractOptions = {};
		if (chosen) options.defaultRegion = chosen.zh;
		if (this.fields.year !== null) options.documentYear = this.fields.year;
		try {
			const reading = await this.#read(
				text,
				options,
				(f) => (this.progress = f),
				controller.signal
			);
			if (controller.signal.aborted) return;
			this.#reading = reading;
			this.inferred = inferredOf(reading, text, dataset.regions);
			if (this.extracted !== text) this.#edits = new Map();
			this.extracted = text;
			this.#remap();
			this.chosen = this.rows.length > 0 ? 0 : null;
			this.refusals = new Map();
			this.notice = null;
		} catch (error) {
			if (controller.signal.aborted) return;
			const message = error instanceof Error ? error.message : String(error);
			this.notice = { kind: 'error', text: txBoth('progress.failed', { message }) };
		} finally {
			if (this.#controller === controller) {
				this.#controller = null;
				this.progress = null;
			}
		}
	}

	/** Stop a reading under way. */
	cancel(): void {
		if (!this.#controller) return;
		this.#controller.abort();
		this.#controller = null;
		this.progress = null;
		this.notice = { kind: 'info', text: txBoth('progress.cancelled') };
	}

	#remap(): void {
		if (!this.#reading) return;
		const dataset = this.#dataset();
		const region = this.regionId || this.inferred?.regionName || undefined;
		const rows = rowsFromCandidates(this.#reading.candidates, dataset, region ? { region } : {});
		this.rows = rows.map((r) => {
			const edits = this.#edits.get(rowKey(r));
			return edits ? { ...r, ...edits } : r;
		});
	}

	changeRow(i: number, patch: Partial<ExtractedRow>): void {
		const row = this.rows[i];
		if (!row) return;
		const key = rowKey(row);
		this.#edits.set(key, { ...this.#edits.get(key), ...patch });
		this.rows = this.rows.map((r, j) => (j === i ? { ...r, ...patch } : r));
		if (this.refusals.has(i)) this.refusals = new Map([...this.refusals].filter(([j]) => j !== i));
	}

	selectAll(accept: boolean): void {
		this.rows.forEach((_, i) => this.changeRow(i, { accept }));
	}

	choose(i: number): void {
		this.chosen = i;
	}

	/**
	 * Turn the ticked rows into a dataset addition. Returns it (the rows added leave the list),
	 * or null when some row was refused (the reasons are then shown by row) or none is ticked.
	 */
	accept(): { addition: Dataset; count: number; title: string } | null {
		if (this.extracted === null || this.ticked === 0) return null;
		const title = this.fields.title.trim() || this.fileTitle || '';
		const result = candidatesToAddition(this.rows, this.#dataset(), {
			title,
			text: this.extracted,
			...(this.fileName ? { file: this.fileName } : {})
		});
		const source = result.addition.sources[0]?.title ?? title;
		if (result.rejectedRows.length > 0) {
			const byRow = new Map<number, Bilingual[]>();
			for (const issue of result.issues) {
				if (issue.severity !== 'error') continue;
				byRow.set(issue.row - 1, [...(byRow.get(issue.row - 1) ?? []), issue.message]);
			}
			this.refusals = byRow;
			this.notice = {
				kind: 'error',
				text: txBoth('accept.refused', { n: result.rejectedRows.length })
			};
			return null;
		}
		// What was added leaves the list; the rest can still be reviewed.
		const kept = this.rows.filter((r) => !r.accept);
		for (const r of this.rows) if (r.accept) this.#edits.delete(rowKey(r));
		if (this.#reading) {
			const left = new Set(kept.map(rowKey));
			this.#reading = {
				...this.#reading,
				candidates: this.#reading.candidates.filter((c) => left.has(rowKey(c)))
			};
		}
		this.rows = kept;
		this.chosen = kept.length > 0 ? 0 : null;
		this.refusals = new Map();
		this.notice = { kind: 'info', text: txBoth('accept.done', { n: result.count, title: source }) };
		return { addition: result.addition, count: result.count, title: source };
	}
}

/** The date, plan and region a reading found, the region mapped onto the dataset's. */
function inferredOf(reading: DocumentReading, text: string, regions: readonly Region[]): Inferred {
	const head = text.slice(reading.head.start, reading.head.end);
	const region = regionInHead(head, regions);
	return {
		date: reading.time.date,
		plan: reading.time.plan,
		regionId: region?.id ?? null,
		regionName: region ? null : reading.region
	};
}
