/**
 * Each fixture in tests/fixtures/import/ imports with the expected shape, counts and values.
 * The expected numbers are read off the fixture files (see scripts/make-fixtures.mjs); the
 * loaded dataset is tests/unit/import/base.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
	importBytes,
	importText,
	loadSheetReader,
	type ImportReport
} from '../../../src/lib/data/import/index.ts';
import type { Observation } from '../../../src/lib/data/model.ts';
import { BASE, fixture } from './base.ts';

function load(name: string, options: Parameters<typeof importBytes>[2] = {}): ImportReport {
	return importBytes(fixture(name), BASE, { fileName: name, ...options });
}

/** The value of one observation in the addition (undefined when absent). */
function value(
	report: ImportReport,
	region: string,
	indicator: string,
	year: number
): number | undefined {
	return report.addition.observations.find(
		(o: Observation) => o.region === region && o.indicator === indicator && o.year === year
	)?.value;
}

// The fixtures include a broken workbook: the reader that opens workbooks is loaded first.
beforeAll(() => loadSheetReader('xlsx'));

const errors = (r: ImportReport) => r.issues.filter((i) => i.severity === 'error');

describe('canonical long files', () => {
	it('reads Chinese headers, aliases, approximate values, 万, % and targets', () => {
		const r = load('canonical-zh.csv');
		expect(r).toMatchObject({
			shape: 'canonical',
			encoding: 'utf-8',
			delimiter: ',',
			lineEnding: 'lf',
			headerLine: 1
		});
		expect([r.rowsRead, r.rowsAccepted, r.rowsRejected]).toEqual([9, 9, 0]);
		expect(errors(r)).toEqual([]);
		// Line 3: 重庆市 2020 = 52.6; line 4 writes 重慶市 (an alias of 重庆市): 2021 = 55.3.
		expect(value(r, 'cq', 'ger_higher', 2020)).toBe(52.6);
		expect(value(r, 'cq', 'ger_higher', 2021)).toBe(55.3);
		// Line 5: Chongqing (English name), 约91 → 91, flagged approximate, with a warning on line 5.
		const approx = r.addition.observations.find((o) => o.indicator === 'ger_preschool');
		expect(approx).toMatchObject({ region: 'cq', year: 2022, value: 91, approximate: true });
		expect(r.issues.find((i) => i.row === 5)?.severity).toBe('warning');
		// Line 7: 96.1% for 重庆 — a new region, with 重庆市 suggested.
		expect(r.newRegions).toEqual([
			{
				id: '重庆',
				name: '重庆',
				figures: 1,
				suggestions: [{ id: 'cq', name: '重庆市', score: 0.95 }]
			}
		]);
		expect(value(r, '重庆', 'retention_9y', 2023)).toBe(96.1);
		// Line 10: 2.5万 in a 人 column → 25000, with a warning saying so.
		expect(value(r, 'sc', '普通本专科在校生数', 2023)).toBe(25000);
		expect(r.issues.find((i) => i.row === 10)?.message.zh).toContain('25000');
		// Lines 8–9: a >= target and a 30—50所 range target, from the source 示例规划.
		expect(r.addition.targets).toEqual([
			{
				region: 'cq',
				indicator: 'ger_higher',
				value: 70,
				provenance: [{ source: '示例规划' }],
				note: '到2035年，达到70%',
				year: 2035,
				comparator: '>=',
				valueMax: null
			},
			{
				region: 'cq',
				indicator: 'hei_count',
				value: 30,
				provenance: [{ source: '示例规划' }],
				note: '30—50所',
				year: 2027,
				comparator: 'range',
				valueMax: 50
			}
		]);
		// Rows naming no source come from the file itself.
		expect(r.addition.sources[0]).toEqual({
			id: 'file:canonical-zh.csv',
			kind: 'import',
			title: 'canonical-zh.csv',
			file: 'canonical-zh.csv'
		});
		expect(r.addition.observations[0]?.provenance).toEqual([{ source: 'file:canonical-zh.csv' }]);
		// 重庆市 2020 is loaded as 50 (seed); the file says 52.6.
		expect(r.conflicts).toEqual([
			{
				kind: 'actual',
				region: 'cq',
				indicator: 'ger_higher',
				year: 2020,
				row: 3,
				incoming: 52.6,
				loaded: { value: 50, source: 'seed:plan', sourceTitle: '示例规划文件（测试）' }
			}
		]);
	});

	it('reads English headers with a BOM and CRLF; line numbers count the two-line note', () => {
		const r = load('canonical-en-bom.csv');
		expect(r).toMatchObject({ shape: 'canonical', encoding: 'utf-8-bom', lineEnding: 'crlf' });
		expect([r.rowsRead, r.rowsAccepted, r.rowsRejected]).toEqual([4, 3, 1]);
		// The quoted English name with a comma resolves to 高等教育毛入学率 (its `en`).
		expect(value(r, 'zj', 'ger_higher', 2021)).toBe(64.8);
		expect(r.addition.observations[0]?.note).toBe('from the "statistical bulletin", p. 3');
		expect(r.addition.observations[1]?.note).toBe('two-line\r\nnote');
		// `'=not a formula` is read back without the protecting apostrophe.
		expect(r.addition.observations[2]?.note).toBe('=not a formula');
		// `6o.1` is on file line 6 (the note of line 3 runs over line 4).
		expect(errors(r)).toEqual([
			{
				row: 6,
				column: 'value',
				value: '6o.1',
				message: {
					zh: '“6o.1”不是数值：请用数字填写，如 93.1 或 93.1%。',
					en: '"6o.1" is not a number: write the value in digits, e.g. 93.1 or 93.1%.'
				},
				severity: 'error'
			}
		]);
	});
});

