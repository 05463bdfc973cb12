/**
 * Writing sheets to an .xlsx file with SheetJS (`@e965/xlsx`). Loaded on demand: the page
 * imports it when the workbook is asked for.
 *
 * Formula protection: text is always written as a text cell, never as a formula, and text that
 * a spreadsheet would run as a formula once edited (starting with `= + - @`, a tab or a return)
 * also gets the text number format `@`, so that Excel keeps it as text when the cell is edited.
 * Text that starts with an apostrophe before such a character gets one more apostrophe, as in
 * the CSV export, so that reading the file back through the canonical reader is exact.
 */
import { utils, write, type CellObject, type WorkSheet } from '@e965/xlsx';
import type { Sheet, SheetCell } from './workbook.ts';

const FORMULA_START = /^[=+\-@\t\r]/;
/** Text the canonical reader would take one apostrophe off (`unescapeCell` in data/csv.ts). */
const ESCAPED = /^'[=+\-@\t\r']/;

/** The cell SheetJS writes for a value; null leaves the cell empty. */
export function cellObject(value: SheetCell): CellObject | null {
	if (value === null) return null;
	if (typeof value === 'number') return { t: 'n', v: value };
	const text = ESCAPED.test(value) ? `'${value}` : value;
	return FORMULA_START.test(text) ? { t: 's', v: text, z: '@' } : { t: 's', v: text };
}

function sheetOf(sheet: Sheet): WorkSheet {
	const ws: WorkSheet = {};
	let width = 0;
	sheet.rows.forEach((row, r) => {
		width = Math.max(width, row.length);
		row.forEach((value, c) => {
			const cell = cellObject(value);
			if (cell) ws[utils.encode_cell({ r, c })] = cell;
		});
	});
	const end = { r: Math.max(sheet.rows.length - 1, 0), c: Math.max(width - 1, 0) };
	ws['!ref'] = utils.encode_range({ s: { r: 0, c: 0 }, e: end });
	if (sheet.rows.length > 1) ws['!autofilter'] = { ref: ws['!ref'] };
	if (sheet.widths) ws['!cols'] = sheet.widths.map((wch) => ({ wch }));
	return ws;
}

/** The workbook's bytes: one worksheet per sheet, in order. */
export function writeWorkbook(sheets: readonly Sheet[]): Uint8Array {
	const wb = utils.book_new();
	for (const sheet of sheets) utils.book_append_sheet(wb, sheetOf(sheet), sheet.name);
	const out: ArrayBuffer = write(wb, {
		type: 'array',
		bookType: 'xlsx',
		bookSST: true,
		compression: true
	});
	return new Uint8Array(out);
}
