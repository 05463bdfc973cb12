/**
 * Text normalisation shared by name matching, number parsing and the extractor.
 * Pure functions: no DOM, no dependencies.
 */

/**
 * Full-width ASCII (Ｕ+FF01–FF5E) and the ideographic space to their half-width forms,
 * the Chinese full stop in numbers aside. `９３．１％` → `93.1%`.
 */
export function foldWidth(s: string): string {
	let out = '';
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
		else if (c === 0x3000) out += ' ';
		else out += s[i];
	}
	return out;
}

/**
 * The key two names are compared by: width folded, whitespace removed, Latin lower-cased,
 * and the typographic quotes and brackets some documents put around terms dropped
 * (`“双师型”` and `双师型` are the same name).
 */
export function nameKey(s: string): string {
	return foldWidth(s)
		.normalize('NFC')
		.replace(/[\s\u200b\ufeff]+/g, '')
		.replace(/[“”"‘’'「」『』《》〈〉]/g, '')
		.toLowerCase();
}
