/**
 * Writing CSV: quoting per RFC 4180, and protecting cells a spreadsheet would run as formulas
 * (data-format.md §1). Reading is in csvParse.ts (it brings papaparse, which the first screen
 * does not need).
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const ESCAPED = /^'[=+\-@\t\r']/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Make a cell safe for spreadsheets: text starting with `= + - @` (but not a plain number
 * such as `-1`) gets a leading apostrophe, which spreadsheets show as text. A cell that already
 * starts with an apostrophe before such a character gets one more, so that reading back with
 * {@link unescapeCell} is exact.
 */
export function escapeCell(cell: string): string {
	if (FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell)) return `'${cell}`;
	if (ESCAPED.test(cell)) return `'${cell}`;
	return cell;
}

/** The inverse of {@link escapeCell}. */
export function unescapeCell(cell: string): string {
	return cell.charCodeAt(0) === 39 && ESCAPED.test(cell) ? cell.slice(1) : cell;
}

function quote(cell: string): string {
	return /[",\r\n]/.test(cell) || /^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export type Cell = string | number | null | undefined;

/** Rows → CSV text (LF line ends, a final newline, formula-safe cells). */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
	let out = '';
	for (const row of rows) {
		out += row
			.map((c) => quote(escapeCell(c === null || c === undefined ? '' : String(c))))
			.join(',');
		out += '\n';
	}
	return out;
}
