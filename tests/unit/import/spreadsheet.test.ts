/**
 * Spreadsheets through the same pipeline as CSV (issue 14): workbooks written here with
 * SheetJS — several sheets, merged header cells, numbers stored as text, percentages, missing
 * markers — in .xlsx, .xls and .ods; a text file and an HTML table that only call themselves
 * .xls; a workbook without years. The expected figures are the cells written below.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importData, type ImportReport } from '../../../src/lib/data/import/index.ts';
import { InputError } from '../../../src/lib/data/issues.ts';
import { BASE } from './base.ts';

type Cell = string | number | null;

/** A workbook of named sheets (rows of cells), with merges and number formats where given. */
function workbook(
	sheets: Record<string, Cell[][]>,
	extra: Record<string, { merges?: XLSX.Range[]; formats?: Record<string, string> }> = {},
	bookType: XLSX.BookType = 'xlsx'
): Uint8Array {
	const book = XLSX.utils.book_new();
	for (const [name, rows] of Object.entries(sheets)) {
		const sheet = XLSX.utils.aoa_to_sheet(rows);
		const more = extra[name];
		if (more?.merges) sheet['!merges'] = more.merges;
		for (const [address, format] of Object.entries(more?.formats ?? {})) {
			const cell = sheet[address] as XLSX.CellObject | undefined;
			if (cell) cell.z = format;
		}
		XLSX.utils.book_append_sheet(book, sheet, name);
	}
	return new Uint8Array(XLSX.write(book, { type: 'array', bookType }) as ArrayBuffer);
}

const value = (r: ImportReport, region: string, indicator: string, year: number) =>
	r.addition.observations.find(
		(o) => o.region === region && o.indicator === indicator && o.year === year
	)?.value;

async function refusal(run: () => Promise<unknown>): Promise<InputError> {
	try {
		await run();
	} catch (error) {
		if (error instanceof InputError) return error;
		throw error;
	}
	throw new Error('no InputError');
}

/** A notes sheet first (no table), then the data: the reader must find the second. */
const TWO_SHEETS = {
	说明: [['本工作簿为测试数据'], ['第二张表是数据']],
	数据: [
		['地区', '指标', '2021', '2022'],
		['重庆市', '高等教育毛入学率', 55.3, 57.5],
		['四川省', '高等教育毛入学率', '49.1', '52.4']
	]
};

