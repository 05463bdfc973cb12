/**
 * Bytes → text, the one decoder of the app. Recognises UTF-8 (with or without BOM), GBK /
 * GB18030, Windows-1252 / ISO-8859-1, UTF-16 LE/BE (by BOM or by the NUL-byte pattern of
 * mostly-ASCII text), and refuses files that are not text at all with one sentence saying what
 * the file is and what to do instead. A mostly-UTF-8 file with a few bad bytes stays UTF-8: the
 * lines where bytes were replaced are listed so that the caller can say so.
 */
import { InputError } from './issues.ts';
import { importMessage as m } from '../i18n/import.ts';

/** How text was decoded (`text`: the caller passed a string). */
export const ENCODINGS = [
	'utf-8',
	'utf-8-bom',
	'gb18030',
	'windows-1252',
	'utf-16le',
	'utf-16be',
	'text'
] as const;
export type EncodingId = (typeof ENCODINGS)[number];

/** The encodings an analyst can choose instead of the detected one. */
export const CHOSEN_ENCODINGS = [
	'utf-8',
	'gb18030',
	'windows-1252',
	'utf-16le',
	'utf-16be'
] as const;
export type ChosenEncoding = (typeof CHOSEN_ENCODINGS)[number];

/** Decoded text (BOM removed), the encoding it was read in and where bytes were replaced. */
export interface Decoded {
	text: string;
	encoding: EncodingId;
	/** 1-based lines holding bytes the encoding could not read (shown as �), at most 1000. */
	replacedLines: number[];
}

const MAGIC: readonly { bytes: readonly number[]; what: 'png' | 'jpeg' | 'gif' | 'pdf' }[] = [
	{ bytes: [0x89, 0x50, 0x4e, 0x47], what: 'png' },
	{ bytes: [0xff, 0xd8, 0xff], what: 'jpeg' },
	{ bytes: [0x47, 0x49, 0x46, 0x38], what: 'gif' },
	{ bytes: [0x25, 0x50, 0x44, 0x46], what: 'pdf' }
];
const ARCHIVES: readonly { bytes: readonly number[]; what: 'gzip' | '7z' | 'rar' }[] = [
	{ bytes: [0x1f, 0x8b], what: 'gzip' },
	{ bytes: [0x37, 0x7a, 0xbc, 0xaf], what: '7z' },
	{ bytes: [0x52, 0x61, 0x72, 0x21], what: 'rar' }
];
export const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04] as const;
export const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

export function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
	if (bytes.length < magic.length) return false;
	return magic.every((b, i) => bytes[i] === b);
}

/** The first bytes as Latin-1 text, for looking for names inside a ZIP directory. */
export function latin1Head(bytes: Uint8Array, limit: number): string {
	let s = '';
	for (let i = 0; i < Math.min(bytes.length, limit); i++)
		s += String.fromCharCode(bytes[i] as number);
	return s;
}

/** Throw one clear sentence when the bytes are a binary format that holds no table. */
function refuseBinary(bytes: Uint8Array): void {
	for (const { bytes: magic, what } of MAGIC)
		if (startsWith(bytes, magic)) throw InputError.from(m(`binary.${what}`));
	for (const { bytes: magic, what } of ARCHIVES)
		if (startsWith(bytes, magic)) throw InputError.from(m('binary.archive', { what }));
	if (startsWith(bytes, ZIP_MAGIC)) {
		const head = latin1Head(bytes, 65536);
		if (head.includes('word/')) throw InputError.from(m('binary.docx'));
		throw InputError.from(m('binary.zip'));
	}
	if (startsWith(bytes, OLE2_MAGIC)) throw InputError.from(m('binary.ole2'));
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
 * Not valid UTF-8: GBK (two high bytes per character, as Chinese Windows tools and 国家数据
 * write) or a Western single-byte code page (isolated high bytes between ASCII letters). Runs
 * of high bytes tell them apart: in GBK text nearly every run has an even length.
 */
function legacyEncoding(bytes: Uint8Array): 'gb18030' | 'windows-1252' {
	let runs = 0;
	let odd = 0;
	let length = 0;
	const n = Math.min(bytes.length, 1 << 20);
	for (let i = 0; i <= n; i++) {
		if (i < n && (bytes[i] as number) >= 0x80) length++;
		else if (length > 0) {
			runs++;
			if (length % 2 === 1) odd++;
			length = 0;
		}
	}
	return runs > 0 && odd <= runs * 0.05 ? 'gb18030' : 'windows-1252';
}

/** Lines (1-based) that hold a replacement character, at most `limit`. */
function linesWithReplacement(text: string, limit = 1000): number[] {
	const out: number[] = [];
	let line = 1;
	let counted = 0;
	for (let at = text.indexOf('\ufffd'); at >= 0 && out.length < limit;) {
		for (let i = text.indexOf('\n', counted); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
			line++;
			counted = i + 1;
		}
		if (out[out.length - 1] !== line) out.push(line);
		at = text.indexOf('\ufffd', at + 1);
	}
	return out;
}

/** Replacement characters and other non-ASCII characters of a non-fatal UTF-8 decoding. */
function utf8Quality(text: string): { replaced: number; valid: number } {
	let replaced = 0;
	let valid = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x80) continue;
		if (c === 0xfffd) replaced++;
		else valid++;
	}
	return { replaced, valid };
}

