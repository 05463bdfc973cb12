/**
 * What the names in a file mean: `名称(单位)` → name and unit, World Bank's `(% gross)`, which
 * names and codes are the whole country (`China`, `CHN`, `中国` → 全国), and today's code for a
 * historic World Bank code. Small and free of tables the first screen does not need: a
 * scenario's own figures are resolved with it.
 */
import { foldWidth, nameKey } from '../../domain/text.ts';
import type { Dataset, Region } from '../model.ts';
import { indexDataset } from '../registry.ts';

const UNIT_WORDS = new Set([
	'%',
	'‰',
	'所',
	'个',
	'名',
	'人',
	'万人',
	'千人',
	'亿元',
	'万元',
	'千元',
	'元',
	'年',
	'小时',
	'岁',
	'平方米',
	'万平方米',
	'册',
	'万册',
	'台',
	'人次',
	'万人次',
	'个百分点',
	'百分点',
	'班',
	'间',
	'张',
	'元/人',
	'人/万人',
	'米',
	'公里',
	'千米',
	'次',
	'项',
	'本',
	'门',
	'座',
	'处',
	'户',
	'家',
	'倍',
	'比值'
]);

/** `普通高等学校数(所)` → `{ name: 普通高等学校数, unit: 所 }`; other names unchanged. */
export function splitUnit(raw: string): { name: string; unit: string } {
	const s = raw.trim();
	const m = /^(.+?)\s*[(（]([^()（）]{1,8})[)）]$/.exec(s);
	const unit = m?.[2] ? foldWidth(m[2]).trim() : '';
	if (m?.[1] && UNIT_WORDS.has(unit)) return { name: m[1].trim(), unit };
	return { name: s, unit: '' };
}

/** World Bank indicator names carry their unit loosely: `School enrollment, tertiary (% gross)`. */
export function worldBankUnit(name: string): string {
	return /\(%|%\)|\(percent|percentage\)/i.test(name) ? '%' : '';
}

const NATIONAL_NAMES = new Set(
	[
		'china',
		'chn',
		'cn',
		'中国',
		'中华人民共和国',
		"people's republic of china",
		"china (people's republic of)",
		"china, people's republic of",
		'全国',
		'全国合计',
		'全国总计'
	].map(nameKey)
);

/** Whether a name or code means the whole of China. */
export function isNationalName(name: string): boolean {
	return NATIONAL_NAMES.has(nameKey(name));
}

/** The dataset's national region (全国): its only `national` region, or the one named 全国. */
export function nationalRegion(base: Dataset): Region | undefined {
	const national = base.regions.filter((r) => r.level === 'national');
	if (national.length === 1) return national[0];
	return indexDataset(base).regions.resolve('全国');
}

/**
 * World Bank codes that were replaced, old → today's (the World Bank's own list of changes):
 * Andorra, Romania, Congo (Dem. Rep.), Timor-Leste, Kosovo, West Bank and Gaza.
 */
const HISTORIC_CODES = new Map([
	['ADO', 'AND'],
	['ROM', 'ROU'],
	['ZAR', 'COD'],
	['TMP', 'TLS'],
	['KSV', 'XKX'],
	['WBG', 'PSE']
]);

/** Today's code for a historic World Bank code; other codes unchanged (trimmed). */
export function currentCode(code: string): string {
	const c = code.trim();
	return HISTORIC_CODES.get(c.toUpperCase()) ?? c;
}
