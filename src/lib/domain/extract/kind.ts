/**
 * Target or reported figure? In order:
 * 1. the year expression governing the number by its wording (`到2027年` → target,
 *    `2021年以来`, `近三年` → reported), a deadline already past being a year like any other;
 * 2. that year against the document's own time: after the document's date, or at the end of
 *    its plan period, a target unless the sentence says it was reached; before it, reported;
 * 3. a baseline (`基期`) is reported; `…50%的目标` is a target;
 * 4. unambiguous wording in the sentence (`力争`, `至少` against `已`, `累计`, `建成了`);
 * 5. what the section heading says (`发展基础` reports, `主要任务` plans);
 * 6. the leaning of the whole document: a plan states targets, an experience report results.
 * Words such as `达到`, `保持`, `以上` are used both ways and decide nothing by themselves.
 */
import type { FigureKind } from './types.ts';
import { isActualMark, isTargetMark, type YearMark } from './years.ts';

const FUTURE =
	/力争|确保|争取|未来|不低于|不少于|至少|控制在|不超过|每年|逐年|到20\d\d年|20\d\d年底?前/g;
const PAST =
	/已|累计|先后|获评|近[一二三四五\d]年|[一二三四五\d]年来|以来|截至|目前|全年|仅|达(?=\d)|[建出成开到得获立办]了/g;
/** Plan wording (imperatives) for the document's leaning only. */
const PLAN = /加快|健全|完善|深化|新建|达到|稳定在/g;
/** The sentence says the figure was reached. */
const REACHED = /已经?|实现了|达到了|建成了|完成了/;

function count(text: string, pattern: RegExp): number {
	return text.match(pattern)?.length ?? 0;
}

/** How a whole document leans: `actual` when report wording is at least half as common. */
export function documentLeaning(text: string): FigureKind {
	const past = count(text, PAST) + count(text, /20\d\d年,/g);
	return past * 2 > count(text, FUTURE) + count(text, PLAN) ? 'actual' : 'target';
}

/** What the kind of one figure is decided from. */
export interface KindClues {
	/** The year expression governing the figure, if any. */
	mark: YearMark | null;
	/** Its sentence up to the number, its own words before it, and the rest of its clause. */
	before: string;
	own: string;
	after: string;
	documentYear: number | null;
	plan: { start: number; end: number } | null;
	/** What the section headings say, innermost first (null: nothing). */
	sectionLeaning: FigureKind | null;
	leaning: FigureKind;
}

/** A deadline in the past (`到2020年` in a document of 2021, `十三五期间`) reads as a plain year. */
export function effectiveMark(mark: YearMark | null, documentYear: number | null): YearMark | null {
	if (
		mark?.mode === 'by' &&
		mark.year !== null &&
		documentYear !== null &&
		mark.year < documentYear
	)
		return { ...mark, mode: 'at' };
	return mark;
}

function byYear(year: number, reached: boolean, c: KindClues): FigureKind | null {
	const { documentYear: d, plan } = c;
	if (plan && year === plan.end && (d === null || d <= plan.end))
		return reached ? 'actual' : 'target';
	if (d !== null) {
		if (year > d) return reached ? 'actual' : 'target';
		if (year < d) return 'actual';
		return null;
	}
	if (plan && year < plan.start) return 'actual';
	return null;
}

/** The kind of a figure. */
export function figureKind(c: KindClues): FigureKind {
	const mark = effectiveMark(c.mark, c.documentYear);
	if (mark && isTargetMark(mark)) return 'target';
	if (mark && isActualMark(mark)) return 'actual';
	if (mark?.mode === 'at' && mark.year !== null) {
		const k = byYear(mark.year, REACHED.test(c.before), c);
		if (k) return k;
	}
	if (/基期|基数|现状值/.test(c.own)) return 'actual';
	if (/^(?:以上|以下)?的?目标/.test(c.after)) return 'target';
	const future = count(c.before, FUTURE);
	const past =
		count(c.before, PAST) +
		count(c.after, /^[^,;。]*?了/g) +
		(mark?.mode === 'at' && !mark.heading ? 1 : 0);
	if (future > 0 && past === 0) return 'target';
	if (past > 0 && future === 0) return 'actual';
	return c.sectionLeaning ?? c.leaning;
}
