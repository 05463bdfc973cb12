/**
 * `cli report` and `cli dataset --format xlsx` on the built-in data: what they print and write,
 * and one sentence with exit 2 for each mistake.
 */
import * as XLSX from '@e965/xlsx';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { cli } from '../cli/run.ts';

const dir = mkdtempSync(`${tmpdir()}/mubiao-report-`);

async function resvgWorks(): Promise<boolean> {
	try {
		await import('@resvg/resvg-js');
		return true;
	} catch {
		return false;
	}
}

describe('cli report', () => {
	it('prints the Markdown briefing of Chongqing by default', async () => {
		const r = await cli(['report']);
		expect(r.code).toBe(0);
		expect(r.stdout.split('\n')[0]).toBe('# Will Chongqing meet its education targets? A briefing');
		expect(r.stdout).toContain('## In brief');
		expect(r.stdout).toContain('| Indicator | Target | Year | Compared value (how) |');
		expect(r.stdout).toContain('## Sources and excerpts');
	});

	it('speaks Chinese with MUBIAO_LANG=zh and takes a region by any of its names', async () => {
		const r = await cli(['report', '--region', '南岸'], { MUBIAO_LANG: 'zh' });
		expect(r.code).toBe(0);
		expect(r.stdout.split('\n')[0]).toBe('# 南岸区教育规划目标达成研判报告');
		expect(r.stdout).toContain('## 研判方法说明');
	});

	it('refuses a Word document without --out, and an unknown region, in one sentence', async () => {
		const docx = await cli(['report', '--format', 'docx']);
		expect(docx.code).toBe(2);
		expect(docx.stderr.trim().split('\n')).toHaveLength(1);
		expect(docx.stderr).toContain('--out');
		const region = await cli(['report', '--region', 'Atlantis']);
		expect(region.code).toBe(2);
		expect(region.stderr.trim()).toBe(
			'The data has no region "Atlantis": use a region name from the data, e.g. 重庆市.'
		);
		expect(region.stdout).toBe('');
	});

	it('writes a .docx (format from the file name) with the charts as PNG images', async () => {
		const path = `${dir}/briefing.docx`;
		const r = await cli(['report', '--out', path]);
		expect(r.code).toBe(0);
		expect(r.stdout).toBe('');
		const zip = XLSX.CFB.read(readFileSync(path), { type: 'buffer' });
		const xml = new TextDecoder().decode(
			XLSX.CFB.find(zip, '/word/document.xml')!.content as Uint8Array
		);
		expect(xml).toContain('In brief');
		expect(xml).toContain('Gross enrolment ratio, higher education');
		const charts = (xml.match(/Figure \d+\./g) ?? []).length;
		expect(charts).toBeGreaterThan(0);
		if (await resvgWorks()) {
			expect(xml.match(/<w:drawing>/g)).toHaveLength(charts);
			const media = zip.FullPaths.filter((p: string) => /word\/media\/.+\.png$/.test(p));
			expect(media.length).toBe(charts);
		} else {
			expect(xml).toContain('could not be embedded');
		}
	}, 120_000);
});

describe('cli dataset --format xlsx', () => {
	it('needs --out', async () => {
		const r = await cli(['dataset', '--format', 'xlsx']);
		expect(r.code).toBe(2);
		expect(r.stderr.trim()).toBe(
			'An Excel workbook needs --out with the file to write, e.g. --out data.xlsx.'
		);
	});

	it('writes the canonical rows the CSV export prints, sheet "数据 Data" first', async () => {
		const path = `${dir}/data.xlsx`;
		const [xlsx, csv] = [
			await cli(['dataset', '--format', 'xlsx', '--out', path]),
			await cli(['dataset'])
		];
		expect(xlsx.code).toBe(0);
		const wb = XLSX.read(readFileSync(path), { type: 'buffer' });
		expect(wb.SheetNames).toEqual(['数据 Data', '来源 Sources', '假设 Assumptions']);
		const sheet = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['数据 Data']!, {
			header: 1,
			raw: false,
			defval: ''
		});
		const rows = Papa.parse<string[]>(csv.stdout, { skipEmptyLines: true }).data;
		expect(sheet.length).toBe(rows.length);
		expect(sheet[0]).toEqual(rows[0]);
	});

	it('writes CSV to --out as it would print it', async () => {
		const path = `${dir}/data.csv`;
		const [file, printed] = [await cli(['dataset', '--out', path]), await cli(['dataset'])];
		expect(file.code).toBe(0);
		expect(readFileSync(path, 'utf8')).toBe(printed.stdout);
	});
});