describe('workbooks', () => {
	it('reads the first sheet with data, and lists every sheet for the choice', async () => {
		const r = await importData(workbook(TWO_SHEETS), BASE, { fileName: 'book.xlsx' });
		expect(r).toMatchObject({ format: 'xlsx', sheet: '数据', shape: 'wide', encoding: null });
		expect(r.sheets).toEqual([
			{ name: '说明', rows: 2 },
			{ name: '数据', rows: 3 }
		]);
		// Numbers as numbers (55.3) and stored as text ('49.1') read alike.
		expect(value(r, 'cq', 'ger_higher', 2022)).toBe(57.5);
		expect(value(r, 'sc', 'ger_higher', 2021)).toBe(49.1);
		expect(r.figures).toBe(4);
	});

	it('reads the sheet asked for, by name or number, and names the sheets when it is not there', async () => {
		const bytes = workbook({
			...TWO_SHEETS,
			另一张: [
				['地区', '指标', '2020'],
				['浙江省', '高等教育毛入学率', 62]
			]
		});
		const byName = await importData(bytes, BASE, { sheet: '另一张' });
		expect([byName.sheet, value(byName, 'zj', 'ger_higher', 2020)]).toEqual(['另一张', 62]);
		const byNumber = await importData(bytes, BASE, { sheet: 3 });
		expect(byNumber.sheet).toBe('另一张');
		const e = await refusal(() => importData(bytes, BASE, { sheet: '第四张' }));
		expect(e.bilingual.en).toBe(
			'The workbook has no sheet called "第四张": its sheets are 说明, 数据, 另一张.'
		);
	});

	it('reads merged header cells: a title across, a region label down two rows, a label over the years', async () => {
		const rows: Cell[][] = [
			['表1 各地区高等教育毛入学率', null, null, null],
			['地区', '年份', null, null],
			[null, 2020, 2021, 2022],
			['重庆市', 52.6, 55.3, 57.5],
			['四川省', 48.0, 49.1, 52.4]
		];
		const merges = [
			{ s: { r: 0, c: 0 }, e: { r: 0, c: 3 } },
			{ s: { r: 1, c: 0 }, e: { r: 2, c: 0 } },
			{ s: { r: 1, c: 1 }, e: { r: 1, c: 3 } }
		];
		const r = await importData(workbook({ 表1: rows }, { 表1: { merges } }), BASE);
		expect(r).toMatchObject({ shape: 'wide', headerLine: 3, missing: [] });
		// The indicator comes from the title, 2020–2022 from the header row under the label.
		expect(r.notes.map((n) => n.zh)).toContain('文件没有指标列：指标“高等教育毛入学率”取自标题。');
		expect([value(r, 'cq', 'ger_higher', 2020), value(r, 'sc', 'ger_higher', 2022)]).toEqual([
			52.6, 52.4
		]);
		expect(r.figures).toBe(6);
	});

	it('reads thousands separators, percentages and the missing markers of statistics offices', async () => {
		const rows: Cell[][] = [
			['地区', '指标', '单位', '2020', '2021', '2022', '2023'],
			['重庆市', '普通本专科在校生数', '人', '1,234,567', 1250000, '--', 'n/a'],
			['重庆市', '高等教育毛入学率', '%', 0.526, 0.553, '..', null]
		];
		const formats = { E3: '0.0%', D3: '0.0%' };
		const r = await importData(workbook({ S: rows }, { S: { formats } }), BASE);
		expect(value(r, 'cq', '普通本专科在校生数', 2020)).toBe(1234567);
		expect(value(r, 'cq', '普通本专科在校生数', 2021)).toBe(1250000);
		// 0.526 shown as 52.6% is 52.6 in a % indicator.
		expect(value(r, 'cq', 'ger_higher', 2020)).toBe(52.6);
		expect(value(r, 'cq', 'ger_higher', 2021)).toBe(55.3);
		// --, n/a, .. and an empty cell are no value, not errors.
		expect(r.figures).toBe(4);
		expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
	});

	it('gives new regions of a wide sheet the parent and level its columns state', async () => {
		const rows: Cell[][] = [
			['地区', '层级', '上级地区', '指标', '2022'],
			['渝中区', 'district', '重庆市', '学前教育毛入园率', 92.8]
		];
		const r = await importData(workbook({ S: rows }), BASE);
		expect(r.addition.regions).toEqual([
			{ id: '渝中区', zh: '渝中区', en: '渝中区', aliases: [], level: 'district', parent: 'cq' }
		]);
		expect(r.issues).toEqual([]);
	});

	it.each(['xls', 'ods'] as const)('reads the same data from .%s', async (bookType) => {
		const r = await importData(workbook(TWO_SHEETS, {}, bookType), BASE);
		expect(r).toMatchObject({ format: bookType, sheet: '数据' });
		expect([value(r, 'cq', 'ger_higher', 2021), value(r, 'sc', 'ger_higher', 2022)]).toEqual([
			55.3, 52.4
		]);
	});

	it('refuses a workbook without years in one sentence', async () => {
		const bytes = workbook({
			名单: [
				['地区', '联系人'],
				['重庆市', '张三']
			]
		});
		const e = await refusal(() => importData(bytes, BASE));
		expect(e.bilingual.en).toBe(
			'No sheet of this workbook holds a year (such as 2019 or 2019年), so nothing can be imported by year: choose a table with a column or row of years.'
		);
		expect(e.bilingual.zh.match(/。/g)).toHaveLength(1);
	});
});