describe('wide and transposed tables', () => {
	it('reads a wide table with 2019年 headers and a — for missing', () => {
		const r = load('wide-years.csv');
		expect(r.shape).toBe('wide');
		// 4 rows × 5 years = 20 cells, one of them —.
		expect([r.rowsRead, r.rowsAccepted, r.figures]).toEqual([4, 4, 19]);
		expect(value(r, 'CN', 'ger_higher', 2023)).toBe(60.2);
		expect(value(r, 'cq', 'ger_higher', 2023)).toBeUndefined();
		expect(value(r, 'cq', 'hei_count', 2019)).toBe(65);
		expect(errors(r)).toEqual([]);
	});

	it('takes the indicator of a regions × years table from its title line', () => {
		const r = load('wide-title.csv');
		expect(r).toMatchObject({ shape: 'wide', headerLine: 2, preambleLines: 1, missing: [] });
		expect(r.preamble).toEqual(['表3 各地区学前教育毛入园率（%）']);
		expect(r.figures).toBe(9);
		expect(value(r, 'zj', 'ger_preschool', 2022)).toBe(99);
		expect(r.notes.map((n) => n.zh)).toContain('文件没有指标列：指标“学前教育毛入园率”取自标题。');
	});

	it('says once what is missing when nothing names the indicator, and takes a default', () => {
		const r = load('wide-no-indicator.csv');
		expect(r.missing).toEqual(['indicator']);
		expect([r.rowsRead, r.rowsAccepted, r.rowsRejected, r.figures]).toEqual([2, 0, 2, 0]);
		expect(r.issues).toHaveLength(1);
		expect(r.issues[0]?.message.zh).toContain('没有指标列');
		const given = load('wide-no-indicator.csv', { defaults: { indicator: '九年义务教育巩固率' } });
		expect(given.missing).toEqual([]);
		expect(given.figures).toBe(6);
		expect(value(given, 'sc', 'retention_9y', 2023)).toBe(95.6);
	});

	it('reads years down and regions across, the indicator from the title', () => {
		const r = load('transposed-regions.csv');
		expect(r.shape).toBe('transposed');
		expect(r.shapeLabel.en).toContain('regions across');
		expect([r.rowsRead, r.figures]).toEqual([4, 12]);
		// Line 6 writes its year as 2022年.
		expect(value(r, 'sc', 'ger_higher', 2022)).toBe(52.4);
		expect(value(r, 'CN', 'ger_higher', 2019)).toBe(51.6);
	});

	it('reads years down and indicators across, semicolons and decimal commas, region from the preamble', () => {
		const r = load('transposed-indicators-semicolon.csv');
		expect(r).toMatchObject({ shape: 'transposed', delimiter: ';', headerLine: 2 });
		expect(r.shapeLabel.en).toContain('indicators across');
		expect(r.figures).toBe(9);
		// `52,6` → 52.6; `10,9` → 10.9; `普通高等学校数(所)` → hei_count.
		expect(value(r, 'cq', 'ger_higher', 2020)).toBe(52.6);
		expect(value(r, 'cq', 'years_schooling', 2020)).toBe(10.9);
		expect(value(r, 'cq', 'hei_count', 2022)).toBe(70);
	});

	it('reads Excel Unicode text: UTF-16LE, tab-separated', () => {
		const r = load('utf16le-tab.txt');
		expect(r).toMatchObject({
			shape: 'wide',
			encoding: 'utf-16le',
			delimiter: '\t',
			lineEnding: 'crlf'
		});
		expect(r.figures).toBe(6);
		expect(value(r, 'sc', 'ger_preschool', 2021)).toBe(90.1);
	});
});

