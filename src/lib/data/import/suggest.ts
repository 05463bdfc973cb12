/**
 * Suggesting an existing region or indicator for a new name: `重庆` or `重慶` for 重庆市,
 * `四川` for 四川省, `高等教育毛入学率（%）` for 高等教育毛入学率. Suggestions only: the
 * analyst decides (see {@link ImportMapping}).
 */
import { nameKey } from '../../domain/text.ts';
import type { Named } from '../registry.ts';
import type { Suggestion } from './types.ts';

/** Traditional → simplified, pairwise, for characters common in place and education names. */
const PAIRS =
	'慶庆門门東东廣广陝陕雲云貴贵遼辽龍龙蘇苏濟济寧宁興兴灣湾臺台陽阳漢汉華华國国區区縣县臨临橋桥鄉乡鎮镇嶺岭蘭兰烏乌齊齐爾尔閩闽贛赣魯鲁晉晋瓊琼滬沪寶宝張张鄭郑無无錫锡紹绍溫温義义實实業业學学師师數数當当時时資资總总職职專专費费現现設设計计綜综發发達达標标準准類类規规劃划園园幼幼兒儿歲岁貧贫經经濟济開开動动從从來来線线與与為为會会處处務务';
const T2S = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) T2S.set(PAIRS[i] as string, PAIRS[i + 1] as string);

function simplify(s: string): string {
	let out = '';
	for (const ch of s) out += T2S.get(ch) ?? ch;
	return out;
}

const ADMIN_SUFFIX =
	/(壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市|地区|自治州|自治县|区|县)$/;
const BRACKETS = /[(（][^()（）]*[)）]/g;

function key(s: string): string {
	return nameKey(simplify(s).replace(BRACKETS, ''));
}

function core(k: string): string {
	return k.replace(ADMIN_SUFFIX, '');
}

function bigrams(s: string): Map<string, number> {
	const out = new Map<string, number>();
	for (let i = 0; i < s.length - 1; i++) {
		const g = s.slice(i, i + 2);
		out.set(g, (out.get(g) ?? 0) + 1);
	}
	return out;
}

function dice(a: string, b: string): number {
	if (a.length < 2 || b.length < 2) return 0;
	const ga = bigrams(a);
	const gb = bigrams(b);
	let shared = 0;
	for (const [g, n] of ga) shared += Math.min(n, gb.get(g) ?? 0);
	return (2 * shared) / (a.length - 1 + b.length - 1);
}

/** How alike two names are, 0..1 (1: the same after folding widths and traditional forms). */
export function similarity(a: string, b: string): number {
	const ka = key(a);
	const kb = key(b);
	if (!ka || !kb) return 0;
	if (ka === kb) return 1;
	const ca = core(ka);
	const cb = core(kb);
	if (ca.length >= 2 && ca === cb) return 0.95;
	const [short, long] = ca.length <= cb.length ? [ca, cb] : [cb, ca];
	if (short.length >= 2 && long.includes(short)) return 0.6 + 0.3 * (short.length / long.length);
	return dice(ka, kb);
}

/** Existing items whose names are like `name`, best first (at most `limit`, score ≥ `min`). */
export function suggest<T extends Named>(
	name: string,
	items: readonly T[],
	limit = 3,
	min = 0.6
): Suggestion[] {
	const scored: Suggestion[] = [];
	for (const item of items) {
		let score = 0;
		for (const n of [item.zh, item.en, item.id, ...item.aliases])
			score = Math.max(score, similarity(name, n));
		if (score >= min)
			scored.push({ id: item.id, name: item.zh, score: Math.round(score * 100) / 100 });
	}
	return scored.sort((a, b) => b.score - a.score).slice(0, limit);
}
