/**
 * Which year a figure is for: deadlines (到2027年, 2025年底前, 至2026年), reported years,
 * relative years (未来五年, 近三年, 十四五以来), a year carried from the start of a sentence or of
 * a paragraph over the figures after it, and baselines that are not the figure's year.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/lib/domain/extract/index.ts';
import { at, gist, only } from './helpers.ts';

describe('target years', () => {
	it('carries 到2027年 over every clause of its sentence', () => {
		const found = extractFigures(
			'到2027年，全区学前教育普及率达到98%，普惠率超过92%，公办率不低于60%。'
		);
		expect(found.map(gist)).toEqual([
			{
				indicator: '学前教育普及率',
				value: 98,
				valueMax: null,
				unit: '%',
				comparator: '>=',
				kind: 'target',
				year: 2027
			},
			{
				indicator: '普惠率',
				value: 92,
				valueMax: null,
				unit: '%',
				comparator: '>',
				kind: 'target',
				year: 2027
			},
			{
				indicator: '公办率',
				value: 60,
				valueMax: null,
				unit: '%',
				comparator: '>=',
				kind: 'target',
				year: 2027
			}
		]);
	});

	it('carries a 到2027年 paragraph over the dashed paragraphs after it, up to the next heading', () => {
		const text = [
			'（二）主要目标',
			'到2027年，基本形成高质量教育体系。',
			'——学前教育毛入园率达到96%。',
			'——高等教育毛入学率超过65%。',
			'三、重点任务',
			'（一）扩充资源。新建学校20所。'
		].join('\n');
		const found = extractFigures(text);
		expect(found.map((c) => [c.value, c.year, c.section])).toEqual([
			[96, 2027, '（二）主要目标'],
			[65, 2027, '（二）主要目标'],
			[20, null, '（一）扩充资源']
		]);
		expect(at(text, found[0]!.span)).toBe('学前教育毛入园率达到96%');
		expect(found[0]!.indicatorPhrase).toBe('学前教育毛入园率');
	});

	it('reads 2025年底前 as a deadline', () => {
		const c = only('2025年底前，各乡镇至少建成1所标准化寄宿制学校。');
		expect(gist(c)).toEqual({
			indicator: '标准化寄宿制学校',
			value: 1,
			valueMax: null,
			unit: '所',
			comparator: '>=',
			kind: 'target',
			year: 2025
		});
	});

	it('reads 至2026年 as a deadline', () => {
		const c = only('至2026年，中小学校长职级制改革覆盖率达到100%。');
		expect([c.year, c.kind, c.value, c.indicatorPhrase]).toEqual([
			2026,
			'target',
			100,
			'中小学校长职级制改革覆盖率'
		]);
	});

	it('finds a year placed after the indicator', () => {
		const c = only('学生体质健康优良率到2026年达到55%以上。');
		expect(gist(c)).toEqual({
			indicator: '学生体质健康优良率',
			value: 55,
			valueMax: null,
			unit: '%',
			comparator: '>=',
			kind: 'target',
			year: 2026
		});
	});

	it('reads 十四五末 as 2025 and says it was relative', () => {
		const c = only('十四五末，学前教育毛入园率达到92%。');
		expect([c.year, c.yearRelative, c.kind]).toEqual([2025, '十四五末', 'target']);
	});
});

describe('relative years', () => {
	it('counts 未来五年 from the document year when it is known, and says so', () => {
		// Five years on from a document of 2023: 2028.
		const known = only('未来五年新建公办幼儿园16所。', { documentYear: 2023 });
		expect([
			known.year,
			known.yearRelative,
			known.kind,
			known.value,
			known.indicatorPhrase
		]).toEqual([2028, '未来五年', 'target', 16, '公办幼儿园']);
		const unknown = only('未来五年新建公办幼儿园16所。');
		expect([unknown.year, unknown.yearRelative]).toEqual([null, '未来五年']);
	});

	it('reads 十四五以来 and 近三年 as reported figures', () => {
		const since = only('“十四五”以来，累计新增公办学位3.6万个。');
		expect([since.kind, since.year, since.yearRelative, since.value, since.unit]).toEqual([
			'actual',
			null,
			'“十四五”以来',
			3.6,
			'万个'
		]);
		// The last three years of a document of 2025 end with 2024, the last complete year.
		const recent = only('近三年，全县招聘音乐美术教师126名。', { documentYear: 2025 });
		expect([recent.kind, recent.year, recent.yearRelative]).toEqual(['actual', 2024, '近三年']);
	});
});

describe('reported years', () => {
	it('reads a past year as a reported figure, and a baseline year as no year of its own', () => {
		const found = extractFigures('2024年，职业院校毕业生就业率为93.5%，较2020年提高2.1个百分点。', {
			documentYear: 2025
		});
		expect(found.map(gist)).toEqual([
			{
				indicator: '职业院校毕业生就业率',
				value: 93.5,
				valueMax: null,
				unit: '%',
				comparator: null,
				kind: 'actual',
				year: 2024
			},
			{
				indicator: '职业院校毕业生就业率',
				value: 2.1,
				valueMax: null,
				unit: '个百分点',
				comparator: null,
				kind: 'actual',
				year: 2024
			}
		]);
	});

	it('reads 截至2024年底 as a reported figure', () => {
		const c = only('截至2024年底，全区已建成智慧校园45所。');
		expect([c.kind, c.year, c.value, c.unit, c.indicatorPhrase]).toEqual([
			'actual',
			2024,
			45,
			'所',
			'智慧校园'
		]);
	});
});