describe("publishers' downloads", () => {
	it('reads a WDI download: preamble, trailing commas, China as 全国, aggregates flagged', () => {
		const r = load('API_SE.TER.ENRR_DS2_en_csv_v2_fixture.csv');
		expect(r).toMatchObject({
			shape: 'wdi',
			encoding: 'utf-8-bom',
			headerLine: 5,
			preambleLines: 4,
			footerLines: 0
		});
		// Aruba has no values; China 4, Japan 3, World 4, High income 2, East Asia & Pacific 1.
		expect([r.rowsRead, r.rowsAccepted, r.rowsEmpty, r.figures]).toEqual([6, 5, 1, 14]);
		// Indicator Code SE.TER.ENRR is an alias of 高等教育毛入学率; CHN is 全国 (id CN).
		expect(value(r, 'CN', 'ger_higher', 2022)).toBe(68.1);
		expect(r.newIndicators).toEqual([]);
		expect(r.newRegions.map((n) => [n.id, n.aggregate ?? false])).toEqual([
			['Japan', false],
			['World', true],
			['High income', true],
			['East Asia & Pacific', true]
		]);
		expect(r.addition.regions.find((g) => g.id === 'Japan')?.level).toBe('national');
		expect(r.conflicts.map((c) => [c.region, c.year, c.incoming, c.loaded.value])).toEqual([
			['CN', 2020, 58.4, 54.4]
		]);
		expect(r.addition.sources[0]).toMatchObject({
			publisher: 'World Bank',
			date: '2024-12-16',
			note: 'World Development Indicators'
		});
	});

	it('reads a DataBank export: YR headers, .., blank lines and footer', () => {
		const r = load('databank-export.csv');
		expect(r).toMatchObject({ shape: 'databank', lineEnding: 'crlf', footerLines: 4 });
		expect(r.footer).toEqual([
			'Data from database: World Development Indicators',
			'Last Updated: 12/16/2024'
		]);
		expect([r.rowsRead, r.rowsAccepted, r.rowsEmpty, r.figures]).toEqual([4, 3, 1, 8]);
		expect(value(r, 'CN', 'School enrollment, primary (% gross)', 2020)).toBe(102.2);
		expect(r.addition.indicators).toEqual([
			{
				id: 'School enrollment, primary (% gross)',
				zh: 'School enrollment, primary (% gross)',
				en: 'School enrollment, primary (% gross)',
				aliases: [],
				unit: '%',
				direction: 'up'
			}
		]);
	});

	it('reads an OWID grapher file: the value column (with a comma) is the indicator', () => {
		const r = load('owid-tertiary-enrolment.csv');
		expect(r.shape).toBe('owid');
		expect(r.figures).toBe(7);
		const indicator = 'Gross enrolment ratio for tertiary education, both sexes (%)';
		expect(r.newIndicators[0]).toMatchObject({ id: indicator, figures: 7 });
		expect(r.newIndicators[0]?.suggestions[0]?.id).toBe('ger_higher');
		expect(value(r, 'CN', indicator, 2020)).toBe(58.42);
		expect(r.newRegions.filter((n) => n.aggregate).map((n) => n.id)).toEqual([
			'World',
			'High-income countries',
			'East Asia and Pacific (WB)'
		]);
	});

	it('reads a 国家统计局 export in GBK: unit from the 指标 line, footer skipped', () => {
		const r = load('nbs-gbk.csv');
		expect(r).toMatchObject({
			shape: 'nbs',
			encoding: 'gb18030',
			headerLine: 4,
			preambleLines: 3,
			footerLines: 2
		});
		expect(r.preamble).toEqual([
			'数据库：分省年度数据',
			'指标：普通高等学校数(所)',
			'时间：最近5年'
		]);
		expect([r.rowsRead, r.rowsAccepted, r.figures]).toEqual([5, 5, 25]);
		// Header is newest first: 2023年 is the first year column.
		expect(value(r, 'sc', 'hei_count', 2023)).toBe(137);
		expect(value(r, 'sc', 'hei_count', 2019)).toBe(126);
		expect(r.addition.observations.every((o) => o.unit === undefined)).toBe(true);
		expect(r.newRegions.map((n) => n.id)).toEqual(['北京市', '西藏自治区']);
		expect(r.addition.sources[0]).toMatchObject({ publisher: '国家统计局', note: '分省年度数据' });
	});
});

