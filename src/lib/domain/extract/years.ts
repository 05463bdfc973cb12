/**
 * Year expressions in folded text and what they say about the figures after them:
 * `到2027年` / `2025年底前` / `十四五末` (a target year), `2024年` (a year, either way),
 * `2021年以来` / `近三年` / `今年` (reported figures), `未来五年` (a target, relative to the document),
 * `较2018年` (a baseline, which is neither).
 */
import { parseChineseNumeral } from './chinese.ts';

/**
 * `by`: a deadline (target). `at`: a year with no direction. `since`, `asof`, `recent`: a
 * reported figure. `ahead`: a relative deadline. `base`: the year compared against.
 */
export type YearMode = 'by' | 'at' | 'since' | 'asof' | 'recent' | 'ahead' | 'base';

/** One year expression in the folded text. */
export interface YearMark {
	start: number;
	end: number;
	mode: YearMode;
	/** The year itself; null for relative marks (`未来五年`, `近三年`). */
	year: number | null;
	/** The wording of a relative mark (`未来五年`, `十四五末`). */
	relative?: string;
	/** For `ahead`: how many years ahead (`未来五年` → 5). */
	years?: number;
	/** The year of a section heading (`三、2023年工作要点`), carried to the figures under it. */
	heading?: true;
}

const Y = String.raw`(?<![\d.])((?:19|20)\d{2})\s*年`;
const N = String.raw`(\d{1,2}|[一二两三四五六七八九十]{1,2})`;

/** The last year of a five-year plan by its number: 十一五 → 2010, 十四五 → 2025, 十五 → 2005. */
export const FIVE_YEAR_PLANS: ReadonlyMap<string, number> = new Map([
	['十五', 2005],
	['十一五', 2010],
	['十二五', 2015],
	['十三五', 2020],
	['十四五', 2025],
	['十五五', 2030]
]);
const PLAN_NAME = '(十[一二三四五]五|十五)';

function count(n: string | undefined): number | undefined {
	if (!n) return undefined;
	const v = /^\d+$/.test(n) ? Number(n) : parseChineseNumeral(n.replace('两', '二'));
	return v === null || v === undefined ? undefined : v;
}

type Made = Omit<YearMark, 'start' | 'end'>;

/** Patterns in priority order; an earlier one claims its characters first. */
const RULES: readonly { pattern: RegExp; make: (m: RegExpExecArray) => Made }[] = [
	{
		pattern: new RegExp(`(?:较|比|与|同)${Y}`, 'g'),
		make: (m) => ({ mode: 'base', year: Number(m[1]) })
	},
	// 从2009年的9.3年提高到2020年的11.8年: the year of the number after it, then its deadline.
	{
		pattern: new RegExp(`从\\s*${Y}(?:底|末)?的`, 'g'),
		make: (m) => ({ mode: 'at', year: Number(m[1]) })
	},
	{
		pattern: new RegExp(
			`(?:提高|提升|增加|增长|下降|降低|减少|压减)(?:到|至)\\s*${Y}(?:底|末)?的`,
			'g'
		),
		make: (m) => ({ mode: 'by', year: Number(m[1]) })
	},
	// 达到2015年的1.5倍: a year referred to, not the year of the figure.
	{
		pattern: new RegExp(`${Y}(?:底|末)?的`, 'g'),
		make: (m) => ({ mode: 'base', year: Number(m[1]) })
	},
	{
		pattern: /(?<![\d.])((?:19|20)\d{2})\s*[—–\-至]\s*((?:19|20)\d{2})\s*年(以来)?/g,
		make: (m) =>
			m[3]
				? { mode: 'since', year: Number(m[2]), relative: m[0] }
				: { mode: 'at', year: Number(m[2]) }
	},
	{
		pattern: new RegExp(`(截至|截止到?)\\s*${Y}(?:底|末)?`, 'g'),
		make: (m) => ({ mode: 'asof', year: Number(m[2]) })
	},
	{
		pattern: new RegExp(`(?:力争)?(?:到|至)\\s*${Y}(?:底|末)?(?:前)?`, 'g'),
		make: (m) => ({ mode: 'by', year: Number(m[1]) })
	},
	{
		pattern: new RegExp(`${Y}(?:底|末)?(?:前|以前)`, 'g'),
		make: (m) => ({ mode: 'by', year: Number(m[1]) })
	},
	{
		pattern: new RegExp(`${Y}(?:底|末)?以来`, 'g'),
		make: (m) => ({ mode: 'since', year: Number(m[1]), relative: m[0] })
	},
	{
		pattern: new RegExp(`${Y}(?:底|末|度)?`, 'g'),
		make: (m) => ({ mode: 'at', year: Number(m[1]) })
	},
	{
		pattern: new RegExp(`[“"]?${PLAN_NAME}[”"]?(?:规划)?(期末|末|期间|时期|以来)`, 'g'),
		make: (m) =>
			m[2] === '以来'
				? { mode: 'since', year: null, relative: m[0] }
				: { mode: 'by', year: FIVE_YEAR_PLANS.get(m[1] ?? '') ?? null, relative: m[0] }
	},
	{
		pattern: new RegExp(`(?:未来|今后)${N}年|${N}年(?:内|之内)`, 'g'),
		make: (m) => {
			const years = count(m[1] ?? m[2]);
			return { mode: 'ahead', year: null, relative: m[0], ...(years ? { years } : {}) };
		}
	},
	{
		pattern: new RegExp(
			`(?:近|最近|过去)${N}年(?:来)?|${N}年来|近年来?|今年|全年|本年|目前|截至目前|当前`,
			'g'
		),
		make: (m) => ({ mode: 'recent', year: null, relative: m[0] })
	}
];

/** Every year expression, in order, none overlapping. */
export function findYearMarks(text: string, shielded: (i: number) => boolean): YearMark[] {
	const taken = new Uint8Array(text.length + 1);
	const marks: YearMark[] = [];
	for (const rule of RULES) {
		const pattern = new RegExp(rule.pattern);
		for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
			const start = m.index;
			const end = start + m[0].length;
			if (m[0] === '') {
				pattern.lastIndex++;
				continue;
			}
			let free = true;
			// Digits in a title or a date are not a year of the text; 十四五 in quotes still is.
			for (let i = start; i < end && free; i++) {
				if (taken[i] || (shielded(i) && /\d/.test(text[i] as string))) free = false;
			}
			if (!free) continue;
			for (let i = start; i < end; i++) taken[i] = 1;
			marks.push({ start, end, ...rule.make(m) });
		}
	}
	return marks.sort((a, b) => a.start - b.start);
}

/** Does the mark point to the future (a target) by its wording alone? */
export function isTargetMark(mark: YearMark): boolean {
	return mark.mode === 'by' || mark.mode === 'ahead';
}

/** Does the mark point to a reported figure by its wording alone? */
export function isActualMark(mark: YearMark): boolean {
	return mark.mode === 'since' || mark.mode === 'asof' || mark.mode === 'recent';
}
