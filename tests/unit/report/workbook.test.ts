/**
 * The Excel workbook: the dataset sheet written and read back with SheetJS gives exactly the
 * canonical rows (and, through the canonical reader, the same figures); text a spreadsheet
 * would run as a formula stays text; the scorecard and comparison sheets carry the verdicts
 * and the projections.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { datasetRows, recordsFromRows } from '../../../src/lib/data/canonical.ts';
import { readRecords } from '../../../src/lib/data/import/read.ts';
import { unescapeCell } from '../../../src/lib/data/csv.ts';
import { DatasetSchema, type Dataset } from '../../../src/lib/data/model.ts';
import {
	assumptionsSheet,
	comparisonSheet,
	datasetSheet,
	scorecardSheet,
	sourcesSheet
} from '../../../src/lib/export/workbook.ts';
import { writeWorkbook } from '../../../src/lib/export/xlsx.ts';
import { ScenarioRunner } from '../../../src/lib/scenario/run.ts';
import { ASSUMPTIONS, DATA, SETTINGS } from './fixture.ts';

/** Text a spreadsheet would run, and text that starts with the CSV export's own guard. */
const HOSTILE = ['=HYPERLINK("http://example.test","x")', '+1+1', '-2+3', '@SUM(A1)', "'=already"];

/** The fixture with every optional canonical column used, and formula-like text. */
const RICH: Dataset = DatasetSchema.parse({
	...DATA,
	indicators: [
		...DATA.indicators,
		{
			id: 'schools',
			zh: '学校数',
			en: 'Schools',
			aliases: [],
			unit: '所',
			direction: 'up',
			lowerBound: 0
		}
	],
	observations: [
		...DATA.observations,
		{
			region: 'A',
			indicator: 'schools',
			year: 2023,
			value: 0.1 + 0.2,
			approximate: true,
			yearInferred: true,
			note: HOSTILE[0],
			provenance: [
				{ source: 'stat', section: HOSTILE[1], excerpt: HOSTILE[3] },
				{ source: 'plan', excerpt: '原文' }
			]
		}
	],
	targets: [
		...DATA.targets,
		{
			region: 'A',
			indicator: 'schools',
			year: null,
			horizon: 2027,
			comparator: 'range',
			value: 3,
			valueMax: 5,
			note: HOSTILE[4],
			provenance: [{ source: 'plan', section: HOSTILE[2] }]
		}
	]
});

function readBack(bytes: Uint8Array) {
	return XLSX.read(bytes, { type: 'array', cellNF: true });
}

/** Canonical rows with empty cells as null (what a blank spreadsheet cell reads as). */
const normal = (rows: ReturnType<typeof datasetRows>) =>
	rows.map((r) => r.map((c) => (c === undefined || c === '' ? null : c)));

