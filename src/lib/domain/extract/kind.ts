/**
 * Target or reported figure? The year expression governing a number decides when it can
 * (`到2027年` → target, `2021年以来` → reported); otherwise unambiguous wording in the sentence
 * (`力争`, `至少` against `已`, `累计`, `建成了`), and last the leaning of the whole document: a plan
 * states targets, an experience report states results. Words such as `达到`, `保持`, `以上` are
 * used both ways and decide nothing by themselves.
 */
import type { FigureKind } from './types.ts';
import { isActualMark, isTargetMark, type YearMark } from './years.ts';

const FUTURE =
	/力争|确保|争取|未来|不低于|不少于|至少|控制在|不超过|每年|逐年|到20\d\d年|20\d\d年底?前/g;
const PAST =
	/已|累计|先后|获评|近[一二三四五\d]年|[一二三四五\d]年来|以来|截至|目前|全年|仅|达(?=\d)|[建出成开到得获立办]了/g;
/** Plan wording (imperatives) for the document's leaning only. */
const PLAN = /加快|健全|完善|深化|新建|达到|稳定在/g;

function count(text: string, pattern: RegExp): number {
	return text.match(pattern)?.length ?? 0;
}

/** How a whole document leans: `actual` when report wording is at least half as common. */
export function documentLeaning(text: string): FigureKind {
	const past = count(text, PAST) + count(text, /20\d\d年,/g);
	return past * 2 > count(text, FUTURE) + count(text, PLAN) ? 'actual' : 'target';
}

/**
 * The kind of a figure. `before` is its sentence up to the number, `after` the rest of its
 * clause; `mark` the year expression governing it, if any.
 */
export function figureKind(
	mark: YearMark | null,
	before: string,
	after: string,
	documentYear: number | undefined,
	leaning: FigureKind
): FigureKind {
	if (mark && isTargetMark(mark)) return 'target';
	if (mark && isActualMark(mark)) return 'actual';
	if (mark?.mode === 'at' && mark.year !== null && documentYear !== undefined) {
		if (mark.year < documentYear) return 'actual';
		if (mark.year > documentYear) return 'target';
	}
	const future = count(before, FUTURE);
	const past = count(before, PAST) + count(after, /^[^,;。]*?了/g) + (mark?.mode === 'at' ? 1 : 0);
	if (future > 0 && past === 0) return 'target';
	if (past > 0 && future === 0) return 'actual';
	return leaning;
}
