/**
 * Stretches of folded text whose numbers are never data: short quoted names and slogans
 * (`“158N”`, `“两大定位”`, `“3+2”`), titles in `《》`, document numbers in `〔〕`, dates
 * (`2022年11月4日`, `2025-03-24`), web addresses and the registration numbers of web sites.
 */

/** A quoted name longer than this is quoted speech, which may state real figures. */
const MAX_QUOTED_NAME = 20;
const PAIRS: readonly (readonly [string, string, number])[] = [
	['“', '”', MAX_QUOTED_NAME],
	['「', '」', MAX_QUOTED_NAME],
	['《', '》', 120],
	['〔', '〕', 12],
	['[', ']', 12]
];
const PATTERNS: readonly RegExp[] = [
	/\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?/g,
	/\d{1,2}\s*月\s*\d{1,2}\s*日/g,
	/\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/g,
	/https?:\/\/[\x21-\x7e]+/g,
	/[\w.-]+\.(?:com|cn|net|org|gov|html?)\b[\x21-\x7e]*/g,
	/[\u4e00-\u9fff]?ICP备\d+号|公网安备\s*:?\s*\d+号|标识码\s*:?\s*\d+/g
];

/** A predicate: is folded offset `i` inside a stretch whose numbers are not data? */
export function shieldedRanges(text: string): (i: number) => boolean {
	const mask = new Uint8Array(text.length + 1);
	const mark = (start: number, end: number): void => {
		for (let i = start; i < end; i++) mask[i] = 1;
	};
	for (const [open, close, maxLength] of PAIRS) {
		// The closing mark is looked for within `maxLength` characters only, so that a text of
		// unclosed quotes is read in linear time.
		for (let start = text.indexOf(open); start >= 0; start = text.indexOf(open, start + 1)) {
			const limit = Math.min(text.length, start + maxLength + 1);
			let end = -1;
			for (let i = start + 1; i < limit; i++) {
				const c = text[i];
				if (c === '\n') break;
				if (c === close) {
					end = i;
					break;
				}
			}
			if (end > 0) {
				mark(start, end + 1);
				start = end;
			}
		}
	}
	for (const pattern of PATTERNS) {
		for (const m of text.matchAll(pattern)) mark(m.index ?? 0, (m.index ?? 0) + m[0].length);
	}
	return (i) => mask[i] === 1;
}