describe('dataset workbook', () => {
	const bytes = writeWorkbook([
		datasetSheet(RICH, 'zh'),
		sourcesSheet(RICH, 'zh'),
		assumptionsSheet(RICH, new Map(), 'zh')
	]);
	const wb = readBack(bytes);

	it('has the data sheet first, then the sources and the assumptions', () => {
		expect(wb.SheetNames).toEqual(['数据 Data', '来源 Sources', '假设 Assumptions']);
		const sources = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['来源 Sources']!, { header: 1 });
		expect(sources.map((r) => r[0])).toEqual(['编号', 'plan', 'stat']);
		const assumptions = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['假设 Assumptions']!, {
			header: 1
		});
		expect(assumptions[1]).toEqual(['无假设：基线按历史数据拟合趋势。']);
	});

	it('reads back to exactly the canonical rows, numbers to the last bit', () => {
		const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['数据 Data']!, {
			header: 1,
			raw: true,
			defval: null
		});
		// Text cells as the canonical reader takes them (one guard apostrophe off, as for CSV).
		const read = rows.map((r) => r.map((c) => (typeof c === 'string' ? unescapeCell(c) : c)));
		expect(read).toEqual(normal(datasetRows(RICH)));
		// 0.1 + 0.2 is 0.30000000000000004 in binary floating point, and stays so.
		expect(rows.some((r) => r[3] === 0.1 + 0.2)).toBe(true);
	});

	it('reads back through the canonical reader to the same figures', () => {
		const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['数据 Data']!, {
			header: 1,
			raw: true,
			defval: ''
		});
		const { records } = recordsFromRows(rows.map((r) => r.map((c) => String(c))));
		const base: Dataset = { ...RICH, observations: [], targets: [] };
		const read = readRecords(records, base, { sourceKind: 'import' });
		expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
		expect(read.addition.observations).toEqual(RICH.observations);
		expect(read.addition.targets).toEqual(RICH.targets);
	});

	it('writes formula-like text as text cells, never as formulas', () => {
		const ws = wb.Sheets['数据 Data']!;
		const cells = Object.entries(ws).filter(([k]) => !k.startsWith('!'));
		expect(cells.some(([, c]) => (c as XLSX.CellObject).f !== undefined)).toBe(false);
		// (Several provenances share a cell, joined by " | ": the cell starts with the text.)
		for (const text of HOSTILE.slice(0, 4)) {
			const cell = cells.find(([, c]) => String((c as XLSX.CellObject).v).startsWith(text))?.[1] as
				XLSX.CellObject | undefined;
			expect(cell, text).toBeDefined();
			// A shared-string text cell with the text number format, so editing keeps it text.
			expect(cell).toMatchObject({ t: 's', z: '@' });
		}
		// The worksheet's XML has no formula element at all.
		const zip = XLSX.CFB.read(bytes, { type: 'buffer' });
		const sheet = XLSX.CFB.find(zip, '/xl/worksheets/sheet1.xml');
		expect(new TextDecoder().decode(sheet!.content as Uint8Array)).not.toMatch(/<f[ >]/);
		// `'=already` gets one more apostrophe (as in the CSV export), which reading takes off.
		expect(cells.some(([, c]) => (c as XLSX.CellObject).v === "''=already")).toBe(true);
	});
});

describe('scorecard and comparison sheets', () => {
	const run = new ScenarioRunner(DATA).run(ASSUMPTIONS, SETTINGS);

	it('holds each verdict with the value compared, how, basis and sources', () => {
		const rows = run.byRegion.get('A') ?? [];
		const sheet = scorecardSheet(rows, DATA, 'zh');
		const header = sheet.rows[0] as string[];
		const col = (name: string) => header.indexOf(name);
		const line = sheet.rows.find((r) => r[col('目标年份')] === 2021)!;
		// 2021 interpolated between 50 (2020) and 54 (2022): 52, met.
		expect(line[col('比较值')]).toBe(52);
		expect(line[col('比较方式')]).toBe('2020–2022 插值');
		expect(line[col('研判代码')]).toBe('met');
		expect(line[col('依据')]).toBe('前后两个实际值');
		expect(line[col('来源')]).toBe('《甲市教育规划》');
		expect(line[col('原文摘录')]).toBe('2021年达标率达到52%');
	});

	it('puts each region’s actuals, projection and band by year', () => {
		const sheet = comparisonSheet(
			DATA,
			run,
			{ region: 'A', compare: ['B'], indicator: 'rate' },
			2035,
			'zh'
		);
		const header = sheet.rows[0]!;
		expect(header.slice(0, 5)).toEqual(['地区', '指标', '单位', '类型', 2020]);
		expect(header.at(-1)).toBe(2035);
		const at = (kind: string, region: string, year: number) =>
			sheet.rows.find((r) => r[0] === region && r[3] === kind)![header.indexOf(year)];
		expect(at('实际值', '甲市', 2022)).toBe(54);
		expect(at('实际值', '甲市', 2023)).toBeNull();
		// A's fitted line: 58 + 2 × (2030 − 2024) = 70, with no spread (σ = 0).
		expect(at('预测', '甲市', 2030)).toBe(70);
		expect(at('90% 区间下限', '甲市', 2030)).toBe(70);
		// B compounds 5 % a year from 60 (2023): 60 × 1.05² = 66.15 in 2025.
		expect(at('预测', '乙市', 2025)).toBeCloseTo(66.15, 10);
		expect(at('预测', '乙市', 2023)).toBeNull();
	});

	it('lists the assumptions that differ from the baseline, in the engine’s units', () => {
		const sheet = assumptionsSheet(DATA, ASSUMPTIONS, 'zh');
		expect(sheet.rows.slice(1)).toEqual([
			['乙市', '达标率', 'compound', 0.05, null, null, null],
			['丙市', '达标率', 'linear', 1, null, null, null]
		]);
	});
});
