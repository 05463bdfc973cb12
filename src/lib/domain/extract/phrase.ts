/**
 * The indicator phrase of a number: the measure named before it (`…覆盖率达到90%`), or for a
 * count the thing counted (`建设100所…等特色高中` → `特色高中`), trimmed of verbs, connectors
 * and what is left of the figure before; the things a `各` or a list figure is about; and
 * whether a phrase is a plausible indicator name at all.
 */

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
	/(?:率|比例|占比|比重|规模|总数|数量|人数|总量|面积|经费|投入|时间|支出|水平|指数|度|师生比|生师比|年限)$/;
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
