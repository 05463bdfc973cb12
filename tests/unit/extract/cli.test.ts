/** The `extract` command: decoding UTF-8 and GBK, JSON and CSV output, and its errors. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { decodeText, extractCommand } from '../../../src/cli/commands/extract.ts';
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

describe('decodeText', () => {
	it('reads UTF-8, with or without a byte-order mark, and falls back to GB18030', () => {
		const utf8 = new TextEncoder().encode(SENTENCE);
		expect(decodeText(utf8)).toBe(SENTENCE);
		expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toBe(SENTENCE);
		expect(decodeText(GBK)).toBe(SENTENCE);
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
