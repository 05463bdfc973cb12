/**
 * Bytes → text. Recognises UTF-8 (with or without BOM), GBK / GB18030, UTF-16 LE/BE (by BOM or
 * by the NUL-byte pattern of mostly-ASCII text), and refuses files that are not text at all
 * with one sentence saying what the file is and what to do instead.
 */
import { InputError } from '../issues.ts';
import type { EncodingId } from './types.ts';

/** Decoded text (BOM removed) and the encoding it was read in. */
export interface Decoded {
	text: string;
	encoding: EncodingId;
}

interface Magic {
	bytes: readonly number[];
	zh: string;
	en: string;
}

const CSV_ADVICE_ZH = '请导入 CSV（UTF-8）或制表符分隔的文本文件。';
const CSV_ADVICE_EN = 'import a CSV (UTF-8) or tab-separated text file.';

const MAGIC: readonly Magic[] = [
	{
		bytes: [0x89, 0x50, 0x4e, 0x47],
		zh: '这是一张图片（PNG），不是数据表：',
		en: 'This is an image (PNG), not a data table: '
	},
	{
		bytes: [0xff, 0xd8, 0xff],
		zh: '这是一张图片（JPEG），不是数据表：',
		en: 'This is an image (JPEG), not a data table: '
	},
	{
		bytes: [0x47, 0x49, 0x46, 0x38],
		zh: '这是一张图片（GIF），不是数据表：',
		en: 'This is an image (GIF), not a data table: '
	},
	{
		bytes: [0x25, 0x50, 0x44, 0x46],
		zh: '这是 PDF 文件，不是数据表：',
		en: 'This is a PDF file, not a data table: '
	},
	{
		bytes: [0x1f, 0x8b],
		zh: '这是压缩文件（gzip），不是数据表：请先解压，再',
		en: 'This is a compressed (gzip) file: unpack it, then '
	},
	{
		bytes: [0x37, 0x7a, 0xbc, 0xaf],
		zh: '这是压缩文件（7z），不是数据表：请先解压，再',
		en: 'This is a compressed (7z) file: unpack it, then '
	},
	{
		bytes: [0x52, 0x61, 0x72, 0x21],
		zh: '这是压缩文件（RAR），不是数据表：请先解压，再',
		en: 'This is a compressed (RAR) file: unpack it, then '
	}
];

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
	if (bytes.length < magic.length) return false;
	return magic.every((b, i) => bytes[i] === b);
}

/** The first bytes as Latin-1 text, for looking for names inside a ZIP directory. */
function latin1(bytes: Uint8Array, limit: number): string {
	let s = '';
	for (let i = 0; i < Math.min(bytes.length, limit); i++)
		s += String.fromCharCode(bytes[i] as number);
	return s;
}

/** Throw one clear sentence when the bytes are a known binary format. */
function refuseBinary(bytes: Uint8Array): void {
	for (const m of MAGIC) {
		if (startsWith(bytes, m.bytes))
			throw new InputError(m.zh + CSV_ADVICE_ZH, m.en + CSV_ADVICE_EN);
	}
	if (startsWith(bytes, ZIP)) {
		const head = latin1(bytes, 65536);
		if (head.includes('xl/') || (head.includes('[Content_Types].xml') && !head.includes('word/'))) {
			throw new InputError(
				'这是 Excel 工作簿（.xlsx），无法直接读取：请在 Excel 中另存为 CSV（UTF-8）后再导入。',
				'This is an Excel workbook (.xlsx), which cannot be read directly: save it as CSV (UTF-8) in Excel and import that.'
			);
		}
		if (head.includes('word/')) {
			throw new InputError(
				'这是 Word 文档（.docx），不是数据表：请把表格复制到 Excel，另存为 CSV（UTF-8）后再导入。',
				'This is a Word document (.docx), not a data table: copy the table into Excel, save it as CSV (UTF-8) and import that.'
			);
		}
		throw new InputError(
			'这是压缩包（ZIP）：请先解压，再导入其中的 CSV 文件（世界银行下载包请选以 API_ 开头的文件）。',
			'This is a ZIP archive: unpack it and import the CSV inside (from a World Bank download, the file starting with API_).'
		);
	}
	if (startsWith(bytes, OLE2)) {
		throw new InputError(
			'这是旧版 Excel（.xls）或 Word 文件，无法直接读取：请在 Excel 中另存为 CSV（UTF-8）后再导入。',
			'This is an old Excel (.xls) or Word file, which cannot be read directly: save it as CSV (UTF-8) in Excel and import that.'
		);
	}
}

