/** Numbers, units and names formatted for the language in use. Pure. */
import type { Indicator, Region } from '../data/model.ts';

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const formatters = new Map<string, Intl.NumberFormat>();

/** A number with at most `digits` decimals, grouped as the locale groups (`1,234.5`). */
export function formatNumber(value: number, lang: Lang, digits = 2): string {
	if (!Number.isFinite(value)) return value > 0 ? '∞' : value < 0 ? '−∞' : '–';
	const key = `${lang}:${digits}`;
	let f = formatters.get(key);
	if (!f) {
		f = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: digits });
		formatters.set(key, f);
	}
	return f.format(Object.is(value, -0) ? 0 : value);
}

const UNIT_EN: Record<string, string> = {
	'%': '%',
	所: 'schools',
	个: '',
	名: 'people',
	人: 'people',
	万人: '×10⁴ people',
	亿元: '×10⁸ yuan',
	万元: '×10⁴ yuan',
	元: 'yuan',
	小时: 'h',
	年: 'years',
	个百分点: 'pp',
	项: 'items',
	倍: '×',
	门: 'courses',
	家: 'organisations',
	支: 'teams',
	万个: '×10⁴'
};

/** A unit as shown after a number. */
export function formatUnit(unit: string, lang: Lang): string {
	if (lang === 'zh') return unit;
	return UNIT_EN[unit] ?? unit;
}

/** `93.1%`, `100 所`, `100 schools`. */
export function formatValue(value: number, unit: string, lang: Lang, digits = 2): string {
	const n = formatNumber(value, lang, digits);
	const u = formatUnit(unit, lang);
	if (!u) return n;
	if (u === '%' || u === '×') return `${n}${u}`;
	return lang === 'zh' ? `${n}${u}` : `${n} ${u}`;
}

export function regionName(region: Region | undefined, lang: Lang, fallback = ''): string {
	return region ? (lang === 'zh' ? region.zh : region.en) : fallback;
}

export function indicatorName(indicator: Indicator | undefined, lang: Lang, fallback = ''): string {
	return indicator ? (lang === 'zh' ? indicator.zh : indicator.en) : fallback;
}
