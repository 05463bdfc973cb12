/**
 * Reading numbers the way Chinese statistical tables and documents write them.
 * Pure: used by the importer (every cell) and by the extractor.
 */
import { foldWidth } from './text.ts';

/** Cells that mean "no value" (data-format.md §2). Compared after trimming, case-insensitive. */
export const MISSING_MARKERS = [
	'',
	'..',
	'...',
	'-',
	'—',
	'–',
	'－',
	'na',
	'n/a',
	'null',
	'nan',
	'…'
] as const;

export type ParsedNumber =
	| { kind: 'missing' }
	| { kind: 'invalid' }
	| {
			kind: 'number';
			value: number;
			/** The text said 约 / 左右 / 近 / 大约. */
			approximate: boolean;
			/** The text carried a % sign. */
			percent: boolean;
			/** 万 = 1e4 or 亿 = 1e8 when the number carried that multiplier and it was applied. */
			scale: 1 | 1e4 | 1e8;
	  };

const APPROX_PREFIX = /^(约|大约|近|接近|approx\.?|~|≈)\s*/i;
const APPROX_SUFFIX = /\s*(左右|上下)$/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * Parse one cell. `unit` is the unit the value will be stored in: a `万`/`亿` multiplier on the
 * number is applied only when that unit does not itself carry it (`2.5万` in a 人 column →
 * 25000; in a 万人 column → 2.5).
 */
export function parseNumber(raw: string, unit = ''): ParsedNumber {
	// Fast path for the common case, a plain number (same result as the general path).
	if (NUMBER.test(raw)) {
		const value = Number(raw);
		if (Number.isFinite(value))
			return { kind: 'number', value, approximate: false, percent: false, scale: 1 };
		return { kind: 'invalid' };
	}
	let s = foldWidth(raw).trim();
	if ((MISSING_MARKERS as readonly string[]).includes(s.toLowerCase())) return { kind: 'missing' };
	let approximate = false;
	if (APPROX_PREFIX.test(s)) {
		approximate = true;
		s = s.replace(APPROX_PREFIX, '');
	}
	if (APPROX_SUFFIX.test(s)) {
		approximate = true;
		s = s.replace(APPROX_SUFFIX, '');
	}
	let percent = false;
	if (s.endsWith('%')) {
		percent = true;
		s = s.slice(0, -1).trim();
	}
	let scale: 1 | 1e4 | 1e8 = 1;
	const multiplier = s.endsWith('万') ? 1e4 : s.endsWith('亿') ? 1e8 : 1;
	if (multiplier !== 1) {
		s = s.slice(0, -1).trim();
		const unitCarries = unit.includes(multiplier === 1e4 ? '万' : '亿');
		if (!unitCarries) scale = multiplier;
	}
	if (GROUPED.test(s)) s = s.replace(/,/g, '');
	if (!NUMBER.test(s)) return { kind: 'invalid' };
	const value = Number(s) * scale;
	if (!Number.isFinite(value)) return { kind: 'invalid' };
	return { kind: 'number', value, approximate, percent, scale };
}

/** A four-digit year in `2019`, `2019年`, `2019 [YR2019]`, `YR2019`, `2019.0`; else null. */
export function parseYear(raw: string): number | null {
	if (/^\d{4}$/.test(raw)) {
		const y = Number(raw);
		return y >= 1900 && y <= 2200 ? y : null;
	}
	const s = foldWidth(raw).trim();
	const m = /^(?:YR)?(\d{4})(?:\.0+)?(?:\s*年(?:底|末|度)?)?(?:\s*\[YR\d{4}\])?$/i.exec(s);
	if (!m?.[1]) return null;
	const y = Number(m[1]);
	return y >= 1900 && y <= 2200 ? y : null;
}
