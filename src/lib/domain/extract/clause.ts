/**
 * Reading the words around one number: the clause and the sentence it sits in, and the
 * comparator the wording implies (`达到` → `>=`, `以下` → `<=`, `每年降低` → `rate<=`). What the
 * number measures is read in phrase.ts.
 */
import type { Comparator } from './types.ts';

/** Characters that end a clause (folded text: `，` is `,`, `；` is `;`, `：` is `:`). */
const CLAUSE_BREAK = /[,;。！？!?:\n]/;
const SENTENCE_BREAK = /[;。！？!?\n]/;

/** How far a clause or a sentence reaches on either side of a number, at most. */
export const CLAUSE_REACH = 160;
export const SENTENCE_REACH = 400;

/**
 * The clause around `[start, end)`, stopping at punctuation and at an enclosing bracket, and
 * at most {@link CLAUSE_REACH} characters on either side (a text without punctuation is read
 * in pieces, in linear time).
 */
export function clauseAround(
	text: string,
	start: number,
	end: number
): { start: number; end: number } {
	let s = start;
	let depth = 0;
	const low = Math.max(0, start - CLAUSE_REACH);
	while (s > low) {
		const c = text[s - 1] as string;
		if (c === ')') depth++;
		else if (c === '(') {
			if (depth === 0) break;
			depth--;
		} else if (depth === 0 && CLAUSE_BREAK.test(c)) break;
		s--;
	}
	// Leading spaces and list dashes (`——学前教育…`) are layout, not evidence.
	while (s < start && /[\s—\-·•]/.test(text[s] as string)) s++;
	let e = end;
	const high = Math.min(text.length, end + CLAUSE_REACH);
	while (e < high && !CLAUSE_BREAK.test(text[e] as string) && !/[()]/.test(text[e] as string)) e++;
	return { start: s, end: e };
}

/** Where the sentences of a text end: for each offset, the nearest sentence break on each side. */
export interface SentenceIndex {
	/** Offset of the last break before `i`, or -1. */
	previous: Int32Array;
	/** Offset of the first break at or after `i`, or the text's length. */
	next: Int32Array;
}

/** The sentence breaks of a text (a line break or `。；！？`), found once. */
export function sentenceIndex(text: string): SentenceIndex {
	const previous = new Int32Array(text.length + 1);
	const next = new Int32Array(text.length + 1);
	let last = -1;
	for (let i = 0; i <= text.length; i++) {
		previous[i] = last;
		if (i < text.length && SENTENCE_BREAK.test(text[i] as string)) last = i;
	}
	let upcoming = text.length;
	for (let i = text.length; i >= 0; i--) {
		if (i < text.length && SENTENCE_BREAK.test(text[i] as string)) upcoming = i;
		next[i] = upcoming;
	}
	return { previous, next };
}

/** The sentence around `pos` (a line break or `。；！？` ends one), within {@link SENTENCE_REACH}. */
export function sentenceAround(
	text: string,
	pos: number,
	index?: SentenceIndex
): { start: number; end: number } {
	if (index) {
		return {
			start: Math.max((index.previous[pos] ?? -1) + 1, pos - SENTENCE_REACH),
			end: Math.min(index.next[pos] ?? text.length, pos + SENTENCE_REACH)
		};
	}
	let s = pos;
	const low = Math.max(0, pos - SENTENCE_REACH);
	while (s > low && !SENTENCE_BREAK.test(text[s - 1] as string)) s--;
	let e = pos;
	const high = Math.min(text.length, pos + SENTENCE_REACH);
	while (e < high && !SENTENCE_BREAK.test(text[e] as string)) e++;
	return { start: s, end: e };
}

/** What the words next to a number say about it. */
export interface Reading {
	comparator: Comparator | null;
	/** The comparator came from a word that also reads as a plain report (`达`, `为`, `占`). */
	neutral: boolean;
	approximate: boolean;
	/** The word the comparator came from (`达到`, `以上`), '' if none. */
	word: string;
	/** `各`: the number applies to each of the things named before it. */
	each: boolean;
	/** The pre-number words with the comparator and hedges removed. */
	rest: string;
}

