/** Delimiters, line endings, line numbers, preamble and footer. */
import { describe, expect, it } from 'vitest';
import {
	detectDelimiter,
	detectLineEnding,
	importText,
	parseTable
} from '../../../src/lib/data/import/index.ts';
import { findLayout } from '../../../src/lib/data/import/layout.ts';
import { BASE } from './base.ts';

describe('parseTable', () => {
	it('detects comma, tab and semicolon, also when numbers hold commas', () => {
		expect(detectDelimiter('a,b,c\n1,2,3\n')).toBe(',');
		expect(
			detectDelimiter('地区\t指标\t数值\n重庆市\t在校生\t"1,234"\n四川省\t在校生\t"2,345"\n')
		).toBe('\t');
		expect(detectDelimiter('region;2019;2020\nA;93,1;94,2\nB;90,0;91,5\n')).toBe(';');
	});

	it('detects LF, CRLF and CR line endings', () => {
		expect(detectLineEnding('a,b\nc,d\n')).toBe('lf');
		expect(detectLineEnding('a,b\r\nc,d\r\n')).toBe('crlf');
		expect(detectLineEnding('a,b\rc,d\r')).toBe('cr');
		expect(detectLineEnding('"x\ry",b\nc,d\n')).toBe('lf');
	});

	it('numbers rows by the line they start on, across quoted line breaks', () => {
		const t = parseTable('h1,h2\r\n"a\r\nb",1\r\n\r\nc,2\r\n');
		expect(t.rows).toEqual([['h1', 'h2'], ['a\r\nb', '1'], [''], ['c', '2']]);
		expect(t.lines).toEqual([1, 2, 4, 5]);
	});

	it('reports progress up to 1', () => {
		const seen: number[] = [];
		parseTable('a,b\n'.repeat(300_000), { onProgress: (f) => seen.push(f) });
		expect(seen.length).toBeGreaterThan(1);
		expect(seen.at(-1)).toBe(1);
	});

	it('warns about unbalanced quotes at the line where they start', () => {
		const t = parseTable('a,b\n1,2\n3,"4\n');
		expect(t.issues.map((i) => [i.row, i.severity])).toEqual([[3, 'warning']]);
	});
});

describe('findLayout', () => {
	it('finds a WDI preamble, and footers after blank lines', () => {
		const text =
			'"Data Source","World Development Indicators",\n\n"Last Updated Date","2024-12-16",\n\n"Country Name","Country Code","2020","2021",\n"China","CHN","58.4","63.6",\n\nData from database: WDI\nLast Updated: 12/16/2024\n';
		const layout = findLayout(parseTable(text));
		expect(layout).toMatchObject({ header: 4, end: 6, preambleLines: 4, footerLines: 3 });
		expect(layout.meta.entries.get('lastupdateddate')).toBe('2024-12-16');
	});

	it('keeps a data row whose values are all missing', () => {
		const layout = findLayout(parseTable('地区,2021,2022\n重庆市,95.5,95.8\n四川省,,\n'));
		expect(layout.end).toBe(3);
	});

	it('refuses a file without a row of two columns', () => {
		expect(() => findLayout(parseTable('just a title\nand a line\n'))).toThrow(/header/);
	});
});

describe('shape detection in odd corners', () => {
	it('reads a wide table whose label column has no known header, by its values', () => {
		const r = importText(
			'项目,2021年,2022年\n高等教育毛入学率(%),55.3,57.5\n普通高等学校数(所),69,70\n',
			BASE,
			{ defaults: { region: '重庆市' } }
		);
		expect(r.shape).toBe('wide');
		expect(r.figures).toBe(4);
		expect(r.addition.observations.map((o) => [o.region, o.indicator])).toContainEqual([
			'cq',
			'hei_count'
		]);
	});

	it('reads a long table without region column, the region supplied by the caller', () => {
		const r = importText('年份,数值\n2021,55.3\n2022,57.5\n', BASE, {
			defaults: { region: 'Chongqing', indicator: 'ger_higher' }
		});
		expect(r.shape).toBe('canonical');
		expect(r.addition.observations.map((o) => [o.region, o.indicator, o.year, o.value])).toEqual([
			['cq', 'ger_higher', 2021, 55.3],
			['cq', 'ger_higher', 2022, 57.5]
		]);
	});

	it('takes the whole country for 国家数据 年度数据 files without a region column', () => {
		const r = importText(
			'数据库：年度数据\n指标,2023年,2022年\n普通高等学校数(所),3074,3013\n',
			BASE
		);
		expect(r.shape).toBe('nbs');
		expect(r.addition.observations.map((o) => [o.region, o.indicator, o.year, o.value])).toEqual([
			['CN', 'hei_count', 2023, 3074],
			['CN', 'hei_count', 2022, 3013]
		]);
	});

	it('rejects transposed rows whose first cell is not a year, and says which', () => {
		const r = importText('年份,重庆市,四川省\n2021,55.3,49.1\n合计,1,2\n2022,57.5,52.4\n', BASE, {
			defaults: { indicator: 'ger_higher' }
		});
		expect(r.shape).toBe('transposed');
		expect(r.figures).toBe(4);
		expect(r.issues.filter((i) => i.severity === 'error').map((i) => [i.row, i.value])).toEqual([
			[3, '合计']
		]);
	});

	it('applies a default unit to a file that states none, and reports progress to 1', () => {
		const progress: number[] = [];
		const r = importText('地区,指标,年份,数值\n重庆市,在校生人数,2022,2.5万\n', BASE, {
			defaults: { unit: '万人' },
			onProgress: (f) => progress.push(f)
		});
		// 2.5万 in a 万人 column stays 2.5 (the unit carries the 万).
		expect(r.addition.indicators[0]?.unit).toBe('万人');
		expect(r.addition.observations[0]?.value).toBe(2.5);
		expect(progress[0]).toBe(0);
		expect(progress.at(-1)).toBe(1);
		expect([...progress].sort((a, b) => a - b)).toEqual(progress);
	});

	it('warns once about a value given twice with different numbers', () => {
		const r = importText(
			'地区,指标,年份,数值\n重庆市,高等教育毛入学率,2022,57.5\n重庆市,高等教育毛入学率,2022,57.9\n',
			BASE
		);
		expect(r.issues.map((i) => [i.row, i.severity])).toEqual([[3, 'warning']]);
	});
});
