/**
 * The text of a policy document's file, for the extractor: decoded by the importer's decoder,
 * with one sentence for a file that is empty or not text at all.
 */
import { tx, txBoth, type ExtractKey } from '../i18n/extract.ts';
import { decodeBytes } from './decode.ts';
import { InputError } from './issues.ts';

/** What a file that is not text turned out to be. */
type NotText = 'pdf' | 'png' | 'jpeg' | 'gif' | 'zip' | 'office' | 'gzip' | 'binary';

const MAGIC: readonly { bytes: readonly number[]; what: NotText }[] = [
	{ bytes: [0x25, 0x50, 0x44, 0x46], what: 'pdf' }, // %PDF
	{ bytes: [0x89, 0x50, 0x4e, 0x47], what: 'png' },
	{ bytes: [0xff, 0xd8, 0xff], what: 'jpeg' },
	{ bytes: [0x47, 0x49, 0x46, 0x38], what: 'gif' },
	{ bytes: [0x50, 0x4b, 0x03, 0x04], what: 'zip' }, // also .docx, .xlsx
	{ bytes: [0x50, 0x4b, 0x05, 0x06], what: 'zip' }, // an empty archive
	{ bytes: [0x37, 0x7a, 0xbc, 0xaf], what: 'zip' }, // 7z
	{ bytes: [0x52, 0x61, 0x72, 0x21], what: 'zip' }, // RAR
	{ bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'office' }, // .doc, .xls
	{ bytes: [0x1f, 0x8b], what: 'gzip' }
];

function notText(name: string, what: NotText): InputError {
	const key: ExtractKey = `doc.what.${what}`;
	return new InputError(
		tx('zh', 'doc.notText', { name, what: tx('zh', key) }),
		tx('en', 'doc.notText', { name, what: tx('en', key) })
	);
}

function empty(name: string): InputError {
	const { zh, en } = txBoth('doc.empty', { name });
	return new InputError(zh, en);
}

/**
 * The text of a policy document's file: UTF-8 (with or without BOM), GBK/GB18030 or UTF-16 (by
 * BOM or byte pattern), through the importer's decoder. Throws {@link InputError} with one
 * sentence for an empty file and for one that is not text (a PDF, an image, an archive, an
 * Office file, binary data).
 */
export function decodeDocument(
	bytes: Uint8Array,
	name: string
): { text: string; encoding: string } {
	if (bytes.length === 0) throw empty(name);
	for (const m of MAGIC) {
		if (bytes.length >= m.bytes.length && m.bytes.every((b, i) => bytes[i] === b))
			throw notText(name, m.what);
	}
	try {
		const decoded = decodeBytes(bytes);
		return { text: decoded.text, encoding: decoded.encoding };
	} catch (error) {
		if (!(error instanceof InputError)) throw error;
		const plain = new TextDecoder('utf-8').decode(bytes.subarray(0, 65536));
		throw /^[\s\ufeff]*$/.test(plain) ? empty(name) : notText(name, 'binary');
	}
}
