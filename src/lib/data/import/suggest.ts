/**
 * Suggesting an existing region or indicator for a new name: `重庆` or `重慶` for 重庆市,
 * `四川` for 四川省, `高等教育毛入学率（%）` for 高等教育毛入学率. Suggestions only: the
 * analyst decides (see {@link ImportMapping}).
 */
import { nameKey } from '../../domain/text.ts';
import { simplify } from '../../domain/traditional.ts';
import type { Named } from '../registry.ts';
import type { Suggestion } from './types.ts';

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

/** A name's comparison key, its core and (when first needed) its bigrams. */
interface Prepared {
	key: string;
	core: string;
	grams: Map<string, number> | null;
}

// The same names are compared again and again (every new item against every loaded one): each
// is folded once. Bounded, for a page that imports many files.
const prepared = new Map<string, Prepared>();

function prepare(name: string): Prepared {
	let p = prepared.get(name);
	if (p === undefined) {
		const k = key(name);
		p = { key: k, core: core(k), grams: null };
		if (prepared.size >= 50_000) prepared.clear();
		prepared.set(name, p);
	}
	return p;
}

function dice(a: Prepared, b: Prepared): number {
	if (a.key.length < 2 || b.key.length < 2) return 0;
	const ga = (a.grams ??= bigrams(a.key));
	const gb = (b.grams ??= bigrams(b.key));
	let shared = 0;
	for (const [g, n] of ga) shared += Math.min(n, gb.get(g) ?? 0);
	return (2 * shared) / (a.key.length - 1 + b.key.length - 1);
}

/**
 * {@link similarity} of prepared names. With `floor`, a result the bigram measure cannot lift
 * to `floor` (the shorter name's bigrams all shared would not reach it) comes back as 0 without
 * counting: the caller keeps only scores ≥ `floor`, so its answer does not change.
 */
function similarityOf(a: Prepared, b: Prepared, floor = 0): number {
	const ka = a.key;
	const kb = b.key;
	if (!ka || !kb) return 0;
	if (ka === kb) return 1;
	const ca = a.core;
	const cb = b.core;
	if (ca.length >= 2 && ca === cb) return 0.95;
	const [short, long] = ca.length <= cb.length ? [ca, cb] : [cb, ca];
	if (short.length >= 2 && long.includes(short)) return 0.6 + 0.3 * (short.length / long.length);
	if (floor > 0) {
		const na = ka.length - 1;
		const nb = kb.length - 1;
		if ((2 * Math.min(na, nb)) / (na + nb) < floor) return 0;
	}
	return dice(a, b);
}

/** How alike two names are, 0..1 (1: the same after folding widths and traditional forms). */
export function similarity(a: string, b: string): number {
	return similarityOf(prepare(a), prepare(b));
}

/** Existing items whose names are like `name`, best first (at most `limit`, score ≥ `min`). */
export function suggest<T extends Named>(
	name: string,
	items: readonly T[],
	limit = 3,
	min = 0.6
): Suggestion[] {
	const scored: Suggestion[] = [];
	const wanted = prepare(name);
	for (const item of items) {
		let score = 0;
		for (const n of [item.zh, item.en, item.id, ...item.aliases])
			score = Math.max(score, similarityOf(wanted, prepare(n), min));
		if (score >= min)
			scored.push({ id: item.id, name: item.zh, score: Math.round(score * 100) / 100 });
	}
	return scored.sort((a, b) => b.score - a.score).slice(0, limit);
}
