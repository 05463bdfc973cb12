/**
 * The document's own time, read from its folded text: the date it was written and the period
 * its plan covers. Plans say it in their title (`（2021—2025年）`, `“十四五”教育发展规划`), in an
 * issuing line (`2024年12月，市委、市政府印发了《…》`, `…2022年11月4日印发`), in a date line of
 * their own (`二〇〇五年六月十二日`), a web page's `发布时间:2025-03-24`, a document number
 * (`〔2005〕37号`) or a title year (`2023年工作要点`); a mid-term review of a plan without a date is
 * placed at the plan's middle, any other plan without one at its first year.
 */
import { parseChineseNumeral } from './chinese.ts';
import type { DateSource, DocumentTime } from './types.ts';
import { FIVE_YEAR_PLANS } from './years.ts';

/** How far into the text the head (title, issuing lines) and dates there are looked for. */
const HEAD = 1500;
/** How far from the end a signature date or `…印发` line is looked for. */
const TAIL = 800;

const DIGIT = '〇零一二三四五六七八九';
const YEAR = `((?:19|20)\\d{2}|[${DIGIT}]{4})`;
const MONTH = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';
const DATE = `${YEAR}\\s*年\\s*(?:${MONTH}\\s*月(?:\\s*${MONTH}\\s*[日号])?)?`;

function yearOf(s: string): number {
	if (/^\d+$/.test(s)) return Number(s);
	return Number(Array.from(s, (c) => String(Math.max(0, DIGIT.indexOf(c) - 1))).join(''));
}

function smallNumber(s: string | undefined): number | null {
	if (!s) return null;
	const n = /^\d+$/.test(s) ? Number(s) : parseChineseNumeral(s);
	return n === null || n < 1 || n > 31 ? null : n;
}

interface Found {
	year: number;
	month: number | null;
	day: number | null;
	source: DateSource;
	start: number;
	end: number;
}

function dateAt(m: RegExpExecArray, offset: number, source: DateSource): Found | null {
	const year = yearOf(m[1] ?? '');
	if (year < 1900 || year > 2200) return null;
	const month = smallNumber(m[2]);
	const day = month === null ? null : smallNumber(m[3]);
	return {
		year,
		month: month !== null && month <= 12 ? month : null,
		day,
		source,
		start: offset,
		end: offset + m[0].length
	};
}

/** The first match of `pattern` in `text[from, to)` as a date of the given source. */
function first(
	text: string,
	pattern: RegExp,
	from: number,
	to: number,
	source: DateSource,
	group = 0
): Found | null {
	const part = text.slice(from, to);
	for (const m of part.matchAll(pattern)) {
		const inner = group === 0 ? m : (new RegExp(DATE).exec(m[0]) as RegExpExecArray | null);
		if (!inner) continue;
		const at = from + (m.index ?? 0) + (group === 0 ? 0 : inner.index);
		const found = dateAt(inner, at, source);
		if (found) return found;
	}
	return null;
}

const ISSUED = new RegExp(`${DATE}[^。\\n]{0,24}?印发`, 'g');
const DATE_LINE = new RegExp(`(?<=^|\\n)[ \\t(（]*${DATE}[ \\t)）]*(?:印发)?[ \\t]*(?=\\n|$)`, 'g');
const PUBLISHED = new RegExp(
	`(?:发布时间|发布日期|发文日期|成文日期|日期)\\s*[:：]?\\s*((?:19|20)\\d{2})[-/.年](\\d{1,2})[-/.月](\\d{1,2})`,
	'g'
);
const SOURCE_DATE = new RegExp(`${DATE}\\s*(?:来源|发布)`, 'g');
const NUMBER = /〔((?:19|20)\d{2})〕\s*\d+\s*号/g;

