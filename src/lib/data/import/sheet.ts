/**
 * Spreadsheets (.xlsx, .xls, .ods, and HTML tables as statistics sites serve them under .xls)
 * → the same rows of text cells a CSV gives, so that one pipeline reads both. SheetJS is large:
 * it is loaded (`loadSheetReader`) only when a file turns out to be a workbook, by its bytes,
 * never by its name — a `.xls` that is really tab-separated text is read as text.
 */
import type * as SheetJs from '@e965/xlsx';
import { importMessage as m } from '../../i18n/import.ts';
import { decodeBytes, latin1Head, OLE2_MAGIC, startsWith, ZIP_MAGIC } from '../decode.ts';
import type { Table } from '../csvParse.ts';
import { InputError } from '../issues.ts';
import { LIMITS } from '../limits.ts';
import { parseYear } from '../../domain/numbers.ts';

/** The spreadsheet formats read here. */
export const WORKBOOK_FORMATS = ['xlsx', 'xls', 'ods', 'html'] as const;
export type WorkbookFormat = (typeof WORKBOOK_FORMATS)[number];

/** One sheet of a workbook, as the preview lists it. */
export interface SheetInfo {
	name: string;
	/** Rows with at least one filled cell. */
	rows: number;
}

export interface WorkbookTable {
	table: Table;
	sheets: SheetInfo[];
	/** The sheet read. */
	sheet: string;
	/** How an HTML table's text was decoded (null for real workbooks). */
	encoding: ReturnType<typeof decodeBytes>['encoding'] | null;
}

/** Which workbook format the bytes are, or null for text (and anything else). */
export function workbookFormat(bytes: Uint8Array): WorkbookFormat | null {
	if (startsWith(bytes, ZIP_MAGIC)) {
		const head = latin1Head(bytes, 65536);
		if (head.includes('xl/')) return 'xlsx';
		if (head.includes('opendocument.spreadsheet')) return 'ods';
		return null;
	}
	if (startsWith(bytes, OLE2_MAGIC)) return 'xls';
	// An HTML page whose content is a table (a BOM, then `<`, a `<table` early on).
	let i = 0;
	if (startsWith(bytes, [0xef, 0xbb, 0xbf])) i = 3;
	while (i < bytes.length && i < 1024 && /\s/.test(String.fromCharCode(bytes[i] as number))) i++;
	if (bytes[i] !== 0x3c) return null;
	return /<table[\s>]/i.test(latin1Head(bytes, 65536)) ? 'html' : null;
}

let reader: typeof SheetJs | null = null;
let codepages = false;

/** Load SheetJS (and, for old .xls files, its code pages). Resolves at once when loaded. */
export async function loadSheetReader(format: WorkbookFormat): Promise<void> {
	reader ??= await import('@e965/xlsx');
	if (format === 'xls' && !codepages) {
		reader.set_cptable(await import('@e965/xlsx/dist/cpexcel.full.mjs'));
		codepages = true;
	}
}

/** Whether {@link readWorkbook} can run now (else call {@link loadSheetReader} first). */
export function sheetReaderReady(format: WorkbookFormat): boolean {
	return reader !== null && (format !== 'xls' || codepages);
}

/** A cell as the text a CSV export would hold (numbers in full precision, percentages × 100). */
function cellText(cell: SheetJs.CellObject | undefined, ssf: typeof SheetJs.SSF): string {
	if (!cell) return '';
	switch (cell.t) {
		case 'n': {
			const v = cell.v as number;
			const format = typeof cell.z === 'string' ? cell.z : '';
			if (format.includes('%')) return `${Number((v * 100).toPrecision(12))}%`;
			if (format && format !== 'General' && ssf.is_date(format)) return cell.w ?? String(v);
			return String(v);
		}
		case 's':
			return String(cell.v ?? '');
		case 'b':
			return cell.v ? 'TRUE' : 'FALSE';
		case 'd':
			return cell.w ?? String(cell.v);
		default:
			// Errors (#N/A, #DIV/0!) and stubs hold no value.
			return '';
	}
}

type Range = SheetJs.Range;

/**
 * Merged cells: a merge that spans rows repeats its value down the rows it covers, so that a
 * region merged over three indicator rows names all three; but in a row that also holds a
 * group label (a merge across columns: `年份` over the year headers), the value moves down to
 * the merge's last row, so that the real header row is whole and the label row stays a label.
 */
function unmerge(rows: string[][], merges: readonly Range[], origin: { r: number; c: number }) {
	const labelRows = new Set<number>();
	for (const g of merges) if (g.e.c > g.s.c) labelRows.add(g.s.r - origin.r);
	for (const g of merges) {
		if (g.e.r === g.s.r) continue;
		const c = g.s.c - origin.c;
		const top = g.s.r - origin.r;
		const bottom = g.e.r - origin.r;
		const value = rows[top]?.[c] ?? '';
		for (let r = top; r <= bottom; r++) {
			const row = rows[r];
			if (!row) continue;
			while (row.length <= c) row.push('');
			row[c] = labelRows.has(r) && r < bottom ? '' : value;
		}
	}
}

