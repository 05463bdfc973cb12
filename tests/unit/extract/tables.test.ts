/**
 * Tables of indicators as plans print them: tab-, bar- or space-separated rows and one cell per
 * line, baseline and target columns with their years (in the header, in a note, or from the plan
 * period), units in a column or in brackets, a category column, bounds in the cells, a target
 * below its baseline, a yearly change, a missing cell. Tables written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/lib/domain/extract/index.ts';
import { at } from './helpers.ts';

const row = (text: string) =>
	extractFigures(text).map((c) => [
		c.indicatorPhrase,
		c.value,
		c.unit,
		c.kind,
		c.year,
		c.comparator,
		c.approximate
	]);

describe('a delimited table', () => {
	it('reads baseline and target columns, with the years of their headers', () => {
		const text = [
			'某县“十四五”教育规划',
			'指标\t单位\t2020年现状\t2025年目标\t属性',
			'学前教育毛入园率\t%\t88.5\t95以上\t预期性',
			'小学生均校舍面积\t平方米\t6.1\t7\t约束性'
		].join('\n');
		expect(row(text)).toEqual([
			['学前教育毛入园率', 88.5, '%', 'actual', 2020, null, false],
			['学前教育毛入园率', 95, '%', 'target', 2025, '>=', false],
			['小学生均校舍面积', 6.1, '平方米', 'actual', 2020, null, false],
			['小学生均校舍面积', 7, '平方米', 'target', 2025, '>=', false]
		]);
		const found = extractFigures(text);
		expect(at(text, found[1]!.valueSpan)).toBe('95以上');
		expect(at(text, found[1]!.span)).toBe('学前教育毛入园率\t%\t88.5\t95以上\t预期性');
	});

	it('reads bars and runs of spaces, units in brackets, and bounds written in the cells', () => {
		const text = [
			'指标名称 | 2022年 | 2027年',
			'中小学大班额比例（%） | 3.4 | 0',
			'高中阶段毛入学率（%） | 96.2 | ≥98',
			'义务教育巩固率(%) | 97 | 98左右',
			'',
			'指标      基期值    目标值',
			'生师比    14.8      ≤13.5'
		].join('\n');
		expect(row(text)).toEqual([
			['中小学大班额比例', 3.4, '%', 'actual', 2022, null, false],
			// Below its baseline: the plan wants it lower.
			['中小学大班额比例', 0, '%', 'target', 2027, '<=', false],
			['高中阶段毛入学率', 96.2, '%', 'actual', 2022, null, false],
			['高中阶段毛入学率', 98, '%', 'target', 2027, '>=', false],
			['义务教育巩固率', 97, '%', 'actual', 2022, null, false],
			['义务教育巩固率', 98, '%', 'target', 2027, '>=', true],
			// No years anywhere, and no plan period: the years stay unknown.
			['生师比', 14.8, '', 'actual', null, null, false],
			['生师比', 13.5, '', 'target', null, '<=', false]
		]);
	});

	it('reads a yearly change and skips a missing cell', () => {
		const text = [
			'某市教育规划（2021—2025年）',
			'指标\t单位\t基期值\t目标值',
			'儿童青少年近视率\t%\t52\t每年降低0.5个百分点',
			'特殊教育学校数\t所\t—\t6'
		].join('\n');
		// Base and target years from the plan period: the year before it begins, its last year.
		expect(row(text)).toEqual([
			['儿童青少年近视率', 52, '%', 'actual', 2020, null, false],
			['儿童青少年近视率', -0.5, '个百分点', 'target', 2025, 'rate<=', false],
			['特殊教育学校数', 6, '所', 'target', 2025, '>=', false]
		]);
	});
});

describe('a table one cell per line', () => {
	it('reads rows with a category filled on the first row of a group, years from the note', () => {
		const text = [
			'表2 主要发展指标',
			'类别',
			'指标',
			'单位',
			'基期值',
			'目标值',
			'属性',
			'基础教育',
			'普惠性幼儿园覆盖率',
			'%',
			'83',
			'90',
			'约束性',
			'县域高中在校生',
			'万人',
			'2.4',
			'2.9',
			'预期性',
			'职业教育',
			'“双师型”教师占比',
			'%',
			'55',
			'65',
			'预期性',
			'注：基期值为2022年数据，目标值为2027年数据。'
		].join('\n');
		expect(row(text)).toEqual([
			['普惠性幼儿园覆盖率', 83, '%', 'actual', 2022, null, false],
			['普惠性幼儿园覆盖率', 90, '%', 'target', 2027, '>=', false],
			['县域高中在校生', 2.4, '万人', 'actual', 2022, null, false],
			['县域高中在校生', 2.9, '万人', 'target', 2027, '>=', false],
			['“双师型”教师占比', 55, '%', 'actual', 2022, null, false],
			['“双师型”教师占比', 65, '%', 'target', 2027, '>=', false]
		]);
	});

	it('does not take a heading that names indicators for a table', () => {
		const text = '三、主要指标\n到2027年，学前教育毛入园率达到96%。';
		expect(row(text)).toEqual([['学前教育毛入园率', 96, '%', 'target', 2027, '>=', false]]);
	});
});
