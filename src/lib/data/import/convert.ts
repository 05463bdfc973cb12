/**
 * What every shape converter shares: the parsed rows and layout, the loaded dataset and the
 * caller's defaults; the start of a conversion (a warning for columns not used, the fixed
 * cells of a dimension the file leaves out, or the issue saying it is missing); and the walk
 * over the data rows that counts them. A converter only says, per row, which records it holds.
 */
import { importMessage as m } from '../../i18n/import.ts';
import type { CanonicalRecord, ColumnKey } from '../canonical.ts';
import { issueOf, type Bilingual, type DataIssue } from '../issues.ts';
import type { Dataset } from '../model.ts';
import { anyFilled } from './cells.ts';
import { fallback, type Fallback } from './fallback.ts';
import type { FileMeta } from './layout.ts';
import type { NameStyle } from './resolve.ts';
import type { Dimension, ImportDefaults } from './types.ts';

export interface Context {
	base: Dataset;
	rows: readonly string[][];
	lines: readonly number[];
	/** Row index of the header; data rows are `header + 1 … end - 1`. */
	header: number;
	end: number;
	meta: FileMeta;
	defaults: ImportDefaults;
	/** Where converters send each canonical record (read as it comes). */
	emit: (record: CanonicalRecord) => void;
}

/** What a converter found, besides the records it emitted. */
export interface Conversion {
	label: Bilingual;
	issues: DataIssue[];
	notes: Bilingual[];
	missing: Dimension[];
	/** Region names that are aggregates (World, High income, …). */
	aggregates: Set<string>;
	/** Non-blank data lines, and those of them without any value. */
	dataRows: number;
	emptyRows: number;
}

/** A shape's conversion, as detection plans it: the columns its records carry, then the run. */
export interface Plan {
	columns: readonly ColumnKey[];
	names: NameStyle;
	convert: () => Conversion;
}

/** The start of a conversion and the fixed cells of the dimensions in `absent`. */
export function begin(
	ctx: Context,
	label: Bilingual,
	ignored: readonly string[],
	absent: readonly Dimension[]
): {
	conv: Conversion;
	fixed: Partial<Record<ColumnKey, string>>;
	found: Partial<Record<Dimension, Fallback>>;
} {
	const conv: Conversion = {
		label,
		issues: [],
		notes: [],
		missing: [],
		aggregates: new Set(),
		dataRows: 0,
		emptyRows: 0
	};
	const headerLine = ctx.lines[ctx.header] ?? 1;
	if (ignored.length > 0)
		conv.issues.push(
			issueOf(
				headerLine,
				'',
				ignored.join(', '),
				m('convert.ignored', { list: ignored.join('、'), listEn: ignored.join(', ') }),
				'warning'
			)
		);
	const fixed: Partial<Record<ColumnKey, string>> = {};
	const found: Partial<Record<Dimension, Fallback>> = {};
	for (const dim of absent) {
		const f = fallback(dim, ctx);
		if (!f) {
			conv.missing.push(dim);
			conv.issues.push(
				issueOf(
					headerLine,
					'',
					'',
					m(dim === 'indicator' ? 'convert.noIndicator' : 'convert.noRegion')
				)
			);
			continue;
		}
		found[dim] = f;
		fixed[dim] = f.value;
		if (dim === 'indicator' && f.unit) fixed.unit = f.unit;
		conv.notes.push(fallbackNote(dim, f));
	}
	return { conv, fixed, found };
}

/** A note saying where a missing dimension was taken from. */
function fallbackNote(dim: Dimension, f: Fallback): Bilingual {
	return m(`convert.from.${f.from}`, {
		dim: dim === 'indicator' ? '指标' : '地区',
		dimEn: dim,
		label: f.label
	});
}

/**
 * Walk the data rows: blank ones are skipped, the rest counted; a row whose value cells are
 * all missing (`hasValue` false) counts as empty, and is converted only with `emitEmpty` (a
 * long table says "no value" for it). Nothing is converted while a dimension is missing (the
 * caller has to supply it first).
 */
export function eachRow(
	ctx: Context,
	conv: Conversion,
	hasValue: (row: readonly string[]) => boolean,
	body: (row: readonly string[], line: number) => void,
	emitEmpty = false
): void {
	for (let i = ctx.header + 1; i < ctx.end; i++) {
		const row = ctx.rows[i] as string[];
		if (!anyFilled(row)) continue;
		conv.dataRows++;
		const empty = !hasValue(row);
		if (empty) conv.emptyRows++;
		if (conv.missing.length > 0 || (empty && !emitEmpty)) continue;
		body(row, ctx.lines[i] ?? 0);
	}
}

/** A row-level issue: a record the converter could not make (no region, no year …). */
export function rowIssue(
	line: number,
	column: string,
	value: string,
	message: Bilingual
): DataIssue {
	return issueOf(line, column, value, message);
}
