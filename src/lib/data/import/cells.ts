/** What a value cell means before it is read as a number: a value, or none at all. */
import { foldWidth } from '../../domain/text.ts';
import { MISSING_MARKERS } from '../../domain/numbers.ts';

/**
 * Cells that mean "no value": the markers numbers.ts knows, and those of statistics offices'
 * downloads (IMF and OECD write `--`, `n.a.`).
 */
const MISSING = new Set<string>([...MISSING_MARKERS, '--', '---', 'n.a.', 'n.a', '-.-', '….']);

/** Whether a value cell means "no value" (empty, `..`, `-`, `--`, `NA`, `n/a`, …). */
export function isMissing(cell: string | undefined): boolean {
	if (cell === undefined || cell === '') return true;
	// No marker starts with a digit: a plain number (most cells of a large file) is not missing.
	const first = cell.charCodeAt(0);
	if (first >= 48 && first <= 57) return false;
	return MISSING.has(foldWidth(cell).trim().toLowerCase());
}

/** Cells with something in them. */
export function filled(row: readonly string[]): number {
	let n = 0;
	for (const c of row) if (c !== '' && c.trim() !== '') n++;
	return n;
}

/** Whether any cell has something in it (stops at the first). */
export function anyFilled(row: readonly string[]): boolean {
	for (const c of row) if (c !== '' && c.trim() !== '') return true;
	return false;
}
