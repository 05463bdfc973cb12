/**
 * Text → rows of cells with the file line each row starts on. Detects the line ending and the
 * delimiter (comma, tab, semicolon), then parses with papaparse in chunks so that progress can
 * be reported on large files. Synchronous: papaparse walks a string's chunks in one call.
 */
import Papa from 'papaparse';
import { issue, type DataIssue } from '../issues.ts';
import { DELIMITERS, type Delimiter, type LineEnding } from './types.ts';

/** A parsed file: rows of cells, and the 1-based line each row starts on. */
export interface Table {
	rows: string[][];
	lines: number[];
	delimiter: Delimiter;
	lineEnding: LineEnding;
	/** Malformed quotes and the like (warnings: the rows are still read). */
	issues: DataIssue[];
}

const NEWLINE: Record<LineEnding, '\n' | '\r\n' | '\r'> = { lf: '\n', crlf: '\r\n', cr: '\r' };

/**
 * The line ending of the first line break outside quotes (files mix them rarely, and papaparse
 * wants one). A file without any line break reads as LF.
 */
export function detectLineEnding(text: string): LineEnding {
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 34) quoted = !quoted;
		else if (!quoted && c === 10) return 'lf';
		else if (!quoted && c === 13) return text.charCodeAt(i + 1) === 10 ? 'crlf' : 'cr';
	}
	return 'lf';
}

function sampleOf(text: string, newline: string, size = 65536): string {
	if (text.length <= size) return text;
	const cut = text.lastIndexOf(newline, size);
	return text.slice(0, cut > 0 ? cut : size);
}

/**
 * The delimiter that splits the most sample rows into the same number (≥ 2) of fields,
 * weighted by that number. Preamble and footer lines rarely agree with the table, so they do
 * not sway the vote; ties go to comma, then tab, then semicolon.
 */
export function detectDelimiter(
	text: string,
	lineEnding: LineEnding = detectLineEnding(text)
): Delimiter {
	const sample = sampleOf(text, NEWLINE[lineEnding]);
	let best: Delimiter = ',';
	let bestScore = 0;
	for (const delimiter of DELIMITERS) {
		if (!sample.includes(delimiter)) continue;
		const rows = Papa.parse<string[]>(sample, { delimiter, newline: NEWLINE[lineEnding] }).data;
		const counts = new Map<number, number>();
		for (const r of rows) {
			if (r.length === 1 && (r[0] ?? '').trim() === '') continue;
			counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
		}
		let mode = 0;
		let atMode = 0;
		for (const [n, c] of counts)
			if (c > atMode || (c === atMode && n > mode)) [mode, atMode] = [n, c];
		const score = mode >= 2 ? atMode * mode : 0;
		if (score > bestScore) [best, bestScore] = [delimiter, score];
	}
	return best;
}

const CHUNK = 1 << 20;

/** Parse the whole text. `onProgress` gets the fraction of characters read. */
export function parseTable(
	text: string,
	onProgress?: (fraction: number) => void,
	delimiter: Delimiter = detectDelimiter(text)
): Table {
	const lineEnding = detectLineEnding(text);
	const newline = NEWLINE[lineEnding];
	const rows: string[][] = [];
	const errors: { row: number; message: string }[] = [];
	// Papaparse walks a string's chunks synchronously; its string overload's types omit `chunk`.
	const config: Papa.ParseConfig<string[]> & {
		chunkSize: number;
		chunk: (results: Papa.ParseResult<string[]>) => void;
	} = {
		delimiter,
		newline,
		skipEmptyLines: false,
		chunkSize: CHUNK,
		chunk: (results) => {
			const offset = rows.length;
			for (const e of results.errors) {
				if (e.type === 'Quotes') errors.push({ row: offset + (e.row ?? 0), message: e.code });
			}
			for (const r of results.data) rows.push(r);
			onProgress?.(Math.min(1, results.meta.cursor / Math.max(1, text.length)));
		}
	};
	Papa.parse<string[]>(text, config);
	// A final line break leaves one empty row behind.
	const last = rows[rows.length - 1];
	if (last && last.length === 1 && last[0] === '') rows.pop();

	const lines = lineNumbers(text, rows, lineEnding === 'cr' ? '\r' : '\n');
	const issues = errors.map(({ row, message }) =>
		issue(
			lines[row] ?? 0,
			'',
			'',
			'引号不成对，此行及其后几行可能读错，请核对。',
			`Unbalanced quotes (${message}): this line and the next may be misread, please check.`,
			'warning'
		)
	);
	return { rows, lines, delimiter, lineEnding, issues };
}

/** The line each row starts on: quoted cells may hold line breaks of their own. */
function lineNumbers(text: string, rows: readonly string[][], breakChar: string): number[] {
	const lines = new Array<number>(rows.length);
	// When the text has exactly one break per row, no cell holds one: rows are lines.
	let breaks = 0;
	for (let at = text.indexOf(breakChar); at >= 0; at = text.indexOf(breakChar, at + 1)) breaks++;
	const expected = text.endsWith(breakChar) ? rows.length : rows.length - 1;
	if (breaks === expected) {
		for (let i = 0; i < rows.length; i++) lines[i] = i + 1;
		return lines;
	}
	let line = 1;
	for (let i = 0; i < rows.length; i++) {
		lines[i] = line;
		line++;
		for (const cell of rows[i] as string[]) {
			if (cell.length === 0) continue;
			for (let at = cell.indexOf(breakChar); at >= 0; at = cell.indexOf(breakChar, at + 1)) line++;
		}
	}
	return lines;
}
