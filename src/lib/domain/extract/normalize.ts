/**
 * The folded text the extractor reads, with a map back to the original.
 *
 * Folding is one character for one character (full-width → half-width, traditional →
 * simplified) except for two deletions: carriage returns, and the page numbers that a PDF-to-text
 * conversion splices into the middle of sentences (`…达标优\n6、良率到2025年…`), which are
 * removed together with the line break before them so that the sentence reads whole again.
 * `origin[i]` is the offset in the original text of folded character `i`.
 */
import { foldWidth } from '../text.ts';
import { simplifyChar } from '../traditional.ts';
import type { Span } from './types.ts';

/** The folded text and the way back to the original. */
export interface FoldedText {
	text: string;
	/** Original offset of each folded character; one extra entry for the end. */
	origin: Int32Array;
	/** Length of the original text. */
	originalLength: number;
}

const LINE_START_NUMBER = /(^|\n)(\d{1,3})、/g;
const SENTENCE_END = /[。！？!?]\s*$/;

/**
 * Offsets `[start, end)` of page markers: line-initial `N、` that number the lines 1, 2, 3 … in
 * order (at least three in a row), the way a paginated dump does. A list whose items happen to
 * start lines (`1、…。\n2、…。`) is told apart because its lines end sentences; page breaks fall
 * mid-sentence, so at least half of the breaks must come after an unfinished line.
 */
function pageMarkers(text: string): { start: number; end: number; join: boolean }[] {
	const found: { start: number; end: number; n: number; join: boolean }[] = [];
	for (const m of text.matchAll(LINE_START_NUMBER)) {
		const start = (m.index ?? 0) + (m[1] ?? '').length;
		const lineEnd = start - 1;
		const previousLine =
			lineEnd > 0 ? text.slice(text.lastIndexOf('\n', lineEnd - 1) + 1, lineEnd) : '';
		const join = lineEnd > 0 && !SENTENCE_END.test(previousLine);
		found.push({ start, end: start + m[0].length - (m[1] ?? '').length, n: Number(m[2]), join });
	}
	// Longest chain of consecutive numbers (1, 2, 3 …) in document order, in one pass: the
	// longest chain ending in n extends the longest ending in n − 1 seen before it.
	const endingAt = new Map<number, number>(); // n → index into `found` of the best chain's end
	const length: number[] = [];
	const previous: number[] = [];
	let bestEnd = -1;
	found.forEach((f, i) => {
		const before = endingAt.get(f.n - 1);
		length[i] = before === undefined ? 1 : (length[before] as number) + 1;
		previous[i] = before ?? -1;
		const current = endingAt.get(f.n);
		if (current === undefined || (length[i] as number) > (length[current] as number))
			endingAt.set(f.n, i);
		if (bestEnd < 0 || (length[i] as number) > (length[bestEnd] as number)) bestEnd = i;
	});
	const best: typeof found = [];
	for (let i = bestEnd; i >= 0; i = previous[i] as number)
		best.push(found[i] as (typeof found)[number]);
	best.reverse();
	if (best.length < 3) return [];
	const midSentence = best.filter((f) => f.join).length;
	if (midSentence * 2 < best.length) return [];
	return best;
}

/** Fold a document for reading; see the module comment. */
export function foldText(original: string): FoldedText {
	const markers = pageMarkers(original);
	const drop = new Uint8Array(original.length);
	for (const m of markers) {
		for (let i = m.start; i < m.end; i++) drop[i] = 1;
		if (m.join && m.start > 0) drop[m.start - 1] = 1;
	}
	const chars: string[] = [];
	const origin: number[] = [];
	for (let i = 0; i < original.length; i++) {
		const c = original[i] as string;
		if (drop[i] || c === '\r') continue;
		chars.push(simplifyChar(foldWidth(c)));
		origin.push(i);
	}
	origin.push(original.length);
	return { text: chars.join(''), origin: Int32Array.from(origin), originalLength: original.length };
}

/** The original offsets of folded `[start, end)`. */
export function originalSpan(folded: FoldedText, start: number, end: number): Span {
	const s = folded.origin[start] ?? folded.originalLength;
	const e = end > start ? (folded.origin[end - 1] ?? folded.originalLength - 1) + 1 : s;
	return { start: s, end: e };
}
