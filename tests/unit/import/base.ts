/**
 * A small loaded dataset the import tests read against (test data, not statistics): a few
 * regions with aliases, indicators with units, one seed figure and one reference figure that
 * fixtures conflict with.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DatasetSchema, type Dataset } from '../../../src/lib/data/model.ts';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/import/', import.meta.url));

/** A fixture's bytes. */
export function fixture(name: string): Uint8Array<ArrayBuffer> {
	// A copy into a fresh ArrayBuffer (what File and Blob take).
	return new Uint8Array(readFileSync(FIXTURES + name)) as Uint8Array<ArrayBuffer>;
}

export const BASE: Dataset = DatasetSchema.parse({
	sources: [
		{ id: 'seed:plan', kind: 'seed', title: '示例规划文件（测试）' },
		{ id: 'ref:bulletin', kind: 'reference', title: '示例统计公报（测试）' }
	],
	regions: [
		{ id: 'CN', zh: '全国', en: 'National', aliases: ['中国'], level: 'national' },
		{ id: 'cq', zh: '重庆市', en: 'Chongqing', aliases: ['重慶市', '渝'], level: 'province' },
		{ id: 'sc', zh: '四川省', en: 'Sichuan', aliases: [], level: 'province' },
		{ id: 'zj', zh: '浙江省', en: 'Zhejiang', aliases: [], level: 'province' },
		{ id: 'fj', zh: '福建省', en: 'Fujian', aliases: [], level: 'province' },
		{ id: 'nanan', zh: '南岸区', en: "Nan'an", aliases: [], level: 'district', parent: 'cq' }
	],
	indicators: [
		{
			id: 'ger_higher',
			zh: '高等教育毛入学率',
			en: 'Gross enrolment ratio, higher education',
			aliases: ['SE.TER.ENRR'],
			unit: '%',
			direction: 'up',
			lowerBound: 0,
			upperBound: 100
		},
		{
			id: 'ger_preschool',
			zh: '学前教育毛入园率',
			en: 'Gross enrolment ratio, pre-school',
			aliases: [],
			unit: '%',
			direction: 'up'
		},
		{
			id: 'retention_9y',
			zh: '九年义务教育巩固率',
			en: 'Nine-year compulsory education retention rate',
			aliases: [],
			unit: '%',
			direction: 'up'
		},
		{
			id: 'hei_count',
			zh: '普通高等学校数',
			en: 'Regular higher education institutions',
			aliases: [],
			unit: '所',
			direction: 'up'
		},
		{
			id: 'years_schooling',
			zh: '劳动年龄人口平均受教育年限',
			en: 'Average years of schooling, working-age population',
			aliases: [],
			unit: '年',
			direction: 'up'
		}
	],
	observations: [
		{
			region: 'cq',
			indicator: 'ger_higher',
			year: 2020,
			value: 50,
			provenance: [{ source: 'seed:plan' }]
		},
		{
			region: 'CN',
			indicator: 'ger_higher',
			year: 2020,
			value: 54.4,
			provenance: [{ source: 'ref:bulletin' }]
		}
	],
	targets: [
		{
			region: 'cq',
			indicator: 'ger_higher',
			year: 2035,
			comparator: '>=',
			value: 70,
			valueMax: null,
			provenance: [{ source: 'seed:plan' }]
		}
	]
});
