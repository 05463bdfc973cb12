/**
 * Chinese numerals as documents write quantities: `两`, `二十`, `一百`, `三千`, `百余`, `万余`.
 * Only plain cardinal numbers up to 万 (ten thousand); larger scales are left to the unit
 * (`三千万人次` → 3000 with unit `万人次`).
 */

const DIGITS: Readonly<Record<string, number>> = {
	零: 0,
	〇: 0,
	一: 1,
	二: 2,
	两: 2,
	三: 3,
	四: 4,
	五: 5,
	六: 6,
	七: 7,
	八: 8,
	九: 9
};
const SCALES: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** Characters a Chinese numeral is made of (without 万, which is read as part of a unit). */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千';

/**
 * The value of a Chinese numeral below 10 000 (`二十` → 20, `一百零五` → 105, `百` → 100),
 * or null when the string is not one.
 */
export function parseChineseNumeral(s: string): number | null {
	if (s === '') return null;
	let total = 0;
	let digit: number | null = null;
	let lastScale = Infinity;
	for (const c of s) {
		const d = DIGITS[c];
		if (d !== undefined) {
			if (digit !== null && digit !== 0) return null; // 三五 is not a number; 一百零五 is
			digit = d;
			continue;
		}
		const scale = SCALES[c];
		if (scale === undefined || scale >= lastScale) return null;
		total += (digit ?? 1) * scale;
		digit = null;
		lastScale = scale;
	}
	return total + (digit ?? 0);
}