describe('files named .xls that are not workbooks', () => {
	it('reads tab-separated text by its content', async () => {
		const text = '地区\t指标\t2021\t2022\r\n重庆市\t高等教育毛入学率\t55.3\t57.5\r\n';
		const r = await importData(new TextEncoder().encode(text), BASE, { fileName: 'export.xls' });
		expect(r).toMatchObject({ format: 'text', delimiter: '\t', fileName: 'export.xls' });
		expect(value(r, 'cq', 'ger_higher', 2022)).toBe(57.5);
	});

	it('reads an HTML table by its content', async () => {
		const html =
			'<html><head><meta charset="utf-8"></head><body><table>' +
			'<tr><td>地区</td><td>指标</td><td>2021年</td><td>2022年</td></tr>' +
			'<tr><td>重庆市</td><td>高等教育毛入学率</td><td>55.3</td><td>57.5</td></tr>' +
			'<tr><td>四川省</td><td>高等教育毛入学率</td><td>49.1</td><td>52.4</td></tr>' +
			'</table></body></html>';
		const r = await importData(new TextEncoder().encode(html), BASE, { fileName: 'table.xls' });
		expect(r).toMatchObject({ format: 'html', shape: 'wide', encoding: 'utf-8' });
		expect([value(r, 'cq', 'ger_higher', 2021), value(r, 'sc', 'ger_higher', 2022)]).toEqual([
			55.3, 52.4
		]);
	});
});

describe('World Bank and IMF shapes', () => {
	it('reads a DataBank export with only Country Code, historic codes as today’s', async () => {
		const text = [
			'Country Code,2019 [YR2019],2020 [YR2020]',
			'ADO,..,1.5',
			'ROM,50.1,51.2',
			'ZAR,6.6,..',
			'TMP,14.2,..',
			'KSV,..,40.0',
			'WBG,44.3,45.0',
			'CHN,51.6,54.4'
		].join('\n');
		const r = await importData(new TextEncoder().encode(text), BASE, {
			defaults: { indicator: 'ger_higher' }
		});
		expect(r.shape).toBe('databank');
		expect(r.newRegions.map((n) => n.id)).toEqual(['AND', 'ROU', 'COD', 'TLS', 'XKX', 'PSE']);
		// CHN is the whole country: 全国 (id CN in the test data).
		expect(value(r, 'CN', 'ger_higher', 2019)).toBe(51.6);
		// Values given: ADO 1, ROM 2, ZAR 1, TMP 1, KSV 1, WBG 2, CHN 2.
		expect(r.figures).toBe(10);
	});

	it('reads an IMF table: descriptive columns before the years, and a column of years that is not data', async () => {
		const head =
			'WEO Country Code,ISO,WEO Subject Code,Country,Subject Descriptor,Subject Notes,Units,Scale,Country/Series-specific Notes,2021,2022,2023,Estimates Start After';
		const text = [
			head,
			'924,CHN,GGX_NGDP,China,General government total expenditure,"Total expenditure, % of GDP",Percent of GDP,,See notes,33.9,34.5,n/a,2022',
			'136,JPN,GGX_NGDP,Japan,General government total expenditure,"Total expenditure, % of GDP",Percent of GDP,,See notes,44.2,42.4,--,2021',
			'111,USA,NGDPD,United States,"Gross domestic product, current prices",Billions,U.S. dollars,Billions,See notes,"23,594.031","25,744.108","27,357.825",2023'
		].join('\n');
		const r = await importData(new TextEncoder().encode(text), BASE);
		expect(r.shape).toBe('wide');
		expect(r.newIndicators.map((n) => n.id)).toEqual([
			'General government total expenditure',
			'Gross domestic product, current prices'
		]);
		expect(value(r, 'CN', 'General government total expenditure', 2022)).toBe(34.5);
		expect(value(r, 'Japan', 'General government total expenditure', 2021)).toBe(44.2);
		expect(value(r, 'United States', 'Gross domestic product, current prices', 2023)).toBe(
			27357.825
		);
		// n/a and -- are missing; the trailing column of years is ignored, not read as data (as
		// are the numeric country code, the scale and the second notes column).
		expect(r.figures).toBe(7);
		const ignored = r.issues.find((i) => i.message.en.startsWith('Columns not used'));
		expect(ignored?.value).toBe(
			'WEO Country Code, Scale, Country/Series-specific Notes, Estimates Start After'
		);
		expect(
			r.addition.observations.find((o) => o.region === 'Japan')?.unit ??
				r.addition.indicators[0]?.unit
		).toBe('Percent of GDP');
	});
});