/** A sheet's used range as rows of text, trailing empty cells dropped, and each row's line. */
function sheetRows(
	ws: SheetJs.WorkSheet,
	xlsx: typeof SheetJs
): { rows: string[][]; lines: number[] } {
	const ref = ws['!ref'];
	if (!ref) return { rows: [], lines: [] };
	const range = xlsx.utils.decode_range(ref);
	const height = range.e.r - range.s.r + 1;
	const width = range.e.c - range.s.c + 1;
	if (height * width > LIMITS.sheetCells)
		throw InputError.from(m('limit.sheet', { cells: height * width, limit: LIMITS.sheetCells }));
	const data = (ws['!data'] ?? []) as (SheetJs.CellObject[] | undefined)[];
	const rows: string[][] = [];
	const lines: number[] = [];
	for (let r = range.s.r; r <= range.e.r; r++) {
		const source = data[r] ?? [];
		const row: string[] = [];
		for (let c = range.s.c; c <= range.e.c; c++) {
			const text = cellText(source[c], xlsx.SSF);
			if (text.length > LIMITS.cellChars)
				throw InputError.from(m('limit.cell', { line: r + 1, chars: text.length }));
			row.push(text);
		}
		rows.push(row);
		lines.push(r + 1);
	}
	unmerge(rows, ws['!merges'] ?? [], range.s);
	for (const row of rows) {
		let n = row.length;
		while (n > 0 && (row[n - 1] as string).trim() === '') n--;
		row.length = n;
	}
	return { rows, lines };
}

const filledRows = (rows: readonly string[][]) =>
	rows.filter((r) => r.some((c) => c.trim() !== '')).length;

/** Whether a sheet holds a table: a row of at least two cells, and another row below it. */
function holdsTable(rows: readonly string[][]): boolean {
	const header = rows.findIndex((r) => r.filter((c) => c.trim() !== '').length >= 2);
	return header >= 0 && rows.slice(header + 1).some((r) => r.some((c) => c.trim() !== ''));
}

/** Whether any of the first rows holds a year (as a header, or down the first column). */
function hasYears(rows: readonly string[][]): boolean {
	for (const row of rows.slice(0, 200))
		for (const cell of row) if (parseYear(cell) !== null) return true;
	return false;
}

/** The sheet asked for: a name, or a 1-based number; by default the first with data. */
function pick(
	names: readonly string[],
	read: (name: string) => string[][],
	choice: string | number | undefined
): string {
	if (choice !== undefined && String(choice).trim() !== '') {
		const given = String(choice).trim();
		const byName = names.find((n) => n === given) ?? names.find((n) => n.trim() === given);
		if (byName !== undefined) return byName;
		if (/^\d+$/.test(given) && names[Number(given) - 1] !== undefined)
			return names[Number(given) - 1] as string;
		throw InputError.from(m('sheet.unknown', { sheet: given, sheets: names.join(', ') }));
	}
	return names.find((n) => holdsTable(read(n))) ?? (names[0] as string);
}

/**
 * Read a workbook's sheet into a table. Throws {@link InputError} when the bytes are not a
 * workbook SheetJS can read, when the sheet asked for does not exist, or when no sheet holds a
 * year (nothing the importer could chart).
 */
export function readWorkbook(
	bytes: Uint8Array,
	format: WorkbookFormat,
	choice?: string | number
): WorkbookTable {
	const xlsx = reader;
	if (!xlsx || !sheetReaderReady(format)) throw new Error('loadSheetReader() must run first');
	let encoding: WorkbookTable['encoding'] = null;
	let book: SheetJs.WorkBook;
	try {
		const options = { dense: true, cellNF: true, cellFormula: false, cellHTML: false } as const;
		if (format === 'html') {
			const decoded = decodeBytes(bytes);
			encoding = decoded.encoding;
			book = xlsx.read(decoded.text, { ...options, type: 'string' });
		} else book = xlsx.read(bytes, { ...options, type: 'array' });
	} catch (error) {
		if (error instanceof InputError) throw error;
		throw InputError.from(m(format === 'xls' ? 'sheet.unreadableXls' : 'sheet.unreadable'));
	}
	const cache = new Map<string, ReturnType<typeof sheetRows>>();
	const read = (name: string) => {
		let r = cache.get(name);
		if (!r) {
			const ws = book.Sheets[name];
			r = ws ? sheetRows(ws, xlsx) : { rows: [], lines: [] };
			cache.set(name, r);
		}
		return r;
	};
	const names = book.SheetNames;
	if (names.length === 0) throw InputError.from(m('sheet.none'));
	const sheet = pick(names, (n) => read(n).rows, choice);
	const { rows, lines } = read(sheet);
	if (!names.some((n) => hasYears(read(n).rows))) throw InputError.from(m('sheet.noYears'));
	const sheets = names.map((name) => ({ name, rows: filledRows(read(name).rows) }));
	return {
		table: { rows, lines, delimiter: ',', lineEnding: 'lf', issues: [] },
		sheets,
		sheet,
		encoding
	};
}
