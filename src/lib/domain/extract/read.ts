/**
 * Reading one number, or one list of numbers (`分别达到90%、99%和92%`), in its clause: which
 * year governs it, what it measures, how it bounds that measure, target or reported, and how
 * sure the reading is.
 */
import {
	clauseAround,
	eachSubjects,
	indicatorPhrase,
	readComparator,
	sentenceAround,
	splitSubjects
} from './clause.ts';
import { figureKind } from './kind.ts';
import { originalSpan, type FoldedText } from './normalize.ts';
import type { Quantity } from './quantities.ts';
import { blockMarkAt, headingAt, regionAt, type DocumentOutline } from './structure.ts';
import type { Candidate, Comparator, ExtractOptions, FigureKind } from './types.ts';
import type { YearMark } from './years.ts';

/** Everything the reading needs, computed once per document. */
export interface Context {
	original: string;
	folded: FoldedText;
	marks: YearMark[];
	doc: DocumentOutline;
	leaning: FigureKind;
	options: ExtractOptions;
}

/** Words that state a bound outright; a number in Chinese numerals needs one (or a target). */
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

/** The year expression governing `pos`: in its sentence, opening its paragraph, or a block. */
function governingMark(ctx: Context, pos: number): YearMark | null {
	const t = ctx.folded.text;
	const sentence = sentenceAround(t, pos);
	let found: YearMark | null = null;
	for (const m of ctx.marks) {
		if (m.start >= pos) break;
		if (m.start >= sentence.start && m.mode !== 'base') found = m;
	}
	if (found) return found;
	const paragraph = ctx.doc.paragraphs.find((p) => p.start <= pos && pos <= p.end);
	if (paragraph) {
		const lead = /^[\s—-]*(?:力争)?/.exec(t.slice(paragraph.start, pos))?.[0].length ?? 0;
		const opening = ctx.marks.find((m) => m.start === paragraph.start + lead && m.end <= pos);
		// 到2027年，…。 or 2024年，…。 opening a paragraph carries on through it.
		if (opening && (opening.mode === 'by' || (opening.mode === 'at' && t[opening.end] === ','))) {
			return opening;
		}
	}
	return blockMarkAt(ctx.doc, pos);
}

/**
 * The year a mark gives. A relative mark (`未来五年`, `近三年`, `2021年以来`) gives the document's
 * year when the caller knows it, else null, and its wording in `relative`.
 */
function resolveYear(
	mark: YearMark | null,
	documentYear: number | undefined
): { year: number | null; relative?: string } {
	if (!mark) return { year: null };
	if (mark.mode === 'ahead' || mark.mode === 'recent' || mark.mode === 'since') {
		return { year: documentYear ?? null, relative: mark.relative ?? '' };
	}
	return mark.relative ? { year: mark.year, relative: mark.relative } : { year: mark.year };
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
	for (const m of marks) {
		if (m.end <= start || m.start >= end) continue;
		out += t.slice(at, Math.max(at, m.start));
		at = Math.max(at, m.end);
	}
	return out + t.slice(at, end);
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
	const sentence = sentenceAround(t, first.start);
	const mark = governingMark(ctx, first.start);
	const { year, relative } = resolveYear(mark, ctx.options.documentYear);
	const post = t.slice(last.end, Math.min(clause.end, nextStart));
	const head = readComparator(
		pre,
		t.slice(first.end, clause.end),
		t.slice(clause.start, clause.end)
	);
	const phrase = indicatorPhrase(head.rest, post, first.unit);
	const before = t.slice(sentence.start, first.start);
	const kind = figureKind(mark, before, post, ctx.options.documentYear, ctx.leaning);
	const soft = /力争/.test(before);
	let subjects = group.length > 1 ? splitSubjects(phrase) : [phrase];
	// 校内实训工场和校外实训基地各10个: one figure for each.
	const each = group.length === 1 && head.each ? eachSubjects(head.rest, post) : [];
	const quantities = each.length > 1 ? each.map(() => first) : group;
	if (each.length > 1) subjects = each;
	const span = originalSpan(ctx.folded, clause.start, clause.end);
	const out: Candidate[] = [];
	quantities.forEach((q, i) => {
		const own = readComparator('', t.slice(q.end, clause.end), '');
		const word = own.word || head.word;
		let comparator: Comparator | null = own.comparator ?? head.comparator;
		if (kind === 'actual' && head.neutral && !own.comparator) comparator = null;
		if (q.valueMax !== null) comparator = 'range';
		else if (kind === 'target' && (comparator === null || comparator === '=')) comparator = '>=';
		// 千余个, 两名专职: a count in words is a figure only when stated as a bound or target.
		if (q.chinese && kind !== 'target' && !STRICT_WORDS.has(word)) return;
		const approximate = q.approximate || head.approximate || own.approximate;
		const subject = subjects.length === quantities.length ? (subjects[i] as string) : phrase;
		// 示例县学前教育毛入园率: a place named at the head of the phrase is the figure's region.
		const place = leadingPlace(subject);
		const indicator = place ? subject.slice(place.length) : subject;
		const candidate: Candidate = {
			indicatorPhrase: indicator,
			region: place ?? regionAt(ctx.doc, q.start) ?? ctx.options.defaultRegion ?? null,
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

/** Words ending like a place name that are not one (全市, 城区, 示范区, 省级和市 …). */
const NOT_PLACES =
	/^(全|本|各|城|市|辖|校|园|社|片|学|示范|试验|实验|开发|新|老|山|库|景|街|小)|[和与及或的、年度学校园育人级协同下达中小新建]/;

/**
 * A place name opening an indicator phrase (`示例县`, `重庆市`, `南岸区`), when what follows is
 * long enough to be an indicator of its own; null otherwise.
 */
export function leadingPlace(phrase: string): string | null {
	const m = /^([\u4e00-\u9fff]{1,4}?(?:自治区|省|市|县|区|旗))(?!级)(.{3,})$/u.exec(phrase);
	if (!m?.[1]) return null;
	const place = m[1];
	if (place.length < 2 || NOT_PLACES.test(place)) return null;
	return place;
}
