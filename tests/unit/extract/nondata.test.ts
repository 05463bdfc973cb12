/**
 * Numbers that are not data: document numbers, dates, years on their own, ordinals and section
 * numbers, site registration numbers, view counts, slogans and codes, counts inside programme
 * names, titles containing years, versions, ages, ranks, and the like. None may be reported.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/lib/domain/extract/index.ts';

const notData: [string, string][] = [
	['document number', '江北委发〔2023〕18号'],
	['date', '2023年9月15日'],
	['ISO date', '发布时间:2024-06-01'],
	['a year on its own', '2024年是关键之年。'],
	['section number', '（十二）完善经费投入机制。'],
	['part title', '第三篇：提质增效——宿迁市'],
	['enumeration', '一是健全机制，二是完善制度。'],
	['numbered item', '3.加强师资建设。'],
	['numbered item with a space', '12 .优化课程设置。'],
	['view count', '浏览量:1302'],
	['likes', '点赞 5\n收藏 12'],
	[
		'site numbers',
		'ICP备案:渝ICP备2020012345号 政府网站标识码:5001060021 渝公网安备:50010602000815号'
	],
	['codes in quotes', '构建“246”工作体系，实施“双百工程”和“5+3+N”行动。'],
	['code with a letter', '打造“123N”育人体系和“9527”平台。'],
	['slogans in quotes', '聚焦“三大任务”，推进“六个一”工程，打造“两大高地”。'],
	['count of the mechanisms just listed', '迭代课程建设、评价改革、教研创新3项机制。'],
	['count in words of a programme', '实施强师、强校、强课三项行动。'],
	['count in words of abstract things', '锚定四个发展定位，发挥三个作用，聚焦两大定位。'],
	['a count in a programme name', '实施中小学校党建质量提升五双工程和三全育人行动。'],
	['title with a year range', '依据《某省教育现代化规划（2021—2035年）》制定本方案。'],
	['title with a year', '印发《2023年度教育事业统计公报》。'],
	['technology names', '推进“5G+智慧教育”示范校建设，建设3D打印实验室。'],
	['a place', '在三个片区内统筹布局。'],
	['a size condition', '超过2000人规模的学校应设专职校医。'],
	['round the clock', '开通24小时心理援助热线。'],
	['how often the leader came', '总书记3次回到本省考察，对教育提出要求。'],
	['one of N', '获评全国20个典型案例之一。'],
	['rank threshold', '进入学科排名前1%。'],
	['version number', '实施中小学教师信息技术应用能力提升工程2.0。'],
	['web address', '链接地址:https://www.example.gov.cn/art/2024/5/16/art_123.html'],
	['slogans in words', '落实两个只增不减，做到三个优先。'],
	['ages', '支持有条件的幼儿园招收2至3岁幼儿，完善3岁以下婴幼儿照护服务。'],
	['ranks', '居全国第2位，西部第1。'],
	['congress numbers', '党的二十大和二十届三中全会精神。'],
	['durations in years', '学习三年左右再分配，连续5年举办运动会。'],
	['page footer', '— 15 —']
];

describe('non-data numbers', () => {
	it.each(notData)('%s: %s', (_, text) => {
		expect(extractFigures(text).map((c) => `${c.value}${c.unit}`)).toEqual([]);
	});

	it('skips the non-data numbers around a real figure', () => {
		const text =
			'江北委发〔2023〕18号\n（三）到2027年，全区学前教育普惠率达到93%，实施“3+2”贯通培养。\n2023年9月15日印发';
		const found = extractFigures(text);
		expect(found.map((c) => [c.value, c.unit, c.year])).toEqual([[93, '%', 2027]]);
	});

	it('skips page numbers spliced into a sentence (a paginated dump)', () => {
		const text = [
			'某区教育规划中期评估报告',
			'1、一、总体进展。到2025年，学生体质健康达标优',
			'2、良率达到60%以上，学校心理健康教育教师配备率达',
			'3、到100%，每年开展专项督导2次。'
		].join('\n');
		const found = extractFigures(text);
		expect(found.map((c) => [c.indicatorPhrase, c.value, c.unit, c.year])).toEqual([
			['学生体质健康达标优良率', 60, '%', 2025],
			['学校心理健康教育教师配备率', 100, '%', 2025],
			['专项督导', 2, '次', 2025]
		]);
		// Spans point into the original text, debris included where a sentence crosses a page.
		const first = found[0]!;
		expect(text.slice(first.span.start, first.span.end)).toBe(
			'学生体质健康达标优\n2、良率达到60%以上'
		);
		expect(text.slice(first.valueSpan.start, first.valueSpan.end)).toBe('60%');
		expect(text.slice(found[1]!.valueSpan.start, found[1]!.valueSpan.end)).toBe('100%');
	});

	it('keeps numbered list items that are not pages', () => {
		const text = ['1、新建学校5所。', '2、培养名师20名。', '3、配备校医8名。'].join('\n');
		expect(extractFigures(text).map((c) => `${c.value}${c.unit}`)).toEqual(['5所', '20名', '8名']);
	});
});

describe('counts that are figures', () => {
	it('reads how often a committee met, and a count of items that does not just repeat a list', () => {
		const found = extractFigures('2024年，县委常委会4次专题研究教育工作，开展督导检查12项。', {
			documentYear: 2025
		});
		expect(found.map((c) => [c.value, c.unit, c.kind, c.year])).toEqual([
			[4, '次', 'actual', 2024],
			[12, '项', 'actual', 2024]
		]);
	});

	it('reads one school for each district, and not population or a class-size threshold', () => {
		const found = extractFigures(
			'到2026年，每个乡镇建成一所公办中心幼儿园。全县户籍人口42万人。消除56人以上大班额。'
		);
		expect(found.map((c) => [c.indicatorPhrase, c.value, c.unit])).toEqual([
			['公办中心幼儿园', 1, '所']
		]);
	});
});
