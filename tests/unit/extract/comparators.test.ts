/**
 * Each comparator word, range form and rate target, in sentences written for these tests in the
 * style of a district plan. Every sentence opens with 到2028年, so each figure is a 2028 target.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/lib/domain/extract/index.ts';
import { at, gist, only } from './helpers.ts';

const cases: [string, string, number, number | null, string, string][] = [
	// sentence, indicator, value, valueMax, unit, comparator
	['到2028年，学前教育普惠率达到93%。', '学前教育普惠率', 93, null, '%', '>='],
	['到2028年，县域高中优质资源覆盖率超过75%。', '县域高中优质资源覆盖率', 75, null, '%', '>'],
	['到2028年，本科毕业生留本地就业比例高于55%。', '本科毕业生留本地就业比例', 55, null, '%', '>'],
	[
		'到2028年，乡村学校教师本科学历比例不低于85%。',
		'乡村学校教师本科学历比例',
		85,
		null,
		'%',
		'>='
	],
	['到2028年，残疾儿童义务教育入学率达到96%以上。', '残疾儿童义务教育入学率', 96, null, '%', '>='],
	['到2028年，小学巩固率保持100%。', '小学巩固率', 100, null, '%', '>='],
	['到2028年，体育课开课率稳定在98%以上。', '体育课开课率', 98, null, '%', '>='],
	['到2028年，每所中学至少配备3名心理教师。', '心理教师', 3, null, '名', '>='],
	['到2028年，中小学大班额比例控制在2%以内。', '中小学大班额比例', 2, null, '%', '<='],
	['到2028年，校外培训机构数量不超过150家。', '校外培训机构数量', 150, null, '家', '<='],
	['到2028年，初中学生近视率在50%以下。', '初中学生近视率', 50, null, '%', '<='],
	['到2028年，学生肥胖率低于8%。', '学生肥胖率', 8, null, '%', '<'],
	['到2028年，新建公办幼儿园8—12所。', '公办幼儿园', 8, 12, '所', 'range'],
	['到2028年，培育市级特色学校6-10个。', '市级特色学校', 6, 10, '个', 'range'],
	['到2028年，建成劳动实践基地15至20个。', '劳动实践基地', 15, 20, '个', 'range'],
	['到2028年，儿童近视率每年降低0.8个百分点。', '儿童近视率', -0.8, null, '个百分点', 'rate<='],
	[
		'到2028年，学前教育毛入园率每年提高1个百分点。',
		'学前教育毛入园率',
		1,
		null,
		'个百分点',
		'rate>='
	]
];

describe('comparators, ranges and rates', () => {
	it.each(cases)('%s', (sentence, indicator, value, valueMax, unit, comparator) => {
		const c = only(sentence);
		expect(gist(c)).toEqual({
			indicator,
			value,
			valueMax,
			unit,
			comparator,
			kind: 'target',
			year: 2028
		});
		expect(c.approximate).toBe(false);
		expect(c.soft).toBe(false);
		// The evidence is the clause after the year; the value span the number with its unit.
		expect(at(sentence, c.span)).toBe(sentence.slice('到2028年，'.length, -1));
		if (valueMax === null) expect(at(sentence, c.valueSpan)).toBe(`${Math.abs(value)}${unit}`);
	});

	it('reads the range forms exactly', () => {
		const text =
			'到2028年，新建公办幼儿园8—12所，培育市级特色学校6-10个，建成劳动实践基地15至20个。';
		const spans = ['8—12所', '6-10个', '15至20个'];
		expect(extractFigures(text).map((c) => at(text, c.valueSpan))).toEqual(spans);
	});

	it('marks 力争 as a soft target, still >=, with lower confidence', () => {
		const soft = only('力争到2028年，高等教育毛入学率达到62%。');
		const firm = only('到2028年，高等教育毛入学率达到62%。');
		expect(gist(soft)).toEqual(gist(firm));
		expect(soft.comparator).toBe('>=');
		expect(soft.soft).toBe(true);
		expect(soft.confidence).toBeLessThan(firm.confidence);
	});

	it.each([
		['到2028年，高中阶段教育毛入学率达到97%左右。', 97, '%'],
		['到2028年，教师年人均培训时长约90小时。', 90, '小时']
	])('flags 左右 / 约 as approximate: %s', (sentence, value, unit) => {
		const c = only(sentence);
		expect([c.value, c.unit, c.comparator, c.approximate]).toEqual([value, unit, '>=', true]);
	});
});

describe('more comparator words', () => {
	it.each([
		['到2028年，初中辍学率下降到0.6%。', 0.6, '<=', false],
		['到2028年，中小学近视率降低至45%。', 45, '<=', false],
		['到2028年，大班额比例压缩至3%以内。', 3, '<=', false],
		['到2028年，义务教育巩固率保持在97%以上。', 97, '>=', false],
		['到2028年，普惠率稳定在90%左右。', 90, '>=', true],
		['到2028年，生均校舍面积提高至8平方米。', 8, '>=', false]
	])('%s', (sentence, value, comparator, approximate) => {
		const c = only(sentence);
		expect([c.value, c.comparator, c.approximate, c.kind, c.year]).toEqual([
			value,
			comparator,
			approximate,
			'target',
			2028
		]);
	});

	it('keeps a yearly change a rate when a bound follows it (每年下降…以上)', () => {
		const c = only('到2028年，小学生近视率每年下降0.7个百分点以上。');
		expect([c.value, c.unit, c.comparator]).toEqual([-0.7, '个百分点', 'rate<=']);
		const up = only('到2028年，高中阶段毛入学率年均提高0.4个百分点。');
		expect([up.value, up.comparator]).toEqual([0.4, 'rate>=']);
	});
});
