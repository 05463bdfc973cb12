/**
 * Reading the words around one number: the clause it sits in, the comparator the wording
 * implies (`达到` → `>=`, `以下` → `<=`, `每年降低` → `rate<=`), and the noun phrase that names
 * what is measured, trimmed of verbs and connectors.
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

/** Words that start the text before a figure without naming anything. */
const LEAD =
	/^(?:[、,和及与并且使让而]|以及|其中|同时|确保|保证|力争|争取|实现|推动|保障|努力|全面|基本|持续|进一步|着力|大力|积极|逐步|已经|已|共计|共(?![建享结同推育])|累计|先后|仅|各地|各|均|截至目前|目前|此外)+/;
/** `全市学前教育毛入园率` → `学前教育毛入园率`: the region is said elsewhere. */
const REGION_WORD = /^(?:全市|全省|全区|全县|我省|我市|我区|我县)/;
/** Verbs that introduce a counted object (`培养国家级名师10名`, `建设100所…`). */
const ACTION =
	/(?:培养|建设|新建|建成|打造|培育|创建|招聘|举办|开展|组织|实施|推进|建立|设立|合建|完成|引进|选调|分配|聘请|重奖|资助|上线|开发|征集|遴选|获评|出台|走访|梳理|解决|发布|更新|升格|入选|承担|承办|成立|配备|改造|改扩建|提质改造|投资|实现|新增|建好|办好|帮助|让|推出|掌握|规划|布点)+/g;
/** Endings of a phrase that names a measure rather than a thing counted. */
const MEASURE_NOUN =
	/(?:率|比例|占比|比重|规模|总数|数量|人数|总量|面积|经费|投入|时间|支出|水平|指数|度|师生比|年限)$/;
/** Where the noun after a count ends (`5名学生被…录取` → `学生`). */
const NOUN_END =
	/[被将把向由获用以]|获评|完成|实现|参加|参与|组成|结成|开展|享受|收看|进入|入选|成为|用于|通过|提供|享有|纳入|列入|压减|增长|下降|减少|增加|提高|提升|降低|达到|超过|在[\u4e00-\u9fff]*就读/;

/** Replace `X（以下简称“Y”）` by `Y`: the document's own short name for the thing. */
function applyAlias(s: string): string {
	return s.replace(/^.*\(以下简称[“"]?([^”")]+)[”"]?\)/, '$1');
}

/** What is left of the figure before (`60%左右、…`, `以上，`) at the start of the next one's words. */
const LEFTOVER = /^(?:以上|以下|以内|左右|上下|以上的|[余多])+/;

function trimPhrase(s: string): string {
	let out = applyAlias(s.trim().replace(LEFTOVER, '')).replace(/[从由自]$/, '');
	for (let i = 0; i < 3; i++) out = out.replace(LEAD, '').replace(/的$/, '');
	return out.replace(/^[“”"\s]+$/, '').trim();
}

/**
 * The indicator phrase for a number: the measure named before it (`…覆盖率达到90%`), or for a
 * count of things the thing counted (`建设100所…等特色高中` → `特色高中`).
 */
export function indicatorPhrase(rest: string, post: string, unit: string): string {
	const before = trimPhrase(rest);
	const after = countedNoun(post);
	if (/%|‰|‱|百分点|倍/.test(unit)) {
		// 87%的义务教育学校实现管理标准化: the share is of what follows.
		if (
			!MEASURE_NOUN.test(before) &&
			/^(?:以上)?的?[\u4e00-\u9fff“]/.test(post) &&
			after.length >= 2
		) {
			return post.replace(/^(?:以上)?的?/, '').slice(0, 24);
		}
		return before.replace(REGION_WORD, '');
	}
	if (MEASURE_NOUN.test(before)) return before.replace(REGION_WORD, '');
	if (after.length >= 2) return after;
	const action = lastAction(before);
	const counted = afterDe(action < 0 ? before : before.slice(action));
	if (counted.length > 0) return counted;
	return before || post.slice(0, 16);
}

/** `…等特色高中` → `特色高中`; `…尊师重教的社会各界人士` → `社会各界人士`. */
function afterDe(s: string): string {
	let out = s.replace(/的$/, '');
	if (out.includes('等')) out = out.slice(out.lastIndexOf('等') + 1);
	if (out.includes('的')) out = out.slice(out.lastIndexOf('的') + 1);
	return out;
}

/** The thing a count counts, from the words after it (`名首席名师和…` → `首席名师`). */
function countedNoun(post: string): string {
	let after = post.replace(/^(?:以上|以下|以内|左右|上下|的)+/, '');
	const stop = NOUN_END.exec(after);
	if (stop) after = after.slice(0, stop.index);
	after = afterDe(after);
	const list = /[、和及与,]/.exec(after);
	if (list) after = after.slice(0, list.index);
	return after.slice(0, 16);
}

/**
 * The things a `各` figure is about: `与相关企业合建校内实训工场和校外实训基地各10个` →
 * `校内实训工场`, `校外实训基地`; with the counted noun after it when there is one
 * (`校内、校外各1小时体育活动` → `…校内体育活动`, `校外体育活动`).
 */
export function eachSubjects(rest: string, post: string): string[] {
	const before = trimPhrase(rest);
	const action = lastAction(before);
	const noun = countedNoun(post);
	return splitSubjects(action < 0 ? before : before.slice(action)).map((s) => s + noun);
}

/** Where the text after the last verb that introduces a counted object starts, or -1. */
function lastAction(s: string): number {
	let found = -1;
	for (const m of s.matchAll(ACTION)) found = (m.index ?? 0) + m[0].length;
	return found;
}

/** `甲、乙和丙` → `['甲', '乙', '丙']`; `博士、硕士授予单位` → both `…授予单位`. */
export function splitSubjects(subject: string): string[] {
	const items = subject
		.split(/[、和及与]|以及/)
		.map((s) => s.trim())
		.filter((s) => s !== '');
	const last = items[items.length - 1] ?? '';
	return items.map((item, i) => {
		if (i === items.length - 1 || item.length > 3 || last.length <= item.length + 1) return item;
		// A short head sharing the last item's tail: 博士、硕士授予单位 → 博士授予单位.
		return item + last.slice(item.length);
	});
}

/** Words a real indicator name neither starts nor ends with. */
const BAD_START = /^(?:[的和与及或等为是了、,;:]|左右|以上|以下|以内|上下)/;
const BAD_END = /(?:[的和与及或在为是了将把被、,]|左右|以上)$/;

/**
 * Is `phrase` a plausible indicator name? Words left over between two figures
 * (`左右、市级示范性综合高中`, `的`, `和`) are not; the extractor then names no indicator rather
 * than invent one.
 */
export function plausibleIndicator(phrase: string): boolean {
	if (phrase.length < 2 || phrase.length > 40) return false;
	if (!/^[\u4e00-\u9fffA-Za-z0-9“”"()（）·+\-—、]+$/.test(phrase)) return false;
	return !BAD_START.test(phrase) && !BAD_END.test(phrase);
}
