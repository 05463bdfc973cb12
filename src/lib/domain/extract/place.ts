/**
 * Places in folded text: the region a document's title or issuing body names
 * (`中共重庆市南岸区委办公室` → 南岸区, `东川省中长期教育…规划纲要` → 东川省), and a place opening an
 * indicator phrase (`示例县学前教育毛入园率` → 示例县).
 */

const SUFFIX = /^(?:自治区|自治州|特别行政区|省|市|县|区|州|盟|旗)/;
/** Characters that do not occur in the name part of a place (`教育强市`, `全市`, `城区`). */
const NOT_IN_NAME =
	/[教育建设加快推进发展规划实施关于意见通知工作强城全本我各该市区县省州每个级辖社园校院会委府办局厅室党共的和与及在对为示试验]/;
/** Words before a place that belong to the issuing body (`中共重庆市委` → 重庆市). */
const BODY_PREFIX = /^(?:中国共产党|中共|关于|印发|转发)/;

/** A place name ending at `suffixAt` (the suffix's first character), or null. */
function placeEndingAt(text: string, suffixAt: number, suffix: string): string | null {
	let start = suffixAt;
	while (start > 0 && suffixAt - start < 6 && /[\u4e00-\u9fff]/.test(text[start - 1] as string))
		start--;
	let name = text.slice(start, suffixAt).replace(BODY_PREFIX, '');
	// 重庆市南岸区: the name after an enclosing place's suffix.
	const inner = /(?:省|市|县|区|州)([^省市县区州]*)$/.exec(name);
	if (inner) name = inner[1] ?? '';
	while (name.length > 2 && NOT_IN_NAME.test(name[0] as string)) name = name.slice(1);
	if (name.length < 2 || name.length > 4 || NOT_IN_NAME.test(name)) return null;
	return name + suffix;
}

/** Every place named in `text`, in order, with the offset of its end. */
function placesIn(text: string): { name: string; end: number }[] {
	const out: { name: string; end: number }[] = [];
	for (let i = 2; i < text.length; i++) {
		const m = SUFFIX.exec(text.slice(i, i + 5));
		if (!m) continue;
		const name = placeEndingAt(text, i, m[0]);
		if (name) out.push({ name, end: i + m[0].length });
		i += m[0].length - 1;
	}
	return out;
}

/**
 * The region a document is about, by its head (`[0, headEnd)`): the most specific place of the
 * first line naming one (`重庆市南岸区` → 南岸区), or null.
 */
export function documentRegion(text: string, headEnd: number): string | null {
	for (const line of text.slice(0, headEnd).split('\n')) {
		// The title of a document's first part (第一篇：…——浙江省教育厅) is about that part only.
		if (/^\s*第[一二三四五六七八九十]+[篇章部]/.test(line)) continue;
		const places = placesIn(line);
		if (places.length === 0) continue;
		// Nested names (重庆市南岸区): the last of the first run; otherwise the first place.
		let best = places[0] as { name: string; end: number };
		for (const p of places.slice(1)) {
			if (p.end - p.name.length === best.end) best = p;
			else break;
		}
		return best.name;
	}
	return null;
}

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
	// 省市区专家: levels named together, not a place.
	if (/[省市县区州旗]/.test(place.slice(0, -1))) return null;
	return place;
}
