/** Target or reported, region from the document and its part titles, and the nearest heading. */
import { describe, expect, it } from 'vitest';
import { extractFigures, readDocument } from '../../../src/lib/domain/extract/index.ts';
import { leadingPlace } from '../../../src/lib/domain/extract/read.ts';
import { only } from './helpers.ts';

describe('target or reported', () => {
	it.each([
		['到2027年，中小学心理健康教师配备率达到100%。', 'target'],
		['确保义务教育学校标准化建设达标率达到100%。', 'target'],
		['2025年底前，实现乡镇公办中心幼儿园覆盖率100%。', 'target'],
		['截至2024年底，全区已建成智慧校园45所。', 'actual'],
		['“十四五”以来，累计建成公办幼儿园32所。', 'actual'],
		['2023年，全区普惠性幼儿园覆盖率为91.2%。', 'actual']
	])('%s → %s', (text, kind) => {
		expect(only(text, { documentYear: 2024 }).kind).toBe(kind);
	});

	it('reads a change against an earlier year as reported, on the same indicator', () => {
		const found = extractFigures(
			'2023年，全市普惠性幼儿园覆盖率为91.2%，比2022年提高1.5个百分点。'
		);
		expect(found.map((c) => [c.indicatorPhrase, c.value, c.unit, c.kind, c.year])).toEqual([
			['普惠性幼儿园覆盖率', 91.2, '%', 'actual', 2023],
			['普惠性幼儿园覆盖率', 1.5, '个百分点', 'actual', 2023]
		]);
	});
});

describe('region and section', () => {
	it('uses the default region, and the region a part title names for the paragraphs after it', () => {
		const text = [
			'教育工作会议交流材料',
			'第一篇：立德树人——浙江省教育厅',
			'一是加强思政课。2024年，全省新增思政课特级教师36名。',
			'第二篇：五育并举——赣州市教育局',
			'近三年，全市新建学校运动场84块。'
		].join('\n');
		const found = extractFigures(text, { defaultRegion: '全国' });
		expect(found.map((c) => [c.value, c.unit, c.region, c.kind, c.section])).toEqual([
			[36, '名', '浙江省', 'actual', '第一篇：立德树人——浙江省教育厅'],
			[84, '块', '赣州市', 'actual', '第二篇：五育并举——赣州市教育局']
		]);
		expect(only('到2027年，公办率达到55%。', { defaultRegion: '南岸区' }).region).toBe('南岸区');
		expect(only('到2027年，公办率达到55%。').region).toBeNull();
	});

	it('names the nearest heading as the section', () => {
		const text =
			'一、总体目标\n（一）发展目标\n到2027年，学前教育毛入园率达到95%。\n二、主要任务\n3.扩充资源。新建学校6所。';
		expect(extractFigures(text).map((c) => c.section)).toEqual(['（一）发展目标', '3.扩充资源']);
	});
});

describe('a place named at the head of a statement', () => {
	it('becomes the region of its figure and of the later figures of the sentence', () => {
		const text =
			'到2026年，样例区普惠性幼儿园覆盖率达到92%，公办园在园幼儿占比不低于55%。全区新建幼儿园4所。';
		const found = extractFigures(text);
		expect(found.map((c) => [c.region, c.indicatorPhrase, c.value])).toEqual([
			['样例区', '普惠性幼儿园覆盖率', 92],
			['样例区', '公办园在园幼儿占比', 55],
			[null, '幼儿园', 4]
		]);
	});

	it('does not take level words or common nouns for places', () => {
		for (const phrase of [
			'省级和市级示范校数',
			'全市中小学校覆盖率',
			'中小学学区覆盖率',
			'城区学校占比',
			'市级骨干教师数'
		]) {
			expect(leadingPlace(phrase), phrase).toBeNull();
		}
		expect(leadingPlace('江北区学前教育毛入园率')).toBe('江北区');
	});
});

describe('the region the document names', () => {
	it.each([
		['中共样例市临水区委办公室\n关于推进教育发展的意见\n正文从这里开始，到此为止。', '临水区'],
		['样例省教育厅文件\n样例省“十四五”学前教育规划', '样例省'],
		['市委市政府\n印发《加快建设教育强市规划》', null],
		['浏览量:3\n第一篇：经验交流——样例市教育局', null]
	])('%s → %s', (text, region) => {
		expect(readDocument(text).region).toBe(region);
	});

	it('is the region of the figures that name none, unless the caller says otherwise', () => {
		const text = '样例县人民政府关于发展学前教育的意见\n到2027年，学前教育毛入园率达到92%。';
		expect(extractFigures(text)[0]?.region).toBe('样例县');
		expect(extractFigures(text, { defaultRegion: '南岸区' })[0]?.region).toBe('南岸区');
	});
});
