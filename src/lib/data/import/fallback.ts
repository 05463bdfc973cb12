/**
 * A dimension the file leaves out (a regions × years table names no indicator), found
 * elsewhere: the caller's default, a preamble line (`指标：…`, `地区：…`), or a title line.
 */
import { nameKey } from '../../domain/text.ts';
import type { Context } from './convert.ts';
import { metaValue } from './layout.ts';
import { nationalRegion, splitUnit } from './names.ts';
import type { Dimension } from './types.ts';

/** A dimension's value for every row, and where it came from. */
export interface Fallback {
	/** An id or name, as a record cell. */
	value: string;
	/** How to show it (the display name when `value` is a known id). */
	label: string;
	unit: string;
	from: 'defaults' | 'preamble' | 'title';
}

const YEAR_WORDS = /^(年份?|年度|时间|years?|time|period)$/;

const TITLE_NOISE =
	/^(表|图|附表)\s*[\d一二三四五六七八九十]+[-.．、:：\s]*|各地区|各省份?|分省|分地区|各省（区、市）|各省\(区、市\)|统计表|情况表?$/g;

interface Known {
	id: string;
	zh: string;
	en: string;
	aliases: readonly string[];
}

/** The known item whose name (or alias) is the longest one found inside `text`. */
function longestIn<T extends Known>(text: string, items: readonly T[]): T | undefined {
	const key = nameKey(text);
	let best: { item: T; length: number } | undefined;
	for (const item of items) {
		for (const n of [item.zh, item.en, ...item.aliases]) {
			const k = nameKey(n);
			if (k.length >= 2 && key.includes(k) && (!best || k.length > best.length))
				best = { item, length: k.length };
		}
	}
	return best?.item;
}

/**
 * The missing dimension, in this order: the caller's default; a preamble line (`指标：…`,
 * `地区：…`, `Indicator: …`; `数据库：年度数据` means the whole country); a name the dataset
 * knows found in a title line; for an indicator, the title itself once table numbers, region
 * words and the unit are taken off. Null when none of these gives one.
 */
export function fallback(
	dim: Dimension,
	ctx: Pick<Context, 'defaults' | 'meta' | 'base'>
): Fallback | null {
	const given = ctx.defaults[dim]?.trim();
	if (given)
		return { value: given, label: given, unit: ctx.defaults.unit?.trim() ?? '', from: 'defaults' };
	const { meta, base } = ctx;
	if (dim === 'indicator') {
		const v = metaValue(
			meta,
			'指标',
			'指标名称',
			'indicator',
			'indicator name',
			'series',
			'series name'
		);
		if (v) {
			const { name, unit } = splitUnit(v);
			return {
				value: name,
				label: name,
				unit: unit || (metaValue(meta, '单位', 'unit') ?? ''),
				from: 'preamble'
			};
		}
	} else {
		const v = metaValue(
			meta,
			'地区',
			'地区名称',
			'region',
			'country',
			'country name',
			'国家',
			'省份'
		);
		if (v) return { value: v, label: v, unit: '', from: 'preamble' };
		const db = metaValue(meta, '数据库', 'database');
		if (db && /^(年度|季度|月度)数据$/.test(db.replace(/\s/g, ''))) {
			const national = nationalRegion(base);
			return {
				value: national?.id ?? '全国',
				label: national?.zh ?? '全国',
				unit: '',
				from: 'preamble'
			};
		}
	}
	for (const title of meta.titles) {
		const { name: bare, unit } = splitUnit(title);
		const known = longestIn<Known>(bare, dim === 'indicator' ? base.indicators : base.regions);
		if (known) return { value: known.id, label: known.zh, unit, from: 'title' };
		if (dim === 'region') {
			const m =
				/^(?:(?:表|图)\s*[\d一二三四五六七八九十]+[-.．、:：\s]*)?(\S{2,10}?(?:省|自治区|特别行政区|市|县|区))/.exec(
					bare
				);
			if (m?.[1] && !/^各/.test(m[1])) return { value: m[1], label: m[1], unit: '', from: 'title' };
			continue;
		}
		let name = bare.replace(TITLE_NOISE, '').trim();
		const region = longestIn(name, base.regions);
		for (const n of region ? [region.zh, region.en, ...region.aliases] : [])
			if (n && name.startsWith(n)) name = name.slice(n.length);
		name = name.replace(/^[\s:：,，、-]+|[\s:：,，、-]+$/g, '');
		// A group label over the year columns (`年份`) names no indicator.
		if (YEAR_WORDS.test(nameKey(name))) continue;
		if (name.length >= 2 && name.length <= 40)
			return { value: name, label: name, unit, from: 'title' };
	}
	return null;
}