describe('metadata sheets', () => {
	it('refuses the WDI indicator metadata sheet too', () => {
		const text =
			'"INDICATOR_CODE","INDICATOR_NAME","SOURCE_NOTE","SOURCE_ORGANIZATION",\n"SE.TER.ENRR","School enrollment, tertiary (% gross)","Gross enrollment ratio is the ratio of total enrollment.","UNESCO Institute for Statistics",\n';
		expect(() => importText(text, BASE)).toThrow(/Metadata_Indicator/);
	});
});

describe('broken files', () => {
	it('lists every bad row, not only the first', () => {
		const r = load('broken-bad-numbers.csv');
		expect([r.rowsRead, r.rowsAccepted, r.rowsRejected]).toEqual([7, 2, 5]);
		expect(errors(r).map((i) => [i.row, i.column, i.value])).toEqual([
			[3, '数值', '五十'],
			[4, '年份', '二〇二一'],
			[5, '数值', '46..2'],
			[7, '指标', ''],
			[8, '数值', '1.2.3']
		]);
		for (const i of r.issues) expect(i.message.en.length).toBeGreaterThan(0);
	});

	it.each([
		['broken-unknown-columns.csv', 'name、score、comment'],
		['broken-empty.csv', '空的'],
		['broken-image.png', '图片'],
		['broken-document.pdf', 'PDF'],
		['broken-workbook.xlsx', '重新保存'],
		['Metadata_Country_API_SE.TER.ENRR_DS2_en_csv_v2_fixture.csv', 'API_']
	])('%s is not data: one sentence', (name, words) => {
		let caught: unknown;
		try {
			load(name);
		} catch (error) {
			caught = error;
		}
		expect(caught).toBeInstanceOf(Error);
		const e = caught as Error & { name: string; bilingual: { zh: string; en: string } };
		expect(e.name).toBe('InputError');
		expect(e.bilingual.zh).toContain(words);
		// One sentence in each language: one full stop, at the end.
		expect(e.bilingual.zh.match(/。/g)).toHaveLength(1);
		expect(e.bilingual.zh.endsWith('。')).toBe(true);
		expect(e.bilingual.en.endsWith('.')).toBe(true);
	});
});
