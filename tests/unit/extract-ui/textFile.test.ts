/** Opening a .txt file on the extraction screen, and the screen's labels. */
import { describe, expect, it } from 'vitest';
import { decodeTextFile, titleFromFileName } from '../../../src/lib/components/extract/textFile.ts';
import { EXTRACT_STRINGS, tx } from '../../../src/lib/i18n/extract.ts';

const SENTENCE = '到2027年，学前教育普及率达到95%。';
/** The same sentence in GB18030 (GBK) bytes. */
const GBK = Uint8Array.from(
	'b5bd32303237c4eaa3acd1a7c7b0bdccd3fdc6d5bcb0c2cab4efb5bd393525a1a3'
		.match(/../g)!
		.map((h) => parseInt(h, 16))
);

describe('decoding an opened file', () => {
	it('reads UTF-8, with or without a BOM', () => {
		const bytes = new TextEncoder().encode(SENTENCE);
		expect(decodeTextFile(bytes)).toEqual({ ok: true, text: SENTENCE });
		expect(decodeTextFile(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({
			ok: true,
			text: SENTENCE
		});
	});

	it('falls back to GB18030 when the bytes are not UTF-8', () => {
		expect(decodeTextFile(GBK)).toEqual({ ok: true, text: SENTENCE });
	});

	it('refuses PDF, PNG, ZIP and other binary files by what they are', () => {
		const what = (bytes: number[]) => decodeTextFile(Uint8Array.from(bytes));
		expect(what([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31])).toEqual({ ok: false, what: 'pdf' });
		expect(what([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])).toEqual({ ok: false, what: 'png' });
		expect(what([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])).toEqual({ ok: false, what: 'zip' });
		expect(what([0x61, 0x62, 0x00, 0x63])).toEqual({ ok: false, what: 'binary' });
	});

	it('takes a title from the file name', () => {
		expect(titleFromFileName('南岸区实施意见.TXT')).toBe('南岸区实施意见');
		expect(titleFromFileName('.txt')).toBe('.txt');
	});
});

describe('the labels', () => {
	it('has every key in both languages, Chinese first', () => {
		expect(Object.keys(EXTRACT_STRINGS)).toEqual(['zh', 'en']);
		expect(Object.keys(EXTRACT_STRINGS.en).sort()).toEqual(Object.keys(EXTRACT_STRINGS.zh).sort());
	});

	it('fills placeholders and leaves unknown ones', () => {
		expect(tx('zh', 'accept.button', { n: 3 })).toBe('接受所选（3）');
		expect(tx('en', 'accept.button', { n: 3 })).toBe('Accept selected (3)');
		expect(tx('en', 'row.label', { n: 2 })).toBe('Row 2: {phrase}');
		expect(tx('en', 'doc.extract')).toBe('Extract');
	});
});
