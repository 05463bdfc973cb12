/**
 * Reading one number, or one list of numbers (`分别达到90%、99%和92%`), in its clause: which
 * year governs it, what it measures, how it bounds that measure, target or reported, and how
 * sure the reading is. Every look-around is bounded, so a document is read in linear time.
 */
import { clauseAround, readComparator, sentenceAround, type SentenceIndex } from './clause.ts';
import { eachSubjects, indicatorPhrase, plausibleIndicator, splitSubjects } from './phrase.ts';
import { effectiveMark, figureKind } from './kind.ts';
import { originalSpan, type FoldedText } from './normalize.ts';
import { leadingPlace } from './place.ts';
import type { Quantity } from './quantities.ts';
import { firstAtOrAfter, lastAtOrBefore } from './search.ts';
import {
	blockMarkAt,
	enclosingHeadings,
	headingAt,
	paragraphAt,
	regionAt,
	type DocumentOutline
} from './structure.ts';
import type { Candidate, Comparator, FigureKind } from './types.ts';
import type { YearMark } from './years.ts';

/** Everything the reading needs, computed once per document. */
export interface Context {
	original: string;
	folded: FoldedText;
	marks: YearMark[];
	doc: DocumentOutline;
	leaning: FigureKind;
	/** The document's year (the caller's, else the inferred date's), or null. */
	documentYear: number | null;
	plan: { start: number; end: number } | null;
	/** The caller's region, else the one the document's head names, or null. */
	region: string | null;
	sentences: SentenceIndex;
}

/** Words that state a bound outright; a small number in Chinese numerals needs one (or a target). */
const STRICT_WORDS = new Set([
	'不低于',
	'不少于',
	'至少',
	'不超过',
	'控制在',
	'以上',
	'以下',
	'以内',
	'达到',
	'保持'
]);
/** A heading ending a paragraph's first words (`（七）加快发展职业教育。`), skipped as layout. */
const INLINE_HEADING = /^[\s—-]*(?:\([一二三四五六七八九十]{1,3}\)|\d{1,2}[.、])[^。\n]{0,40}。/;

/** The last year mark of `[from, pos)` that is not a baseline. */
function markIn(marks: readonly YearMark[], from: number, pos: number): YearMark | null {
	for (let i = lastAtOrBefore(marks, pos - 1); i >= 0; i--) {
		const m = marks[i] as YearMark;
		if (m.start < from) break;
		if (m.mode !== 'base') return m;
	}
	return null;
}

/**
 * `到2027年，…。` or `2024年，…。` opening a paragraph carries on through it, until a later
 * sentence sets a year of its own.
 */
function paragraphMark(ctx: Context, pos: number, sentenceStart: number): YearMark | null {
	const t = ctx.folded.text;
	const paragraph = paragraphAt(ctx.doc, pos);
	if (!paragraph) return null;
	const opening = t.slice(paragraph.start, Math.min(pos, paragraph.start + 60));
	let lead = INLINE_HEADING.exec(opening)?.[0].length ?? 0;
	lead += /^[\s—-]*(?:力争)?/.exec(opening.slice(lead))?.[0].length ?? 0;
	const i = firstAtOrAfter(ctx.marks, paragraph.start + lead);
	const mark = ctx.marks[i];
	if (!mark || mark.start !== paragraph.start + lead || mark.end > pos) return null;
	if (!(mark.mode === 'by' || (mark.mode === 'at' && t[mark.end] === ','))) return null;
	const firstSentenceEnd = sentenceAround(t, mark.start, ctx.sentences).end;
	if (firstSentenceEnd < sentenceStart && markIn(ctx.marks, firstSentenceEnd, sentenceStart))
		return null;
	return mark;
}

/** A heading's year (`三、2023年工作要点`) as a mark for the figures under it. */
function headingMark(
	headings: readonly { start: number; end: number; year: number | null }[]
): YearMark | null {
	const h = headings.find((x) => x.year !== null);
	return h ? { start: h.start, end: h.end, mode: 'at', year: h.year, heading: true } : null;
}

