/** Units, scales and numerals: 亿元, 万元, 万人, 万个, 人, 门, 家, 项, 倍, 小时, and Chinese numerals. */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/lib/domain/extract/index.ts';
import { at } from './helpers.ts';

describe('units', () => {
	it('reads each unit with its number, as written', () => {
		const text =
			'到2028年，教育经费投入达到15.6亿元，生均公用经费达到1.2万元，在校生规模达到3.2万人，' +
			'新增学位2.4万个，专任教师增加到1200人，每名学生至少选修2门校本课程，引进优质民办学校3家，' +
			'建设重点项目8项，生均经费达到2020年的1.5倍，每天体育活动时间不少于2小时。';
		const found = extractFigures(text);
		expect(found.map((c) => [c.indicatorPhrase, c.value, c.unit, c.comparator, c.year])).toEqual([
			['教育经费投入', 15.6, '亿元', '>=', 2028],
			['生均公用经费', 1.2, '万元', '>=', 2028],
			['在校生规模', 3.2, '万人', '>=', 2028],
			['学位', 2.4, '万个', '>=', 2028],
			['专任教师', 1200, '人', '>=', 2028],
			['校本课程', 2, '门', '>=', 2028],
			['优质民办学校', 3, '家', '>=', 2028],
			['重点项目', 8, '项', '>=', 2028],
			['生均经费', 1.5, '倍', '>=', 2028],
			['每天体育活动时间', 2, '小时', '>=', 2028]
		]);
		expect(found.map((c) => at(text, c.valueSpan))).toEqual([
			'15.6亿元',
			'1.2万元',
			'3.2万人',
			'2.4万个',
			'1200人',
			'2门',
			'3家',
			'8项',
			'1.5倍',
			'2小时'
		]);
	});

	it('reads 余 and 近 as approximate', () => {
		const found = extractFigures('2023年，全市培训教师2万余人次，资助学生近1.3万人。', {
			documentYear: 2024
		});
		expect(found.map((c) => [c.value, c.unit, c.kind, c.approximate])).toEqual([
			[2, '万人次', 'actual', true],
			[1.3, '万人', 'actual', true]
		]);
	});
});

describe('Chinese numerals', () => {
	it('reads them in targets', () => {
		const text = '到2030年，每天体育活动时间不少于两小时，建成一百所智慧校园。';
		const found = extractFigures(text);
		expect(found.map((c) => [c.indicatorPhrase, c.value, c.unit, c.comparator])).toEqual([
			['每天体育活动时间', 2, '小时', '>='],
			['智慧校园', 100, '所', '>=']
		]);
		expect(found.map((c) => at(text, c.valueSpan))).toEqual(['两小时', '一百所']);
		expect(found[0]!.confidence).toBeLessThan(0.8);
	});

	it('keeps a large count in words in a report, and leaves a small incidental one out', () => {
		const found = extractFigures('2023年，区教育局聘请百余名专家开展讲座，安排两名干部驻校。');
		expect(found.map((c) => [c.value, c.unit, c.approximate, c.kind, c.year])).toEqual([
			[100, '名', true, 'actual', 2023]
		]);
	});
});

describe('years as a measure', () => {
	it('reads 受教育年限 in years, and not a duration or a year', () => {
		const text =
			'到2030年，劳动年龄人口平均受教育年限达到12.2年，新增劳动力平均受教育年限提高到14年。连续5年举办教育论坛。';
		expect(
			extractFigures(text).map((c) => [c.indicatorPhrase, c.value, c.unit, c.comparator])
		).toEqual([
			['劳动年龄人口平均受教育年限', 12.2, '年', '>='],
			['新增劳动力平均受教育年限', 14, '年', '>=']
		]);
	});

	it('reads a change from one year to another, each with its year', () => {
		const text = '平均受教育年限从2015年的10.1年提高到2025年的11.5年。';
		expect(
			extractFigures(text, { documentYear: 2016 }).map((c) => [c.value, c.kind, c.year])
		).toEqual([
			[10.1, 'actual', 2015],
			[11.5, 'target', 2025]
		]);
	});

	it('reads 万人, 所, 个, 亿元 and 人次 as written', () => {
		const text =
			'到2027年，职业院校在校生达到4.6万人，新建学校9所，建成实训基地12个，投入资金3.5亿元，培训教师6000人次。';
		expect(extractFigures(text).map((c) => `${c.value}${c.unit}`)).toEqual([
			'4.6万人',
			'9所',
			'12个',
			'3.5亿元',
			'6000人次'
		]);
	});
});