function notText(): InputError {
	return new InputError(
		'这不是文本数据文件（看起来是二进制文件）：' + CSV_ADVICE_ZH,
		'This is not a text data file (it looks binary): ' + CSV_ADVICE_EN
	);
}

/** UTF-16 without BOM: in mostly-ASCII text every other byte is NUL. */
function utf16Pattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	const n = Math.min(bytes.length, 4096) & ~1;
	if (n < 4) return null;
	let evenZero = 0;
	let oddZero = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) evenZero++;
		if (bytes[i + 1] === 0) oddZero++;
	}
	const pairs = n / 2;
	if (oddZero >= pairs * 0.2 && evenZero <= pairs * 0.02) return 'utf-16le';
	if (evenZero >= pairs * 0.2 && oddZero <= pairs * 0.02) return 'utf-16be';
	return null;
}

/** Text that decoded, but is mostly replacement or control characters, is not text. */
function looksBinary(text: string): boolean {
	const n = Math.min(text.length, 8192);
	let bad = 0;
	for (let i = 0; i < n; i++) {
		const c = text.charCodeAt(i);
		if (c === 0xfffd || c === 0 || (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) bad++;
	}
	return n > 0 && bad > Math.max(2, n * 0.01);
}

function decodeWith(label: string, bytes: Uint8Array, fatal = false): string {
	return new TextDecoder(label, { fatal, ignoreBOM: true }).decode(bytes);
}

/**
 * Decode a file's bytes. Throws {@link InputError} for an empty file or one that is not text
 * (images, PDF, Excel workbooks, archives, anything with NUL bytes that is not UTF-16).
 */
export function decodeBytes(input: Uint8Array | ArrayBuffer): Decoded {
	const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
	if (bytes.length === 0) {
		throw new InputError(
			'文件是空的，没有可导入的内容。',
			'The file is empty: there is nothing to import.'
		);
	}
	refuseBinary(bytes);
	let decoded: Decoded;
	if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
		decoded = { text: decodeWith('utf-8', bytes.subarray(3)), encoding: 'utf-8-bom' };
	} else if (startsWith(bytes, [0xff, 0xfe])) {
		decoded = { text: decodeWith('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
	} else if (startsWith(bytes, [0xfe, 0xff])) {
		decoded = { text: decodeWith('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
	} else {
		const utf16 = utf16Pattern(bytes);
		if (utf16) decoded = { text: decodeWith(utf16, bytes), encoding: utf16 };
		else if (bytes.subarray(0, 65536).includes(0)) throw notText();
		else {
			try {
				decoded = { text: decodeWith('utf-8', bytes, true), encoding: 'utf-8' };
			} catch {
				// Not valid UTF-8: Chinese Windows tools (and 国家数据) write GBK, a subset of GB18030.
				decoded = { text: decodeWith('gb18030', bytes), encoding: 'gb18030' };
			}
		}
	}
	if (looksBinary(decoded.text)) throw notText();
	if (decoded.text.trim() === '') {
		throw new InputError(
			'文件是空的，没有可导入的内容。',
			'The file is empty: there is nothing to import.'
		);
	}
	return decoded;
}

/** Text passed in directly (pasted, or already decoded): only a leading BOM is removed. */
export function decodeText(text: string): Decoded {
	const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	if (t.trim() === '') {
		throw new InputError(
			'文件是空的，没有可导入的内容。',
			'The file is empty: there is nothing to import.'
		);
	}
	return { text: t, encoding: 'text' };
}
