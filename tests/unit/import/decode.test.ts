/** Bytes → text: encodings, BOMs, the UTF-16 NUL pattern, and refusing what is not text. */
import { describe, expect, it } from 'vitest';
import { decodeBytes, decodeText, importBytes } from '../../../src/lib/data/import/index.ts';
import { InputError } from '../../../src/lib/data/issues.ts';
import { BASE, fixture } from './base.ts';

const TEXT = '地区,指标,年份,数值\n重庆市,高等教育毛入学率,2022,57.5\n';

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
	const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
	const view = new DataView(out.buffer);
	let at = 0;
	if (bom) {
		view.setUint16(0, 0xfeff, littleEndian);
		at = 2;
	}
	for (let i = 0; i < text.length; i++)
		view.setUint16(at + i * 2, text.charCodeAt(i), littleEndian);
	return out;
}

describe('decodeBytes', () => {
	it('reads UTF-8 with and without BOM', () => {
		const plain = new TextEncoder().encode(TEXT);
		expect(decodeBytes(plain)).toEqual({ text: TEXT, encoding: 'utf-8', replacedLines: [] });
		const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
		expect(decodeBytes(bom)).toEqual({ text: TEXT, encoding: 'utf-8-bom', replacedLines: [] });
		expect(decodeBytes(plain.buffer as ArrayBuffer).text).toBe(TEXT);
	});

	it('falls back to GB18030 when the bytes are not UTF-8 (GBK)', () => {
		const decoded = decodeBytes(fixture('nbs-gbk.csv'));
		expect(decoded.encoding).toBe('gb18030');
		expect(decoded.text.startsWith('数据库：分省年度数据\r\n指标：普通高等学校数(所)')).toBe(true);
	});

	it('reads UTF-16 by BOM, and by the NUL pattern without one', () => {
		for (const le of [true, false]) {
			const name = le ? 'utf-16le' : 'utf-16be';
			expect(decodeBytes(utf16(TEXT, le, true))).toMatchObject({ text: TEXT, encoding: name });
			expect(decodeBytes(utf16(TEXT, le, false))).toMatchObject({ text: TEXT, encoding: name });
		}
	});

	it('imports UTF-16BE without BOM end to end', () => {
		const r = importBytes(utf16(TEXT, false, false), BASE);
		expect(r.encoding).toBe('utf-16be');
		expect(r.addition.observations[0]).toMatchObject({
			region: 'cq',
			indicator: 'ger_higher',
			year: 2022,
			value: 57.5
		});
	});

	it('refuses NUL bytes and garbage with one sentence', () => {
		const binary = new Uint8Array([
			0x01, 0x00, 0x02, 0x03, 0x00, 0x00, 0x00, 0x10, 0x41, 0x00, 0xff, 0x00, 0x00, 0x7f
		]);
		expect(() => decodeBytes(binary)).toThrow(InputError);
		const noise = new Uint8Array(512).map((_, i) => (i * 37 + 11) % 31);
		expect(() => decodeBytes(noise)).toThrow(/not a text data file/);
	});

	it('refuses an empty or blank file', () => {
		expect(() => decodeBytes(new Uint8Array())).toThrow(/empty/);
		expect(() => decodeBytes(new TextEncoder().encode(' \r\n\n'))).toThrow(/empty/);
		expect(() => decodeText('\ufeff')).toThrow(/empty/);
	});

	it('names the format of JPEG, ZIP and old Excel files', () => {
		const message = (bytes: number[]) => {
			try {
				decodeBytes(new Uint8Array([...bytes, ...new Array(32).fill(0x20)]));
			} catch (e) {
				return (e as InputError).bilingual.zh;
			}
			return '';
		};
		expect(message([0xff, 0xd8, 0xff, 0xe0])).toContain('JPEG');
		expect(message([0x50, 0x4b, 0x03, 0x04])).toContain('压缩包');
		// Workbooks never reach the decoder (the pipeline opens them); another Office file says so.
		expect(message([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])).toContain(
			'不是 Excel 工作簿'
		);
	});

	it('strips a BOM from text passed in directly', () => {
		expect(decodeText('\ufeffa,b\n')).toEqual({
			text: 'a,b\n',
			encoding: 'text',
			replacedLines: []
		});
	});
});
