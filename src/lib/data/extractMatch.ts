/**
 * What an extracted figure is in the dataset's terms: the existing indicator its phrase names
 * (by name, alias, or a close name of a compatible unit), the region a document's head names,
 * and whether the same figure is already loaded. Suggestions only: the analyst sees each match
 * and can change it.
 */
import { nameKey } from '../domain/text.ts';
import { similarity } from './import/suggest.ts';
import type { Dataset, Indicator, Region } from './model.ts';

/** How a phrase was matched to an indicator. */
export interface IndicatorMatch {
	id: string;
	/** `name`: its own name; `alias`: one of its aliases; `similar`: a close name. */
	by: 'name' | 'alias' | 'similar';
	/** The name or alias that matched. */
	name: string;
	/** 0..1 (1 for a name or an alias). */
	score: number;
}

/** A close name must score this much, and clearly more than any other indicator's. */
const SIMILAR = 0.75;
const MARGIN = 0.05;
const REGION_WORDS = /^(?:全市|全省|全区|全县|全国|我市|我省|我区|我县|本市|本区|本县)/;

/** The family of a unit: shares, counts, money, time, years; '' when unknown or none. */
function family(unit: string): string {
	const u = unit.replace(/^[万亿千百]/, '');
	if (/^(?:%|‰|‱|个?百分点)$/.test(u)) return 'share';
	if (/^(?:元|美元)$/.test(u)) return 'money';
	if (/^(?:小时|分钟|学时|天)$/.test(u)) return 'time';
	if (u === '年') return 'years';
	if (u === '倍' || u === '') return '';
	return 'count';
}

function compatible(a: string, b: string): boolean {
	const fa = family(a);
	const fb = family(b);
	return fa === '' || fb === '' || fa === fb;
}

/**
 * The indicator a phrase names, or null: an exact name or alias first (after folding widths,
 * quotes and traditional script), else the one close name of a compatible unit.
 */
export function matchIndicator(
	phrase: string,
	unit: string,
	indicators: readonly Indicator[]
): IndicatorMatch | null {
	const wanted = phrase.trim().replace(REGION_WORDS, '');
	if (wanted.length < 2) return null;
	const key = nameKey(wanted);
	for (const ind of indicators) {
		if (!compatible(unit, ind.unit)) continue;
		if (nameKey(ind.zh) === key || nameKey(ind.en) === key)
			return { id: ind.id, by: 'name', name: ind.zh, score: 1 };
	}
	for (const ind of indicators) {
		if (!compatible(unit, ind.unit)) continue;
		const alias = ind.aliases.find((a) => nameKey(a) === key);
		if (alias) return { id: ind.id, by: 'alias', name: alias, score: 1 };
	}
	let best: IndicatorMatch | null = null;
	let second = 0;
	for (const ind of indicators) {
		if (!compatible(unit, ind.unit)) continue;
		let score = 0;
		let name = ind.zh;
		for (const n of [ind.zh, ...ind.aliases]) {
			if (nameKey(n).length < 3) continue;
			const s = similarity(wanted, n);
			if (s > score) {
				score = s;
				name = n;
			}
		}
		if (best === null || score > best.score) {
			second = best?.score ?? 0;
			best = { id: ind.id, by: 'similar', name, score: Math.round(score * 100) / 100 };
		} else if (score > second) second = score;
	}
	if (!best || best.score < SIMILAR || best.score - second < MARGIN) return null;
	return best;
}

const LEVEL_RANK: Readonly<Record<Region['level'], number>> = {
	national: 0,
	province: 1,
	city: 2,
	district: 3,
	county: 3
};

/**
 * The region a document's head (title, issuing body) names, by the dataset's names and aliases:
 * the most specific one named (`中共重庆市南岸区委办公室` → 南岸区), or null. The national level
 * is never inferred (`中国共产党…` names no region), nor is a part title (`第一篇：…——浙江省`).
 */
export function regionInHead(head: string, regions: readonly Region[]): Region | null {
	const text = head
		.split('\n')
		.filter((l) => !/^\s*第[一二三四五六七八九十]+[篇章部]/.test(l))
		.join('\n');
	let best: { region: Region; at: number } | null = null;
	for (const region of regions) {
		if (region.level === 'national') continue;
		for (const name of [region.zh, ...region.aliases]) {
			const cjk = /[\u4e00-\u9fff]/.test(name);
			if ((cjk && name.length < 2) || (!cjk && name.length < 4)) continue;
			const at = text.indexOf(name);
			if (at < 0) continue;
			const rank = LEVEL_RANK[region.level];
			if (
				!best ||
				rank > LEVEL_RANK[best.region.level] ||
				(rank === LEVEL_RANK[best.region.level] && at < best.at)
			)
				best = { region, at };
		}
	}
	return best?.region ?? null;
}

/** What a figure is compared by to find it loaded already. */
export interface FigureKey {
	regionId: string;
	indicatorId: string;
	year: number | null;
	kind: 'target' | 'actual';
	value: number;
}

/** A lookup of the dataset's figures by region, indicator, year and kind. */
export function loadedFigures(dataset: Dataset): (f: FigureKey) => boolean {
	const byKey = new Map<string, number[]>();
	const add = (region: string, indicator: string, year: number | null, kind: string, v: number) => {
		const k = [region, indicator, year ?? '', kind].join('\u0000');
		const list = byKey.get(k);
		if (list) list.push(v);
		else byKey.set(k, [v]);
	};
	for (const o of dataset.observations) add(o.region, o.indicator, o.year, 'actual', o.value);
	for (const t of dataset.targets) add(t.region, t.indicator, t.year, 'target', t.value);
	return (f) => {
		const values = byKey.get([f.regionId, f.indicatorId, f.year ?? '', f.kind].join('\u0000'));
		return (values ?? []).some((v) => Math.abs(v - f.value) <= 1e-9 * Math.max(1, Math.abs(v)));
	};
}
