/** Lists of figures: 分别 pairing, 各 (each), and plain 、-separated lists with their own nouns. */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/lib/domain/extract/index.ts';
import { at } from './helpers.ts';

describe('lists', () => {
	it('pairs A、B和C分别达到x、y和z one to one', () => {
		const text = '到2028年，普惠率、公办率和巩固率分别达到90%、55%和99%。';
		const found = extractFigures(text);
		expect(found.map((c) => [c.indicatorPhrase, c.value, c.comparator, c.year])).toEqual([
			['普惠率', 90, '>=', 2028],
			['公办率', 55, '>=', 2028],
			['巩固率', 99, '>=', 2028]
		]);
		expect(found.map((c) => at(text, c.valueSpan))).toEqual(['90%', '55%', '99%']);
		// The whole list is the evidence for each of its figures.
		expect(found.map((c) => at(text, c.span))).toEqual(
			Array(3).fill('普惠率、公办率和巩固率分别达到90%、55%和99%')
		);
	});

	it('gives short list heads the shared tail (博士、硕士学位授权点)', () => {
		const found = extractFigures('到2028年，博士、硕士学位授权点分别达到12个、40个。');
		expect(found.map((c) => [c.indicatorPhrase, c.value, c.unit])).toEqual([
			['博士学位授权点', 12, '个'],
			['硕士学位授权点', 40, '个']
		]);
	});

	it('reads 各 as one figure for each thing named', () => {
		const text = '到2028年，与高校合建教师发展中心和实训基地各5个。';
		const found = extractFigures(text);
		expect(found.map((c) => [c.indicatorPhrase, c.value, c.unit, at(text, c.valueSpan)])).toEqual([
			['教师发展中心', 5, '个', '5个'],
			['实训基地', 5, '个', '5个']
		]);
	});

	it('gives each item of a 、 list its own noun', () => {
		const text = '近三年新增篮球场56块、排球场23块、游泳馆4个。';
		const found = extractFigures(text);
		expect(found.map((c) => [c.indicatorPhrase, c.value, c.unit, c.kind])).toEqual([
			['篮球场', 56, '块', 'actual'],
			['排球场', 23, '块', 'actual'],
			['游泳馆', 4, '个', 'actual']
		]);
		expect(found.map((c) => at(text, c.valueSpan))).toEqual(['56块', '23块', '4个']);
	});

	it('names counted people by the noun before them', () => {
		const found = extractFigures('到2025年，培养省级名师15名、市级名师80名。');
		expect(found.map((c) => [c.indicatorPhrase, c.value, c.unit, c.comparator])).toEqual([
			['省级名师', 15, '名', '>='],
			['市级名师', 80, '名', '>=']
		]);
	});

	it('gives a bracketed figure after another the same indicator', () => {
		const found = extractFigures('到2025年，中职学校“双师型”教师占专业教师比例达到70%(全市55%)。');
		expect(found.map((c) => [c.indicatorPhrase, c.value])).toEqual([
			['中职学校“双师型”教师占专业教师比例', 70],
			['中职学校“双师型”教师占专业教师比例', 55]
		]);
	});
});

describe('lists with a year of their own, and words left over', () => {
	it('pairs four indicators with four values, the bound after the last', () => {
		const text =
			'某省教育规划纲要（2012—2022年）\n2022年，学前一年毛入园率、小学巩固率、初中巩固率和高中阶段毛入学率分别达到97%、99%、98%、92%以上。';
		expect(
			extractFigures(text).map((c) => [c.indicatorPhrase, c.value, c.comparator, c.kind, c.year])
		).toEqual([
			['学前一年毛入园率', 97, '>=', 'target', 2022],
			['小学巩固率', 99, '>=', 'target', 2022],
			['初中巩固率', 98, '>=', 'target', 2022],
			['高中阶段毛入学率', 92, '>=', 'target', 2022]
		]);
	});

	it('pairs a list whose year comes after it', () => {
		const text = '巩固率、普惠率2026年分别达到97%和91%。';
		expect(
			extractFigures(text, { documentYear: 2024 }).map((c) => [
				c.indicatorPhrase,
				c.value,
				c.year,
				c.kind
			])
		).toEqual([
			['巩固率', 97, 2026, 'target'],
			['普惠率', 91, 2026, 'target']
		]);
	});

	it('makes no indicator of the words left over from the figure before', () => {
		const text = '到2028年，市级示范幼儿园达到12所左右、区级示范幼儿园达到20所。';
		expect(extractFigures(text).map((c) => [c.indicatorPhrase, c.value, c.approximate])).toEqual([
			['市级示范幼儿园', 12, true],
			['区级示范幼儿园', 20, false]
		]);
	});

	it('names no indicator rather than a fragment', () => {
		const found = extractFigures('到2028年，达到了、的95%。');
		expect(found.map((c) => [c.indicatorPhrase, c.value])).toEqual([['', 95]]);
	});
});
