/**
 * The outline of a policy document in folded text: headings (`第四篇：…——福建省`, `一、…`,
 * `（十二）…`, `3.…`), the region each `第N篇` section is about, the target year that a
 * paragraph such as `到2027年，…。` sets for the paragraphs after it (`——…达到90%`) until the
 * next heading, and what each section heading says about the figures under it: a year
 * (`一、2022年工作成效`), whether it reports or plans (`发展基础` / `主要任务`), and whether it
 * states the plan's goals (`（二）具体目标`). Every lookup is a binary search.
 */
import { firstAtOrAfter, lastAtOrBefore } from './search.ts';
import type { FigureKind } from './types.ts';
import type { YearMark } from './years.ts';

/** A heading in the folded text; `title` ends at its first full stop or comma. */
export interface Heading {
	start: number;
	end: number;
	/** 0: `第N篇`, 1: `一、`, 2: `（一）`, 3: `1.` */
	level: 0 | 1 | 2 | 3;
	/** A year the heading names (`2023年工作要点`), or null. */
	year: number | null;
	/** `target` for goals and tasks, `actual` for results and the starting point, else null. */
	leaning: FigureKind | null;
	/** The heading introduces the plan's goals or indicators. */
	goals: boolean;
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
	{ level: 0, pattern: new RegExp(`(?<=^|\\n)[ \\t]*第[${CN}]+[篇章部分]+[^\\n]*`, 'g') },
	{
		level: 1,
		pattern: new RegExp(
			`(?<=^|\\n|。|:)[ \\t]*[${CN}]{1,3}[、.](?:(?=(?:19|20)\\d{2}年)|(?!\\d))[^\\n。]{0,40}`,
			'g'
		)
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
const PLANS = /目标|要点|工作计划|任务|举措|措施|指标|展望|工作思路/;
const REPORTS =
	/进展|完成情况|成效|成绩|成就|回顾|发展基础|工作基础|现实基础|现状|基本情况|存在的?主要问题|存在的问题|总结/;

function describe(title: string): Pick<Heading, 'year' | 'leaning' | 'goals'> {
	// 一、2022年工作成效, 三、2023年工作要点: the year the section is about (not a meeting's).
	const years = /会议|发言|大会/.test(title)
		? null
		: /(?<![\d—–-])((?:19|20)\d{2})\s*年度?[^\s,。]{0,6}?(?:工作|成效|要点|计划|目标|任务|总结|进展|情况)/.exec(
				title
			);
	const plans = PLANS.test(title);
	const reports = REPORTS.test(title);
	return {
		year: years ? Number(years[1]) : null,
		leaning: plans === reports ? null : plans ? 'target' : 'actual',
		goals: /目标|指标/.test(title) && !reports
	};
}

/** Where headings and region titles are, and which paragraphs a target year governs. */
export function outline(text: string, marks: readonly YearMark[]): DocumentOutline {
	const headings: Heading[] = [];
	const regions: DocumentOutline['regions'] = [];
	for (const rule of HEADING_RULES) {
		for (const m of text.matchAll(rule.pattern)) {
			const start = (m.index ?? 0) + (m[0].length - m[0].trimStart().length);
			const end = (m.index ?? 0) + m[0].length;
			headings.push({ start, end, level: rule.level, ...describe(text.slice(start, end)) });
			if (rule.level === 0) {
				const after = m[0].split(/—+/).slice(1).join('');
				regions.push({ start, region: REGION_NAME.exec(after)?.[0] ?? null });
			}
		}
	}
	headings.sort((a, b) => a.start - b.start);
	regions.sort((a, b) => a.start - b.start);
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
	const breaks = headings.filter((h) => h.level <= 2).map((h) => ({ start: h.start }));
	for (const p of paragraphs) {
		const lead =
			/^[\s—-]*(?:力争)?/.exec(text.slice(p.start, Math.min(p.end, p.start + 8)))?.[0].length ?? 0;
		const i = firstAtOrAfter(marks, p.start);
		const mark = marks[i];
		if (!mark || mark.start > p.start + lead + 2 || mark.mode !== 'by') continue;
		const last = blocks[blocks.length - 1];
		if (last && last.end > p.start) last.end = p.start;
		if (last && last.end <= last.start) blocks.pop();
		const next = breaks[firstAtOrAfter(breaks, p.start + 1)]?.start ?? text.length;
		// The opening paragraph itself is read by its own sentences (see read.ts).
		if (p.end + 1 < next) blocks.push({ start: p.end + 1, end: next, mark });
	}
	return blocks;
}

/** The nearest heading at or before `pos`. */
export function headingAt(o: DocumentOutline, pos: number): Heading | null {
	return o.headings[lastAtOrBefore(o.headings, pos)] ?? null;
}

/**
 * The headings whose sections contain `pos`, innermost first: the nearest heading, then the
 * nearest before it of a higher level, and so on.
 */
export function enclosingHeadings(o: DocumentOutline, pos: number): Heading[] {
	const out: Heading[] = [];
	let level = 4;
	for (let i = lastAtOrBefore(o.headings, pos); i >= 0 && level > 0; i--) {
		const h = o.headings[i] as Heading;
		if (h.level < level) {
			out.push(h);
			level = h.level;
		}
	}
	return out;
}

/** The region of the `第N篇` section containing `pos`, `undefined` when outside any. */
export function regionAt(o: DocumentOutline, pos: number): string | null | undefined {
	const i = lastAtOrBefore(o.regions, pos);
	return i < 0 ? undefined : (o.regions[i] as DocumentOutline['regions'][number]).region;
}

/** The deadline set by an earlier `到YYYY年` paragraph for `pos`, if any. */
export function blockMarkAt(o: DocumentOutline, pos: number): YearMark | null {
	const b = o.blocks[lastAtOrBefore(o.blocks, pos)];
	return b && pos < b.end ? b.mark : null;
}

/** The paragraph (line) containing `pos`. */
export function paragraphAt(
	o: DocumentOutline,
	pos: number
): { start: number; end: number } | null {
	return o.paragraphs[lastAtOrBefore(o.paragraphs, pos)] ?? null;
}
