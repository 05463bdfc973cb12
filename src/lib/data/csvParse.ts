/**
 * Reading delimited text into rows of cells, through papaparse: the app's one CSV reader (the
 * seed files, analysts' imports and the tests all come through here). Detects the line ending
 * and the delimiter (comma, tab, semicolon), refuses oversized cells and rows before parsing,
 * and parses in chunks so that progress can be reported on large files. Writing is in csv.ts,
 * which the first screen needs without papaparse.
 */
import Papa from 'papaparse';
import { importMessage as m } from '../i18n/import.ts';
import { InputError, issueOf, type DataIssue } from './issues.ts';
import { LIMITS } from './limits.ts';

export const DELIMITERS = [',', '\t', ';'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export type LineEnding = 'lf' | 'crlf' | 'cr';

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
	const n = Math.min(text.length, 1 << 20);
	for (let i = 0; i < n; i++) {
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

/** The 1-based line of a position in the text. */
function lineAt(text: string, at: number): number {
	let line = 1;
	for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
	return line;
}

/**
 * Refuse a line or a quoted cell larger than {@link LIMITS} before papaparse sees it (a quoted
 * field spanning megabytes costs papaparse seconds and gigabytes). Jumps from line break to
 * line break and from quote to quote, so a large file costs little. A field is quoted only when
 * it starts with `"` (as papaparse reads it); `""` inside is one quote. Returns the length of the
 * longest line, which tells whether unquoted cells need a look after parsing.
 */
export function checkSize(text: string, delimiter: Delimiter): number {
	let longest = 0;
	let start = 0;
	for (let i = text.indexOf('\n'); ; i = text.indexOf('\n', i + 1)) {
		const end = i < 0 ? text.length : i;
		if (end - start > longest) {
			longest = end - start;
			if (longest > LIMITS.rowChars)
				throw InputError.from(m('limit.row', { line: lineAt(text, start), chars: longest }));
		}
		if (i < 0) break;
		start = i + 1;
	}
	const d = delimiter.charCodeAt(0);
	for (let q = text.indexOf('"'); q >= 0;) {
		const before = q === 0 ? 10 : text.charCodeAt(q - 1);
		if (before !== d && before !== 10 && before !== 13) {
			q = text.indexOf('"', q + 1);
			continue;
		}
		// An opening quote: find the quote that closes it (one not doubled).
		let close = text.indexOf('"', q + 1);
		while (close >= 0 && text.charCodeAt(close + 1) === 34) close = text.indexOf('"', close + 2);
		const end = close < 0 ? text.length : close;
		if (end - q > LIMITS.cellChars)
			throw InputError.from(m('limit.cell', { line: lineAt(text, q), chars: end - q }));
		q = close < 0 ? -1 : text.indexOf('"', close + 1);
	}
	return longest;
}

/** Rows with more cells, or cells longer, than {@link LIMITS} allow (after parsing). */
function checkRows(rows: readonly string[][], lines: readonly number[], cells: boolean): void {
	for (let r = 0; r < rows.length; r++) {
		const row = rows[r] as string[];
		if (row.length > LIMITS.rowCells)
			throw InputError.from(m('limit.cells', { line: lines[r] ?? 0, cells: LIMITS.rowCells }));
		if (!cells) continue;
		for (const c of row)
			if (c.length > LIMITS.cellChars)
				throw InputError.from(m('limit.cell', { line: lines[r] ?? 0, chars: c.length }));
	}
}

const CHUNK = 1 << 20;

export interface ParseOptions {
	/** The delimiter when known (detected otherwise). */
	delimiter?: Delimiter;
	/** Gets the fraction of characters read. */
	onProgress?: (fraction: number) => void;
}

/** Parse the whole text into rows (blank lines kept, as `['']`), checked against the limits. */
export function parseTable(text: string, options: ParseOptions = {}): Table {
	const lineEnding = detectLineEnding(text);
	const delimiter = options.delimiter ?? detectDelimiter(text, lineEnding);
	const longest = checkSize(text, delimiter);
	const newline = NEWLINE[lineEnding];
	const rows: string[][] = [];
	const errors: { row: number; code: string }[] = [];
	const onProgress = options.onProgress;
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
				if (e.type === 'Quotes') errors.push({ row: offset + (e.row ?? 0), code: e.code });
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
	checkRows(rows, lines, longest > LIMITS.cellChars);
	const issues = errors.map(({ row, code }) =>
		issueOf(lines[row] ?? 0, '', '', m('csv.quotes', { code }), 'warning')
	);
	return { rows, lines, delimiter, lineEnding, issues };
}

/** Rows of string cells, comma-separated unless told otherwise (the seed files, tests). */
export function parseRows(text: string, delimiter: Delimiter = ','): string[][] {
	return parseTable(text, { delimiter }).rows;
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
