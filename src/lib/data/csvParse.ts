/** Reading CSV text into rows of cells, through papaparse. */
import Papa from 'papaparse';

/** Parse CSV text into rows of string cells (no header handling, nothing skipped). */
export function parseRows(text: string, delimiter = ','): string[][] {
	const result = Papa.parse<string[]>(text, {
		delimiter,
		skipEmptyLines: false,
		dynamicTyping: false,
		header: false
	});
	const rows = result.data;
	// A final newline leaves one empty row behind.
	const last = rows[rows.length - 1];
	if (last && last.length === 1 && last[0] === '') rows.pop();
	return rows;
}
