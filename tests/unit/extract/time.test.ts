/**
 * The document's own time, and what it decides: the date (印发 line, date line in figures or in
 * Chinese numerals, 发布时间, document number, a title's year, a mid-term review), the plan period
 * (title, 十四五, the title after 印发, not a plan the text only cites), and targets told from
 * reported figures by them. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures, readDocument } from '../../../src/lib/domain/extract/index.ts';

const time = (text: string) => readDocument(text).time;

describe('the date of a document', () => {
	it.each([
		['（2019年6月3日中共某省委、某省人民政府印发）\n正文。', 2019, 6, 3, 'issued'],
		['某县教育局文件\n2018年3月，县政府印发了《某县教育振兴计划》。', 2018, 3, null, 'issued'],
		['关于某事的通知\n\n二〇一六年九月八日\n', 2016, 9, 8, 'dated'],
		['某区教育局\n2020年12月30日\n', 2020, 12, 30, 'dated'],
		['浏览次数:88\n发布日期：2023-07-15\n正文', 2023, 7, 15, 'published'],
		['某县人民政府关于某事的意见\n某府发〔2014〕9号\n', 2014, null, null, 'number'],
		['某区2021年教育工作总结和2022年工作要点\n', 2022, null, null, 'title'],
		['某区2021年教育工作总结\n', 2022, null, null, 'title']
	])('%s → %i', (text, year, month, day, source) => {
		expect(time(text).date).toEqual({ year, month, day, source });
	});

	it('prefers the issuing date to a web page date, and says where it was read', () => {
		const text =
			'某市教育规划\n2022年5月6日 来源：某市政府网站\n2021年11月，市政府印发了《某市教育规划》。';
		const t = time(text);
		expect(t.date).toMatchObject({ year: 2021, month: 11, source: 'issued' });
		expect(text.slice(t.dateSpan!.start, t.dateSpan!.end)).toBe('2021年11月，市政府印发');
	});

	it('places an undated mid-term review of a five-year plan in its third year', () => {
		const text = '某市“十四五”教育规划中期评估报告\n“十四五”以来，全市教育稳步发展。';
		expect(time(text)).toMatchObject({
			date: { year: 2023, source: 'midterm' },
			plan: { start: 2021, end: 2025 }
		});
	});

	it('has no date when the text gives none', () => {
		expect(time('到2027年，学前教育毛入园率达到95%。').date).toBeNull();
	});
});

describe('the plan period', () => {
	it.each([
		['某省教育现代化规划（2018—2030年）\n正文', { start: 2018, end: 2030 }],
		['某市“十三五”教育事业发展规划\n正文', { start: 2016, end: 2020 }],
		[
			'市委市政府\n2019年2月，市委、市政府印发了《某市教育规划（2019-2025年）》。',
			{ start: 2019, end: 2025 }
		]
	])('%s', (text, plan) => {
		expect(time(text).plan).toEqual(plan);
	});

	it('is not a plan the text only cites', () => {
		const text = '某区教育工作要点\n根据《国家教育规划纲要（2010—2020年）》，制定本要点。';
		expect(time(text).plan).toBeNull();
	});
});

describe('targets and reported figures by the document time', () => {
	it('reads a year after the document as a target, one before it as reported', () => {
		const text = [
			'某县人民政府关于发展学前教育的意见',
			'二〇〇八年四月二日',
			'2007年，全县学前三年毛入园率为41%。',
			'2010年，全县学前三年毛入园率达到60%以上。'
		].join('\n');
		expect(extractFigures(text).map((c) => [c.value, c.kind, c.year, c.comparator])).toEqual([
			[41, 'actual', 2007, null],
			[60, 'target', 2010, '>=']
		]);
	});

	it('reads the end of the plan period as a target, and a reached one as reported', () => {
		const text = [
			'某区“十四五”教育规划实施情况报告',
			'2023年9月1日',
			'2025年，全区高中阶段毛入学率达到98%。',
			'2022年，全区高中阶段毛入学率达到96.5%。'
		].join('\n');
		expect(extractFigures(text).map((c) => [c.value, c.kind, c.year])).toEqual([
			[98, 'target', 2025],
			[96.5, 'actual', 2022]
		]);
	});

	it('reads a baseline (基期) as reported, and an undated goal under 主要目标 as for the plan end', () => {
		const text = [
			'某市教育发展规划（2021—2025年）',
			'二、主要目标',
			'全市普惠性幼儿园覆盖率基期值为86%，新增公办学位1.2万个。'
		].join('\n');
		expect(extractFigures(text).map((c) => [c.value, c.kind, c.year])).toEqual([
			[86, 'actual', 2020],
			[1.2, 'target', 2025]
		]);
	});

	it('re-reads the same text as reported when the document is said to be later', () => {
		const text = '2024年，全市学前教育毛入园率达到95%。';
		expect(extractFigures(text, { documentYear: 2023 })[0]?.kind).toBe('target');
		expect(extractFigures(text, { documentYear: 2025 })[0]?.kind).toBe('actual');
	});

	it('counts 未来三年 and 五年内 from the document year, the whole plan for a plan-long span', () => {
		const three = extractFigures('某县教育意见\n〔2019〕2号\n未来三年新建幼儿园9所。');
		expect(three.map((c) => [c.kind, c.year])).toEqual([['target', 2022]]);
		const plan = extractFigures('某市“十四五”教育规划中期评估报告\n五年内新增托位1.5万个。');
		expect(plan.map((c) => [c.kind, c.year, c.yearRelative])).toEqual([['target', 2025, '五年内']]);
	});

	it('gives a reported figure without a year the last complete year before the document', () => {
		const text = '某县教育局\n发布时间：2024-02-20\n近三年，全县新建学校运动场18块。';
		expect(extractFigures(text).map((c) => [c.kind, c.year])).toEqual([['actual', 2023]]);
	});
});