function documentDate(text: string, titleLine: string, plan: DocumentTime['plan']): Found | null {
	const tailStart = Math.max(HEAD, text.length - TAIL);
	const issued =
		first(text, ISSUED, 0, Math.min(HEAD, text.length), 'issued') ??
		first(text, ISSUED, tailStart, text.length, 'issued');
	if (issued) return issued;
	const dated =
		first(text, DATE_LINE, 0, Math.min(HEAD, text.length), 'dated', 1) ??
		first(text, DATE_LINE, tailStart, text.length, 'dated', 1);
	if (dated) return dated;
	const published = first(text, PUBLISHED, 0, Math.min(HEAD, text.length), 'published');
	if (published) return published;
	const source = first(text, SOURCE_DATE, 0, Math.min(HEAD, text.length), 'published');
	if (source) return source;
	const number = NUMBER.exec(text.slice(0, Math.min(HEAD, text.length)));
	NUMBER.lastIndex = 0;
	if (number) {
		const year = Number(number[1]);
		return {
			year,
			month: null,
			day: null,
			source: 'number',
			start: number.index,
			end: number.index + number[0].length
		};
	}
	// 2023年工作要点: the year planned for; 2022年工作总结 alone: the year after the one reviewed.
	const planned = [...titleLine.matchAll(/((?:19|20)\d{2})\s*年[^\n\d]{0,16}?(?:要点|计划|安排)/g)];
	const reviewed = /((?:19|20)\d{2})\s*年[^\n\d]{0,16}?(?:总结|报告)/.exec(titleLine);
	const year =
		planned.length > 0
			? Number(planned[planned.length - 1]?.[1])
			: reviewed
				? Number(reviewed[1]) + 1
				: null;
	if (year !== null) return { year, month: null, day: null, source: 'title', start: -1, end: -1 };
	if (plan && /中期评估/.test(text.slice(0, HEAD))) {
		const year = plan.start + Math.floor((plan.end - plan.start) / 2);
		return { year, month: null, day: null, source: 'midterm', start: -1, end: -1 };
	}
	// A plan that gives no date was written when it begins.
	if (plan) return { year: plan.start, month: null, day: null, source: 'plan', start: -1, end: -1 };
	return null;
}

const PERIOD = /[（(]\s*((?:19|20)\d{2})\s*[—–\-~至到]+\s*((?:19|20)\d{2})\s*年?\s*[）)]/;

/** The plan's period from its title, the title after 印发, or a five-year plan's number. */
function planPeriod(text: string, titleLine: string, head: string): DocumentTime['plan'] {
	const fromTitle = PERIOD.exec(titleLine);
	const issued = /印发了?《([^》]{4,80})》/.exec(head);
	const fromIssued = issued ? PERIOD.exec(issued[1] ?? '') : null;
	const m = fromTitle ?? fromIssued;
	if (m) {
		const start = Number(m[1]);
		const end = Number(m[2]);
		if (end > start && end - start <= 30) return { start, end };
	}
	if (/五年规划|十[一二三四五]?五/.test(titleLine)) {
		const named = /(十[一二三四五]五|十五)/.exec(text.slice(0, 400));
		const end = named ? FIVE_YEAR_PLANS.get(named[1] ?? '') : undefined;
		if (end !== undefined) return { start: end - 4, end };
	}
	return null;
}

/**
 * The head of the document: its first lines up to the first line of running text (a long line
 * ending a sentence), at most a few hundred characters. Returned as `[0, end)`.
 */
export function headEnd(text: string): number {
	let at = 0;
	let lines = 0;
	while (at < text.length && lines < 8 && at < 600) {
		const next = text.indexOf('\n', at);
		const end = next < 0 ? text.length : next;
		const line = text.slice(at, end).trim();
		// Running text: a sentence of some length (a title ends no sentence).
		if (line.length > 20 && /[。;]/.test(line)) break;
		at = end + 1;
		if (line !== '') lines++;
	}
	return Math.min(at, text.length);
}

/**
 * The title: the first non-empty line of the head that reads as one (no sentence punctuation,
 * not a bare date), else the first 《…》 near the start (a shared file's name).
 */
function titleLineOf(head: string, text: string): string {
	for (const line of head.split('\n')) {
		const t = line.trim();
		if (t.length < 4 || t.length > 80 || /[。,;]/.test(t)) continue;
		if (/[\u4e00-\u9fff]/.test(t) && !/^[\d\s年月日:：.\-/]+$/.test(t)) return t;
	}
	return /《([^》]{4,80})》/.exec(text.slice(0, 200))?.[1] ?? '';
}

/** The document's date and plan period, with offsets in the folded text (−1 when inferred). */
export function documentTime(text: string): {
	time: Omit<DocumentTime, 'dateSpan'>;
	dateAt: { start: number; end: number } | null;
} {
	const head = text.slice(0, headEnd(text));
	const titleLine = titleLineOf(head.slice(0, 400), text);
	const plan = planPeriod(text, titleLine, text.slice(0, HEAD));
	const found = documentDate(text, titleLine, plan);
	if (!found) return { time: { date: null, plan }, dateAt: null };
	const { start, end, ...date } = found;
	return { time: { date, plan }, dateAt: start >= 0 ? { start, end } : null };
}
