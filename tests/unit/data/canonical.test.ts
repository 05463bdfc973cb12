import { describe, expect, it } from 'vitest';
import { parseRows } from '../../../src/lib/data/csvParse.ts';
import { recordsFromRows, writeCanonical } from '../../../src/lib/data/canonical.ts';
import { readRecords } from '../../../src/lib/data/import/read.ts';
import type { Dataset } from '../../../src/lib/data/model.ts';

const base: Dataset = {
	sources: [{ id: 'doc-a', kind: 'seed', title: '《某规划》' }],
	regions: [
		{
			id: 'chongqing',
			zh: '重庆市',
			en: 'Chongqing',
			aliases: ['重庆', '重慶市'],
			level: 'province',
			parent: 'national'
		},
		{ id: 'national', zh: '全国', en: 'China', aliases: ['China', 'CHN'], level: 'national' }
	],
	indicators: [
		{
			id: 'ger-he',
			zh: '高等教育毛入学率',
			en: 'GER, higher education',
			aliases: [],
			unit: '%',
			direction: 'up'
		},
		{ id: 'myopia', zh: '近视率', en: 'Myopia rate', aliases: [], unit: '%', direction: 'down' }
	],
	observations: [],
	targets: []
};

function read(csv: string) {
	const { records, headers } = recordsFromRows(parseRows(csv));
	return readRecords(records, base, { sourceKind: 'import', headers });
}

describe('reading canonical rows', () => {
	it('reads Chinese headers, resolves aliases and keeps provenance', () => {
		const r = read(
			'地区,指标,年份,数值,单位,类型,来源,章节,原文\n' +
				'重慶市,高等教育毛入学率,2024,63.5%,%,实际值,doc-a,（三）,高等教育毛入学率63.5%\n'
		);
		expect(r.issues).toEqual([]);
		expect(r.addition.regions).toEqual([]);
		expect(r.addition.observations).toEqual([
			{
				region: 'chongqing',
				indicator: 'ger-he',
				year: 2024,
				value: 63.5,
				provenance: [{ source: 'doc-a', section: '（三）', excerpt: '高等教育毛入学率63.5%' }]
			}
		]);
	});

	it('defaults the comparator by direction and reads ranges and rate targets', () => {
		const r = read(
			'region,indicator,year,value,unit,kind,comparator,value_max\n' +
				'全国,近视率,2030,50,%,target,,\n' +
				'全国,近视率,,-1,个百分点,target,rate<=,\n' +
				'全国,高等教育毛入学率,2035,30,%,target,range,50\n'
		);
		expect(r.issues).toEqual([]);
		expect(
			r.addition.targets.map((t) => [t.comparator, t.year, t.value, t.valueMax, t.unit])
		).toEqual([
			['<=', 2030, 50, null, undefined], // a down indicator's default comparator is <=
			['rate<=', null, -1, null, '个百分点'],
			['range', 2035, 30, 50, undefined]
		]);
	});

	it('reports every bad row, with line, column and value, and keeps the good ones', () => {
		const r = read(
			'region,indicator,year,value\n' +
				'全国,高等教育毛入学率,2020,54.4\n' +
				'全国,高等教育毛入学率,20x1,55\n' +
				',高等教育毛入学率,2021,57.8\n' +
				'全国,高等教育毛入学率,2022,abc\n'
		);
		expect(r.rowsRead).toBe(4);
		expect(r.rowsAccepted).toBe(1);
		const errors = r.issues.filter((i) => i.severity === 'error');
		expect(errors.map((i) => [i.row, i.column, i.value])).toEqual([
			[3, 'year', '20x1'],
			[4, 'region', ''],
			[5, 'value', 'abc']
		]);
		expect(errors.every((i) => i.message.zh.length > 0 && i.message.en.length > 0)).toBe(true);
	});

	it('creates new regions and indicators with a guessed level and the parent given', () => {
		const r = read('地区,指标,年份,数值,单位,上级地区\n南岸区,学前教育普及率,2021,97,%,重庆市\n');
		expect(r.addition.regions).toEqual([
			{
				id: '南岸区',
				zh: '南岸区',
				en: '南岸区',
				aliases: [],
				level: 'district',
				parent: 'chongqing'
			}
		]);
		expect(r.addition.indicators[0]).toMatchObject({
			zh: '学前教育普及率',
			unit: '%',
			direction: 'up'
		});
	});

	it('rejects a range target without an upper end and a range upside down', () => {
		const r = read(
			'region,indicator,year,value,kind,comparator,value_max\n全国,高等教育毛入学率,2030,50,target,range,\n全国,高等教育毛入学率,2030,50,target,range,40\n'
		);
		expect(r.rowsAccepted).toBe(0);
		expect(r.issues.map((i) => [i.row, i.column])).toEqual([
			[2, 'value_max'],
			[3, 'value_max']
		]);
	});
});

describe('writing canonical CSV', () => {
	it('writes multiple provenances in parallel cells and reads them back', () => {
		const dataset: Dataset = {
			...base,
			sources: [...base.sources, { id: 'doc-b', kind: 'seed', title: '《某規劃》' }],
			targets: [
				{
					region: 'chongqing',
					indicator: 'ger-he',
					year: 2035,
					value: 70,
					valueMax: null,
					comparator: '>=',
					provenance: [
						{ source: 'doc-a', section: '一、', excerpt: '达到70%' },
						{ source: 'doc-b', excerpt: '達到70%' }
					],
					note: 'a, "quoted" note'
				}
			]
		};
		const csv = writeCanonical(dataset);
		expect(csv.split('\n')[1]).toContain('doc-a | doc-b');
		const { records, headers } = recordsFromRows(parseRows(csv));
		const back = readRecords(
			records,
			{ ...dataset, targets: [] },
			{ sourceKind: 'import', headers }
		);
		expect(back.addition.targets).toEqual(dataset.targets);
	});
});
