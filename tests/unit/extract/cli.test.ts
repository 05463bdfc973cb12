/** The `extract` command: decoding UTF-8 and GBK, JSON and CSV output, and its errors. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { extractCommand } from '../../../src/cli/commands/extract.ts';
import { decodeDocument } from '../../../src/lib/data/document.ts';
import type { Args } from '../../../src/cli/args.ts';
import { parseRows } from '../../../src/lib/data/csvParse.ts';
import { InputError } from '../../../src/lib/data/issues.ts';

const dir = mkdtempSync(join(tmpdir(), 'mubiao-extract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `到2027年，学前教育普及率达到95%。` in GB18030 (GBK) bytes. */
const GBK = Uint8Array.from(
	'b5bd32303237c4eaa3acd1a7c7b0bdccd3fdc6d5bcb0c2cab4efb5bd393525a1a3'
		.match(/../g)!
		.map((h) => parseInt(h, 16))
);
const SENTENCE = '到2027年，学前教育普及率达到95%。';

function args(file: string, options: Record<string, string> = {}): Args {
	return {
		command: 'extract',
		positionals: [file],
		options: new Map(Object.entries(options).map(([k, v]) => [k, [v]]))
	};
}

async function capture(run: () => Promise<void>): Promise<string> {
	let printed = '';
	const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
		printed += String(chunk);
		return true;
	});
	try {
		await run();
	} finally {
		spy.mockRestore();
	}
	return printed;
}

/** `text` in UTF-16, little- or big-endian, with or without a byte-order mark. */
function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
	const units = [...(bom ? [0xfeff] : []), ...Array.from(text, (c) => c.charCodeAt(0))];
	return Uint8Array.from(
		units.flatMap((u) => (bigEndian ? [u >> 8, u & 0xff] : [u & 0xff, u >> 8]))
	);
}

const text = (bytes: Uint8Array) => decodeDocument(bytes, 'plan.txt').text;

describe('decodeDocument', () => {
	it('reads UTF-8, with or without a byte-order mark, GB18030, and UTF-16 either way', () => {
		const utf8 = new TextEncoder().encode(SENTENCE);
		expect(text(utf8)).toBe(SENTENCE);
		expect(text(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toBe(SENTENCE);
		expect(text(GBK)).toBe(SENTENCE);
		expect(text(utf16(SENTENCE, false, true))).toBe(SENTENCE);
		expect(text(utf16(SENTENCE, true, true))).toBe(SENTENCE);
		// Without a mark, the NUL bytes of the ASCII part give the byte order away.
		const mostlyAscii = `Plan 2027: 95%. ${SENTENCE}`;
		expect(text(utf16(mostlyAscii, false, false))).toBe(mostlyAscii);
	});

	it('refuses an empty file, a blank one, and files that are not text, with one sentence', () => {
		const refused = (bytes: Uint8Array): string => {
			try {
				decodeDocument(bytes, 'x.txt');
			} catch (error) {
				expect(error).toBeInstanceOf(InputError);
				return (error as InputError).bilingual.en;
			}
			return 'accepted';
		};
		expect(refused(new Uint8Array())).toMatch(/is empty/);
		expect(refused(new TextEncoder().encode(' \n\t\n'))).toMatch(/is empty/);
		expect(refused(new TextEncoder().encode('%PDF-1.7 …'))).toMatch(/a PDF file/);
		expect(refused(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toMatch(/archive/);
		expect(refused(Uint8Array.from([7, 0, 0, 1, 0xff, 0x00, 0x13, 0, 0, 0, 0x80, 5]))).toMatch(
			/binary data/
		);
	});
});

describe('extractCommand', () => {
	it('prints JSON with the file and its candidates', async () => {
		const file = join(dir, 'plan.txt');
		writeFileSync(file, GBK);
		const printed = JSON.parse(
			await capture(() => extractCommand(args(file, { region: '南岸区' })))
		);
		expect(printed.file).toBe(file);
		expect(printed.candidates).toHaveLength(1);
		expect(printed.candidates[0]).toMatchObject({
			indicatorPhrase: '学前教育普及率',
			region: '南岸区',
			year: 2027,
			value: 95,
			unit: '%',
			comparator: '>=',
			kind: 'target',
			span: { start: 7, end: 19 }
		});
	});

	it('prints CSV with the canonical-like columns', async () => {
		const file = join(dir, 'plan-utf8.txt');
		writeFileSync(file, SENTENCE);
		const rows = parseRows(await capture(() => extractCommand(args(file, { format: 'csv' }))));
		expect(rows[0]).toEqual([
			'region',
			'indicator',
			'year',
			'value',
			'unit',
			'kind',
			'comparator',
			'value_max',
			'approximate',
			'confidence',
			'section',
			'excerpt',
			'start',
			'end'
		]);
		expect(rows[1]!.slice(0, 8)).toEqual([
			'',
			'学前教育普及率',
			'2027',
			'95',
			'%',
			'target',
			'>=',
			''
		]);
		expect(rows[1]!.slice(11)).toEqual(['学前教育普及率达到95%', '7', '19']);
	});

	it('reads a UTF-16 file', async () => {
		const file = join(dir, 'plan-utf16.txt');
		writeFileSync(file, utf16(SENTENCE, false, true));
		const printed = JSON.parse(await capture(() => extractCommand(args(file))));
		expect(printed.candidates.map((c: { value: number }) => c.value)).toEqual([95]);
	});

	it('refuses an empty file, a binary file and a directory with one sentence', async () => {
		const empty = join(dir, 'empty.txt');
		writeFileSync(empty, '');
		const binary = join(dir, 'image.txt');
		writeFileSync(binary, Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
		for (const f of [empty, binary, dir])
			await expect(extractCommand(args(f))).rejects.toThrow(InputError);
	});

	it('refuses a missing file, an unknown format or option, and a bad year with one sentence', async () => {
		const file = join(dir, 'plan-utf8.txt');
		await expect(extractCommand(args(join(dir, 'missing.txt')))).rejects.toThrow(InputError);
		await expect(extractCommand(args(file, { format: 'xml' }))).rejects.toThrow(InputError);
		await expect(extractCommand(args(file, { colour: 'red' }))).rejects.toThrow(InputError);
		await expect(extractCommand(args(file, { year: '22' }))).rejects.toThrow(InputError);
		await expect(
			extractCommand({ command: 'extract', positionals: [], options: new Map() })
		).rejects.toThrow(InputError);
	});
});
