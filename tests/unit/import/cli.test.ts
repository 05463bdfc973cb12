/**
 * `cli import` and `cli dataset --data` against what an attack run tried (issue 18): control
 * characters in names, inputs without an end, a reader that stops early, files that give no row,
 * and a re-imported export.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from '../cli/run.ts';

const dir = mkdtempSync(join(tmpdir(), 'mubiao-cli-import-'));
function file(name: string, text: string): string {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
}

/** ESC [2J clears the screen, ESC ]0;…BEL sets the window title, U+009B is the one-byte CSI. */
const CLEAR = '\u001b[2J';
const TITLE = '\u001b]0;owned\u0007';
const CSI = '\u009b31m';
/** Hostile names among ordinary rows (a file of little else would be refused as binary). */
const ORDINARY = Array.from(
	{ length: 60 },
	(_, i) => `重庆市,高等教育毛入学率,${1950 + i},${30 + i / 4}\n`
).join('');
const HOSTILE = file(
	'hostile.csv',
	`地区,指标,年份,数值\n${ORDINARY}"${CLEAR}重庆",高等教育毛入学率,2022,57\n"a${TITLE}b",高等教育毛入学率,2022,58\n"c${CSI}d\u202e",教育${CLEAR},2022,59\n`
);

/* eslint-disable no-control-regex -- the tests look for control characters */
describe('terminal output', () => {
	it('shows control characters from data escaped in the text report', async () => {
		const r = await cli(['import', HOSTILE, '--format', 'text']);
		expect(r.code).toBe(0);
		expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
		expect(r.stdout).toContain('\\x1b[2J重庆');
		expect(r.stdout).toContain('a\\x1b]0;owned\\x07b');
		expect(r.stdout).toContain('c\\x9b31md\\u202e');
	});

	it('writes JSON that reads back to the same names, with nothing raw a terminal acts on', async () => {
		const r = await cli(['import', HOSTILE]);
		expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
		const names = JSON.parse(r.stdout).newRegions.map((n: { name: string }) => n.name);
		expect(names).toEqual([`${CLEAR}重庆`, `a${TITLE}b`, `c${CSI}d\u202e`]);
	});
});

describe('inputs the command line refuses', () => {
	it.each([
		['/dev/zero', 'is not a regular file'],
		[dir, 'is a directory'],
		[join(dir, 'missing.csv'), 'Cannot read the file']
	])('%s: one sentence, exit 2', async (path, words) => {
		const r = await cli(['import', path]);
		expect(r.code).toBe(2);
		expect(r.stderr).toContain(words);
		expect(r.stderr.trim().split('\n')).toHaveLength(1);
	});

	it('says why no row could be imported', async () => {
		const bad = file(
			'bad.csv',
			'地区,指标,年份,数值\n重庆市,高等教育毛入学率,2020,五十\n重庆市,高等教育毛入学率,2021,六十\n'
		);
		const r = await cli(['import', bad]);
		expect(r.code).toBe(2);
		expect(r.stderr.trim()).toBe(
			'bad.csv: no row could be imported, 2 rows have errors; the first, on line 2: "五十" is not a number: write the value in digits, e.g. 93.1 or 93.1%.'
		);
		const header = await cli(['import', file('header.csv', '地区,指标,年份,数值\n')]);
		expect(header.stderr).toContain('there are no data rows below the header');
		const empty = await cli([
			'import',
			file('empty-values.csv', '地区,指标,年份,数值\n重庆市,高等教育毛入学率,2020,\n')
		]);
		expect(empty.stderr).toContain('none of its 1 data rows holds a value');
	});
});

describe('a reader that stops early', () => {
	it('ends with one sentence and exit code 1, not a stack trace', () => {
		// `| head -c 100` closes the pipe early; pipefail gives the command line's own exit code.
		const r = spawnSync(
			'bash',
			[
				'-c',
				`set -o pipefail; '${ROOT}node_modules/.bin/tsx' '${ROOT}src/cli/main.ts' dataset | head -c 100 > /dev/null`
			],
			{ cwd: ROOT, encoding: 'utf8', env: { ...process.env, MUBIAO_LANG: 'en' } }
		);
		expect(r.status).toBe(1);
		expect(r.stderr.trim()).toBe(
			'Cannot write the output (EPIPE): the reader closed it or it is full, so the result is incomplete.'
		);
	});
});

describe('dataset --data', () => {
	it('gives the same dataset for its own export (nothing counted twice)', async () => {
		const first = await cli(['dataset']);
		const again = await cli(['dataset', '--data', file('export.csv', first.stdout)]);
		expect(again.code).toBe(0);
		expect(again.stdout).toBe(first.stdout);
	});

	it('takes --indicator for a file without an indicator column', async () => {
		const wide = file('regions-years.csv', '地区,2021,2022\n重庆市,95.5,95.8\n');
		const refused = await cli(['dataset', '--data', wide]);
		expect(refused.code).toBe(2);
		expect(refused.stderr).toContain('--indicator');
		const r = await cli([
			'dataset',
			'--data',
			wide,
			'--indicator',
			'九年义务教育巩固率',
			'--format',
			'json'
		]);
		expect(r.code).toBe(0);
		const added = JSON.parse(r.stdout).observations.filter(
			(o: { provenance: { source: string }[] }) =>
				o.provenance[0]?.source === 'file:regions-years.csv'
		);
		expect(added.map((o: { year: number; value: number }) => [o.year, o.value])).toEqual([
			[2021, 95.5],
			[2022, 95.8]
		]);
	});
});

describe('spreadsheets on the command line', () => {
	// Two sheets of test data: 2021 on the first, 2022 on the second; no indicator column.
	const book = XLSX.utils.book_new();
	XLSX.utils.book_append_sheet(
		book,
		XLSX.utils.aoa_to_sheet([
			['地区', '2021'],
			['重庆市', 95.5]
		]),
		'甲'
	);
	XLSX.utils.book_append_sheet(
		book,
		XLSX.utils.aoa_to_sheet([
			['地区', '2022'],
			['重庆市', 95.8]
		]),
		'乙'
	);
	const path = join(dir, 'book.xlsx');
	writeFileSync(path, new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' })));

	it('import reads the sheet given by number, with --indicator', async () => {
		const r = await cli(['import', path, '--sheet', '2', '--indicator', '九年义务教育巩固率']);
		expect(r.code).toBe(0);
		const report = JSON.parse(r.stdout);
		expect([report.format, report.sheet, report.sheets.length, report.figures]).toEqual([
			'xlsx',
			'乙',
			2,
			1
		]);
		expect(report.preview[0]).toMatchObject({ year: 2022, value: 95.8 });
	});

	it('dataset --data reads the first sheet by default, or the one named', async () => {
		const run = async (...extra: string[]) => {
			const r = await cli([
				'dataset',
				'--data',
				path,
				'--indicator',
				'九年义务教育巩固率',
				'--format',
				'json',
				...extra
			]);
			expect(r.code).toBe(0);
			return JSON.parse(r.stdout)
				.observations.filter(
					(o: { provenance: { source: string }[] }) => o.provenance[0]?.source === 'file:book.xlsx'
				)
				.map((o: { year: number; value: number }) => [o.year, o.value]);
		};
		expect(await run()).toEqual([[2021, 95.5]]);
		expect(await run('--sheet', '乙')).toEqual([[2022, 95.8]]);
		const unknown = await cli(['dataset', '--data', path, '--sheet', '丙']);
		expect(unknown.code).toBe(2);
		expect(unknown.stderr.trim()).toBe(
			'The workbook has no sheet called "丙": its sheets are 甲, 乙.'
		);
	});
});
