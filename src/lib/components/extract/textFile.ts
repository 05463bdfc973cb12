/**
 * The bytes of an opened `.txt` file → its text: strict UTF-8 (a BOM dropped), else GB18030
 * (which covers GBK and GB2312). Files that are not text at all are refused by what they are.
 */

/** What a refused file turned out to be. */
export type NotText = 'pdf' | 'png' | 'zip' | 'binary';

export type TextFile = { ok: true; text: string } | { ok: false; what: NotText };

const MAGIC: readonly { bytes: readonly number[]; what: NotText }[] = [
	{ bytes: [0x25, 0x50, 0x44, 0x46], what: 'pdf' }, // %PDF
	{ bytes: [0x89, 0x50, 0x4e, 0x47], what: 'png' },
	{ bytes: [0x50, 0x4b, 0x03, 0x04], what: 'zip' }, // also .docx, .xlsx
	{ bytes: [0x50, 0x4b, 0x05, 0x06], what: 'zip' } // an empty archive
];

/** How far into the file NUL bytes are looked for (text never has them). */
const SNIFF = 8192;

/** Decode an opened file's bytes, or say why it is not a text file. */
export function decodeTextFile(bytes: Uint8Array): TextFile {
	for (const m of MAGIC) {
		if (m.bytes.every((b, i) => bytes[i] === b)) return { ok: false, what: m.what };
	}
	const head = bytes.subarray(0, SNIFF);
	if (head.includes(0)) return { ok: false, what: 'binary' };
	try {
		return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch {
		return { ok: true, text: new TextDecoder('gb18030').decode(bytes) };
	}
}

/** A file name without its `.txt` ending, as a document title. */
export function titleFromFileName(name: string): string {
	return name.replace(/\.txt$/i, '').trim() || name;
}