/** Comparator words that may end the text before a number, longest first. */
const BEFORE: readonly (readonly [string, Comparator, boolean])[] = (
	[
		['不低于', '>=', false],
		['不少于', '>=', false],
		['不小于', '>=', false],
		['至少', '>=', false],
		['稳定在', '>=', true],
		['保持在', '>=', true],
		['保持', '>=', true],
		['达到', '>=', true],
		['高达', '>=', true],
		['提高到', '>=', true],
		['提升到', '>=', true],
		['增加到', '>=', true],
		['增至', '>=', true],
		['提高至', '>=', true],
		['提升至', '>=', true],
		['增加至', '>=', true],
		['增长到', '>=', true],
		['增长至', '>=', true],
		['达', '>=', true],
		['不超过', '<=', false],
		['不高于', '<=', false],
		['不多于', '<=', false],
		['控制在', '<=', false],
		['压减至', '<=', true],
		['降至', '<=', true],
		['降到', '<=', true],
		['下降到', '<=', false],
		['下降至', '<=', false],
		['降低到', '<=', false],
		['降低至', '<=', false],
		['减少到', '<=', false],
		['减少至', '<=', false],
		['压缩到', '<=', false],
		['压缩至', '<=', false],
		['控制到', '<=', false],
		['超过', '>', false],
		['高于', '>', false],
		['多于', '>', false],
		['大于', '>', false],
		['突破', '>', false],
		['超', '>', false],
		['逾', '>', false],
		['低于', '<', false],
		['少于', '<', false],
		['小于', '<', false],
		['为', '=', true],
		['是', '=', true],
		['占', '=', true]
	] as const
).toSorted((a, b) => b[0].length - a[0].length);

const APPROX_BEFORE = /(?:约|大约|近|接近|将近)\s*$/;
const RATE_SCOPE = /(?:每年|年均|逐年|每学年)/;
const RATE_DOWN = /(?:降低|下降|减少)\s*$/;
const RATE_UP = /(?:提高|提升|增长|增加)\s*$/;

/** The comparator implied by the words before (`pre`) and after (`post`) a number. */
export function readComparator(pre: string, post: string, clause: string): Reading {
	let rest = pre.replace(/\s+$/, '');
	let approximate = false;
	let comparator: Comparator | null = null;
	let neutral = false;
	let word = '';
	if (APPROX_BEFORE.test(rest)) {
		approximate = true;
		rest = rest.replace(APPROX_BEFORE, '');
	}
	const each = /各$/.test(rest);
	rest = rest.replace(/(?:分别|均|各)$/, '');
	if (RATE_SCOPE.test(clause) && (RATE_DOWN.test(rest) || RATE_UP.test(rest))) {
		comparator = RATE_DOWN.test(rest) ? 'rate<=' : 'rate>=';
		word = (RATE_DOWN.exec(rest) ?? RATE_UP.exec(rest))?.[0] ?? '';
		rest = rest.replace(RATE_DOWN, '').replace(RATE_UP, '');
	} else {
		for (const [w, c, n] of BEFORE) {
			if (rest.endsWith(w)) {
				comparator = c;
				neutral = n;
				word = w;
				rest = rest.slice(0, -w.length);
				break;
			}
		}
	}
	if (APPROX_BEFORE.test(rest)) {
		approximate = true;
		rest = rest.replace(APPROX_BEFORE, '');
	}
	const bound = /^(?:以上|以下|以内)/.exec(post)?.[0];
	// 每年下降0.5个百分点以上: the bound is on the yearly change, which stays a rate.
	if (bound && comparator !== 'rate<=' && comparator !== 'rate>=') {
		if (bound === '以上' && comparator !== '>') comparator = '>=';
		else if (bound !== '以上') comparator = '<=';
		neutral = false;
		word = bound;
	}
	if (/^(?:左右|上下)/.test(post)) approximate = true;
	// 比上年提高1.5个百分点: a change against a baseline names no indicator of its own.
	rest = rest
		.replace(/(?:分别|均|各|每年|年均|逐年|均在|在)$/, '')
		.replace(/(?:提高|提升|增长|增加|下降|降低|减少)(?:了)?$/, '')
		.replace(/^(?:比|较|与)(?:上年|去年|同期)?(?:相比)?$/, '');
	return { comparator, neutral, approximate, word, each, rest };
}