function detect(bytes: Uint8Array): { text: string; encoding: EncodingId } {
	if (startsWith(bytes, [0xef, 0xbb, 0xbf]))
		return { text: decodeWith('utf-8', bytes.subarray(3)), encoding: 'utf-8-bom' };
	if (startsWith(bytes, [0xff, 0xfe]))
		return { text: decodeWith('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
	if (startsWith(bytes, [0xfe, 0xff]))
		return { text: decodeWith('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
	const utf16 = utf16Pattern(bytes);
	if (utf16) return { text: decodeWith(utf16, bytes), encoding: utf16 };
	if (bytes.subarray(0, 65536).includes(0)) throw InputError.from(m('binary.notText'));
	try {
		return { text: decodeWith('utf-8', bytes, true), encoding: 'utf-8' };
	} catch {
		// A few bad bytes in a file of valid UTF-8 (a cell pasted from elsewhere) stay UTF-8.
		const loose = decodeWith('utf-8', bytes);
		const { replaced, valid } = utf8Quality(loose);
		if (valid >= replaced * 4) return { text: loose, encoding: 'utf-8' };
		const legacy = legacyEncoding(bytes);
		return { text: decodeWith(legacy, bytes), encoding: legacy };
	}
}

/**
 * Decode a file's bytes, in `chosen` when given (the analyst's choice), else as detected.
 * Throws {@link InputError} for an empty file or one that is not text (images, PDF, archives,
 * anything with NUL bytes that is not UTF-16).
 */
export function decodeBytes(input: Uint8Array | ArrayBuffer, chosen?: ChosenEncoding): Decoded {
	const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
	if (bytes.length === 0) throw InputError.from(m('file.empty'));
	refuseBinary(bytes);
	let decoded: { text: string; encoding: EncodingId };
	if (chosen) {
		const bom =
			(chosen === 'utf-8' && startsWith(bytes, [0xef, 0xbb, 0xbf])) ||
			(chosen === 'utf-16le' && startsWith(bytes, [0xff, 0xfe])) ||
			(chosen === 'utf-16be' && startsWith(bytes, [0xfe, 0xff]));
		const body = bom ? bytes.subarray(chosen === 'utf-8' ? 3 : 2) : bytes;
		decoded = { text: decodeWith(chosen, body), encoding: chosen };
	} else {
		decoded = detect(bytes);
		if (looksBinary(decoded.text)) throw InputError.from(m('binary.notText'));
	}
	if (decoded.text.trim() === '') throw InputError.from(m('file.empty'));
	const replacedLines = decoded.text.includes('\ufffd') ? linesWithReplacement(decoded.text) : [];
	return { ...decoded, replacedLines };
}

/** Text passed in directly (pasted, or already decoded): only a leading BOM is removed. */
export function decodeText(text: string): Decoded {
	const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	if (t.trim() === '') throw InputError.from(m('file.empty'));
	return { text: t, encoding: 'text', replacedLines: [] };
}
