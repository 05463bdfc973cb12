/**
 * The outline of a policy document in folded text: headings (`第四篇：…——福建省`, `一、…`,
 * `（十二）…`, `3.…`), the region each `第N篇` section is about, and the target year that a
 * paragraph such as `到2027年，…。` sets for the paragraphs after it (`——…达到90%`) until the
 * next heading.
 */
import type { YearMark } from './years.ts';

/** A heading in the folded text; `title` ends at its first full stop or comma. */
export interface Heading {
	start: number;
	end: number;
	/** 0: `第N篇`, 1: `一、`, 2: `（一）`, 3: `1.` */
	level: 0 | 1 | 2 | 3;
}

export interface DocumentOutline {
	headings: Heading[];
	/** Start offsets of the regions named by `第N篇` titles, and the region (null: none named). */
	regions: { start: number; region: string | null }[];
	/** Target years set by `到2027年，…` paragraphs: from `start` to `end`. */
	blocks: { start: number; end: number; mark: YearMark }[];
	/** Paragraphs (lines) as `[start, end)`. */
	paragraphs: { start: number; end: number }[];
}

const CN = '一二三四五六七八九十';
const HEADING_VERB =
	'(?:提升|加强|推进|健全|完善|深化|实施|强化|优化|构建|建立|推动|促进|坚持|落实)';
const HEADING_RULES: readonly { level: Heading['level']; pattern: RegExp }[] = [
	{ level: 0, pattern: new RegExp(`(?<=^|\\n)[ \\t]*第[${CN}]+篇[^\\n]*`, 'g') },
	{
		level: 1,
		pattern: new RegExp(`(?<=^|\\n|。|:)[ \\t]*[${CN}]{1,3}[、.](?!\\d)[^\\n。]{0,40}`, 'g')
	},
	{ level: 2, pattern: new RegExp(`(?<=^|\\n|。|:|\\s)\\([${CN}]{1,3}\\)[^\\n。;,]{0,40}`, 'g') },
	{
		level: 3,
		pattern: /(?<=^|\n|。)[ \t]*\d{1,2}[ \t]?[.、](?=[ \t]?[\u4e00-\u9fff])[^\n。;,]{0,40}/g
	},
	// A converted PDF may lose the dot: 。10提升青少年… (a number, then the usual heading verbs).
	{
		level: 3,
		pattern: new RegExp(`(?<=^|\\n|。)\\d{1,2}[ \\t]?(?=${HEADING_VERB})[^\\n。;,]{0,40}`, 'g')
	}
];
const REGION_NAME = /[\u4e00-\u9fff]{2,7}?(?:自治区|自治州|特别行政区|省|市|县|区|州|盟|旗)/;

/** Where headings and region titles are, and which paragraphs a target year governs. */
export function outline(text: string, marks: readonly YearMark[]): DocumentOutline {
	const headings: Heading[] = [];
	const regions: DocumentOutline['regions'] = [];
	for (const rule of HEADING_RULES) {
		for (const m of text.matchAll(rule.pattern)) {
			const start = (m.index ?? 0) + (m[0].length - m[0].trimStart().length);
			headings.push({ start, end: (m.index ?? 0) + m[0].length, level: rule.level });
			if (rule.level === 0) {
				const after = m[0].split(/—+/).slice(1).join('');
				regions.push({ start, region: REGION_NAME.exec(after)?.[0] ?? null });
			}
		}
	}
	headings.sort((a, b) => a.start - b.start);
	const paragraphs: DocumentOutline['paragraphs'] = [];
	let from = 0;
	for (const line of text.split('\n')) {
		paragraphs.push({ start: from, end: from + line.length });
		from += line.length + 1;
	}
	return { headings, regions, blocks: yearBlocks(text, paragraphs, headings, marks), paragraphs };
}

/**
 * A paragraph that opens with a deadline (`到2025年，…`, `——到2027年…`) sets it for itself and
 * the paragraphs after it, up to the next heading of level 0–2 or the next such paragraph.
 */
function yearBlocks(
	text: string,
	paragraphs: DocumentOutline['paragraphs'],
	headings: readonly Heading[],
	marks: readonly YearMark[]
): DocumentOutline['blocks'] {
	const blocks: DocumentOutline['blocks'] = [];
	const breaks = headings.filter((h) => h.level <= 2).map((h) => h.start);
	for (const p of paragraphs) {
		const lead = /^[\s—-]*(?:力争)?/.exec(text.slice(p.start, p.end))?.[0].length ?? 0;
		const mark = marks.find((m) => m.start >= p.start && m.start <= p.start + lead + 2);
		if (!mark || mark.mode !== 'by') continue;
		const last = blocks[blocks.length - 1];
		if (last && last.end > p.start) last.end = p.start;
		const next = breaks.find((b) => b > p.start) ?? text.length;
		blocks.push({ start: p.start, end: next, mark });
	}
	return blocks;
}

/** The nearest heading at or before `pos`. */
export function headingAt(o: DocumentOutline, pos: number): Heading | null {
	let found: Heading | null = null;
	for (const h of o.headings) {
		if (h.start > pos) break;
		found = h;
	}
	return found;
}

/** The region of the `第N篇` section containing `pos`, `undefined` when outside any. */
export function regionAt(o: DocumentOutline, pos: number): string | null | undefined {
	let found: string | null | undefined;
	for (const r of o.regions) {
		if (r.start > pos) break;
		found = r.region;
	}
	return found;
}

/** The deadline set by an earlier `到YYYY年` paragraph for `pos`, if any. */
export function blockMarkAt(o: DocumentOutline, pos: number): YearMark | null {
	return o.blocks.find((b) => b.start <= pos && pos < b.end)?.mark ?? null;
}
