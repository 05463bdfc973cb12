/**
 * How much a data file may hold. Beyond these a file is refused with one sentence before any
 * work is done: one 20 MB cell once froze the page for 18 s and took 4 GB. The cell and column
 * limits are Excel's own, so no spreadsheet an analyst saves exceeds them.
 */
export const LIMITS = {
	/** Bytes of one file (a 20 MB wide CSV, 3 million figures, is the largest measured). */
	fileBytes: 32 * 1024 * 1024,
	/** Characters of one cell (Excel: 32,767). */
	cellChars: 32_767,
	/** Cells of one row (Excel: 16,384 columns). */
	rowCells: 16_384,
	/** Characters of one row of the file. */
	rowChars: 1_048_576,
	/** Cells of one spreadsheet (rows × columns of its used range). */
	sheetCells: 6_000_000
} as const;

/** `32 MB`, `1.5 MB`: a size for a sentence. */
export function megabytes(bytes: number): string {
	const mb = bytes / (1024 * 1024);
	return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}
