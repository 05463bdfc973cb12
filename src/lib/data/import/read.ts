/**
 * Reading canonical records against the loaded dataset — the one road every file takes (and the
 * seed files, and figures read out of policy texts): names resolved once (resolve.ts), each
 * record checked once with zod (validate.ts), figures and new items built (figures.ts). Records
 * are read as they are emitted, so that a large file's records never all exist at once.
 */
import { importMessage as m } from '../../i18n/import.ts';
import type { CanonicalRecord, ColumnKey } from '../canonical.ts';
import { issueOf, type Bilingual, type DataIssue } from '../issues.ts';
import type { Dataset } from '../model.ts';
import { AdditionBuilder, type BuildOptions, type Built } from './figures.ts';
import { NameResolver, type NameStyle } from './resolve.ts';
import {
	columnsOf,
	recordChecker,
	type CellProblem,
	type Checked,
	type CheckContext
} from './validate.ts';

export interface ReadOptions extends BuildOptions {
	/** The header each column key had in the file, for issue messages. */
	headers?: Partial<Record<ColumnKey, string>>;
	/** How the file's indicator names carry units. */
	names?: NameStyle;
	/** `93,1` means 93.1. */
	decimalComma?: boolean;
	/** The unit of figures whose file and name state none. */
	defaultUnit?: string;
}

export interface ReadResult extends Built {
	issues: DataIssue[];
	notes: Bilingual[];
	rowsRead: number;
	/** Records that gave a figure or described a region. */
	rowsAccepted: number;
	/** The file lines of those records. */
	acceptedRows: Set<number>;
}

/** Reads records one at a time; {@link finish} gives everything read. */
export class RecordReader {
	readonly #check: (rec: CanonicalRecord, context: CheckContext) => Checked;
	readonly #options: ReadOptions;
	readonly #resolver: NameResolver;
	readonly #builder: AdditionBuilder;
	readonly #issues: DataIssue[] = [];
	readonly #notes: Bilingual[] = [];
	/** New indicators with values outside what their unit implies, and how many. */
	readonly #outside = new Map<string, number>();
	readonly #context: CheckContext;
	#read = 0;
	#accepted = 0;
	readonly #acceptedRows = new Set<number>();

	/** `columns`: the canonical columns the records may have (each record checked against them). */
	constructor(base: Dataset, columns: readonly ColumnKey[], options: ReadOptions) {
		this.#check = recordChecker(columns);
		this.#context = {
			region: null,
			indicator: null,
			decimalComma: options.decimalComma ?? false,
			defaultUnit: options.defaultUnit ?? ''
		};
		this.#options = options;
		this.#resolver = new NameResolver(base, options.names ?? 'plain', ({ name, code }, national) =>
			this.#notes.push(
				m('note.national', {
					name: name && code ? `${name}（${code}）` : name || code,
					nameEn: name && code ? `${name} (${code})` : name || code,
					zh: national.zh,
					en: national.en
				})
			)
		);
		this.#builder = new AdditionBuilder(base, this.#resolver, options);
	}

	#report(rec: CanonicalRecord, problems: readonly CellProblem[]): void {
		for (const p of problems) {
			const column =
				p.column === ''
					? ''
					: (rec.headers?.[p.column] ?? this.#options.headers?.[p.column] ?? p.column);
			const value = p.column === '' ? '' : (rec.cells[p.column] ?? '').trim();
			this.#issues.push(issueOf(rec.row, column, value, p.message, p.severity));
		}
	}

	/** Read one record. */
	read(rec: CanonicalRecord): void {
		this.#read++;
		const region = this.#resolver.region(rec.cells.region, rec.codes?.region);
		const indicator = this.#resolver.indicator(rec.cells.indicator, rec.codes?.indicator);
		// One context object for every record, filled in (a large file has millions).
		const context = this.#context;
		context.region = region;
		context.indicator = indicator;
		const checked = this.#check(rec, context);
		if (checked.status === 'rejected') return this.#report(rec, checked.problems);
		this.#report(rec, checked.warnings);
		if (checked.status === 'missing') {
			if (checked.warnings.length === 0)
				this.#report(rec, [{ column: 'value', message: m('cell.noValue'), severity: 'warning' }]);
			return;
		}
		if (!region) return;
		this.#accepted++;
		this.#acceptedRows.add(rec.row);
		if (checked.record.outsideDefault && indicator)
			this.#outside.set(indicator.id, (this.#outside.get(indicator.id) ?? 0) + 1);
		this.#builder.add(rec.row, region, indicator, checked.record);
	}

	finish(): ReadResult {
		for (const [name, n] of this.#outside) this.#notes.push(m('note.outsideDefault', { name, n }));
		return {
			...this.#builder.finish(),
			issues: this.#issues,
			notes: this.#notes,
			rowsRead: this.#read,
			rowsAccepted: this.#accepted,
			acceptedRows: this.#acceptedRows
		};
	}
}

/** Read a list of canonical records against what is already loaded. Never throws on bad rows. */
export function readRecords(
	records: readonly CanonicalRecord[],
	base: Dataset,
	options: ReadOptions
): ReadResult {
	const reader = new RecordReader(base, columnsOf(records), options);
	for (const rec of records) reader.read(rec);
	return reader.finish();
}