/** The year expression governing `pos`: its sentence, its paragraph, a block, its section. */
function governingMark(
	ctx: Context,
	pos: number,
	sentenceStart: number,
	headings: ReturnType<typeof enclosingHeadings>
): YearMark | null {
	return (
		markIn(ctx.marks, sentenceStart, pos) ??
		paragraphMark(ctx, pos, sentenceStart) ??
		blockMarkAt(ctx.doc, pos) ??
		headingMark(headings)
	);
}

/** `今年`, `本年`: the document's year; other words for "recently": the last complete year. */
function recentYear(mark: YearMark, documentYear: number | null): number | null {
	if (documentYear === null) return null;
	return /今年|本年/.test(mark.relative ?? '') ? documentYear : documentYear - 1;
}

/**
 * The year a figure is for. A relative mark gives a year counted from the document's (`未来五年`
 * → +5, the end of the plan when that is its length; `近三年` → the last complete year); a
 * reported figure with no year of its own is of the last complete year; a target with none is
 * for the end of the plan when it stands among the plan's goals.
 */
function resolveYear(
	ctx: Context,
	mark: YearMark | null,
	kind: FigureKind,
	goals: boolean
): { year: number | null; relative?: string } {
	const d = ctx.documentYear;
	const relative = mark?.relative === undefined ? {} : { relative: mark.relative };
	if (!mark) {
		if (kind === 'actual') return { year: d === null ? null : d - 1 };
		return { year: goals && ctx.plan ? ctx.plan.end : null };
	}
	if (mark.mode === 'ahead') {
		if (d === null || mark.years === undefined) return { year: null, ...relative };
		const plan = ctx.plan;
		const whole =
			plan && plan.end - plan.start + 1 === mark.years && d >= plan.start && d <= plan.end;
		return { year: whole ? plan.end : d + mark.years, ...relative };
	}
	if (mark.mode === 'since' || mark.mode === 'recent')
		return { year: recentYear(mark, d), ...relative };
	return { year: mark.year, ...relative };
}

function sectionAt(ctx: Context, pos: number): string | null {
	const h = headingAt(ctx.doc, pos);
	if (!h) return null;
	const span = originalSpan(ctx.folded, h.start, h.end);
	return ctx.original.slice(span.start, span.end).replace(/\s+/g, '') || null;
}

/** The folded text `[start, end)` with its year expressions taken out. */
function removeMarks(marks: readonly YearMark[], t: string, start: number, end: number): string {
	let out = '';
	let at = start;
	for (let i = Math.max(0, lastAtOrBefore(marks, start)); i < marks.length; i++) {
		const m = marks[i] as YearMark;
		if (m.start >= end) break;
		if (m.end <= start) continue;
		out += t.slice(at, Math.max(at, m.start));
		at = Math.max(at, m.end);
	}
	return out + t.slice(at, end);
}

/** The first number of `从1643家压减至304家`: where a change started, in no year of its own. */
function changeStart(pre: string, post: string): boolean {
	return (
		/[从由]$/.test(pre) &&
		/^(?:[\u4e00-\u9fff]{0,2})?(?:压减|减少|下降|降低|增长|增加|提高|提升|扩大)(?:到|至)/.test(post)
	);
}

/**
 * Read one list of numbers (usually a single number). `previousEnd` is where the number before
 * it ends, `nextStart` where the next begins: the words between belong to this one.
 */
export function readGroup(
	ctx: Context,
	group: readonly Quantity[],
	previousEnd: number,
	nextStart: number
): Candidate[] {
	const t = ctx.folded.text;
	const first = group[0] as Quantity;
	const last = group[group.length - 1] as Quantity;
	const clause = clauseAround(t, first.start, last.end);
	const pre = removeMarks(ctx.marks, t, Math.max(clause.start, previousEnd), first.start);
	const sentence = sentenceAround(t, first.start, ctx.sentences);
	const headings = enclosingHeadings(ctx.doc, first.start);
	const mark = effectiveMark(
		governingMark(ctx, first.start, sentence.start, headings),
		ctx.documentYear
	);
	const post = t.slice(last.end, Math.min(clause.end, nextStart));
	const head = readComparator(
		pre,
		t.slice(first.end, Math.min(clause.end, first.end + 24)),
		t.slice(clause.start, clause.end)
	);
	const phrase = indicatorPhrase(head.rest, post, first.unit);
	const before = t.slice(sentence.start, first.start);
	const sectionLeaning = headings.find((h) => h.leaning !== null)?.leaning ?? null;
	const goals = headings.some((h) => h.goals);
	const kind = figureKind({
		mark,
		before,
		own: pre,
		after: post,
		documentYear: ctx.documentYear,
		plan: ctx.plan,
		sectionLeaning,
		leaning: ctx.leaning
	});
	const baseline = group.length === 1 && kind === 'actual' && !mark && changeStart(pre, post);
	const { year, relative } = baseline
		? { year: null, relative: undefined }
		: resolveYear(ctx, mark, kind, goals);
	const soft = /力争/.test(before);
	let subjects = group.length > 1 ? splitSubjects(phrase) : [phrase];
	// 校内实训工场和校外实训基地各10个: one figure for each.
	const each = group.length === 1 && head.each ? eachSubjects(head.rest, post) : [];
	const quantities = each.length > 1 ? each.map(() => first) : group;
	if (each.length > 1) subjects = each;
	const span = originalSpan(ctx.folded, clause.start, clause.end);
	const out: Candidate[] = [];
	quantities.forEach((q, i) => {
		const own = readComparator('', t.slice(q.end, Math.min(clause.end, q.end + 24)), '');
		const word = own.word || head.word;
		const rate = head.comparator === 'rate<=' || head.comparator === 'rate>=';
		let comparator: Comparator | null = rate
			? head.comparator
			: (own.comparator ?? head.comparator);
		if (kind === 'actual' && head.neutral && !own.comparator) comparator = null;
		if (q.valueMax !== null) comparator = 'range';
		else if (kind === 'target' && (comparator === null || comparator === '=')) comparator = '>=';
		// 千余个, 两名专职: a count in words is a figure when it is large or stated as a bound or target.
		if (q.chinese && kind !== 'target' && !STRICT_WORDS.has(word) && q.value < 10 && !q.approximate)
			return;
		const approximate = q.approximate || head.approximate || own.approximate;
		const subject = subjects.length === quantities.length ? (subjects[i] as string) : phrase;
		// 示例县学前教育毛入园率: a place named at the head of the phrase is the figure's region.
		const place = leadingPlace(subject);
		const named = place ? subject.slice(place.length) : subject;
		const indicator = plausibleIndicator(named) ? named : '';
		const candidate: Candidate = {
			indicatorPhrase: indicator,
			region: place ?? regionAt(ctx.doc, q.start) ?? ctx.region,
			year,
			...(relative === undefined ? {} : { yearRelative: relative }),
			value: comparator === 'rate<=' ? -q.value : q.value,
			valueMax: q.valueMax,
			unit: q.unit,
			comparator,
			kind,
			approximate,
			soft,
			confidence: confidence(
				q,
				indicator,
				year,
				comparator !== null && !head.neutral,
				soft,
				approximate
			),
			span,
			valueSpan: originalSpan(ctx.folded, q.start, q.end),
			section: sectionAt(ctx, q.start)
		};
		if (place) NAMED_PLACE.add(candidate);
		out.push(candidate);
	});
	return out;
}

function confidence(
	q: Quantity,
	indicator: string,
	year: number | null,
	explicit: boolean,
	soft: boolean,
	approximate: boolean
): number {
	let c = 0.55;
	if (explicit) c += 0.15;
	if (year !== null) c += 0.1;
	c += indicator.length >= 2 && indicator.length <= 24 ? 0.1 : -0.2;
	if (q.unit === '%') c += 0.05;
	if (soft) c -= 0.1;
	if (approximate) c -= 0.05;
	if (q.chinese) c -= 0.2;
	return Math.round(Math.min(0.98, Math.max(0.05, c)) * 100) / 100;
}

/** Candidates whose region was named at the head of their own phrase. */
export const NAMED_PLACE = new WeakSet<Candidate>();

export { leadingPlace };
