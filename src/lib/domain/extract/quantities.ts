/**
 * Numbers with a unit (`93.1%`, `30—50所`, `32.31万个`, `近131万人次`, `两小时`) in folded text,
 * and the numbers that are not data: years, dates, document and ICP numbers, ordinals, page
 * numbers, slogans and codes in quotes (`“158N”`, `“33618”`), titles in `《》`, counts that only
 * count the items just listed as part of a name (`…、培训赋能3项机制`).
 */
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from './chinese.ts';

/** One number-with-unit in the folded text. */
export interface Quantity {
	/** Folded offsets of the number through its unit (`30—50所`, `4万余个`). */
	start: number;
	end: number;
	value: number;
	valueMax: number | null;
	/** `%`, `所`, `万人次`, `个百分点` … */
	unit: string;
	/** `余` or `多` after the number (`1950余场`, `150多次`). */
	approximate: boolean;
	/** Written in Chinese numerals (`两名`). */
	chinese: boolean;
}

/** Units read but refused: ages, pages, numbers, dates, durations, ordinals, `三大`, `两地`. */
const NOT_DATA_UNITS = new Set('岁页号年月日届级大地');
/** Units, longest first so that `个百分点` wins over `个`. */
const UNITS: readonly string[] = [
	...['个百分点', '百分点', '万平方米', '平方米', '人次', '人口', '小时', '分钟', '公里'],
	...'%‰‱所个名人倍项门家次条节套块期场篇对张台间件天周批支类种座处亩元户位轮米',
	...NOT_DATA_UNITS
];
/** Units a Chinese numeral may carry (elsewhere a Chinese numeral is usually a name: 三个作用). */
const CHINESE_UNITS = new Set([
	'人次',
	'小时',
	'所',
	'个',
	'名',
	'人',
	'家',
	'篇',
	'项',
	'次',
	'条',
	'倍'
]);

const UNIT_PATTERN = UNITS.join('|');
const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
/** A ratio to one (`生师比为13.5:1`): the number, with no unit. */
const TO_ONE = ':\\s*1(?![\\d.:])';
const ARABIC = new RegExp(
	`(${NUM})(?:\\s*([—–\\-~至到])\\s*(${NUM}))?(万|亿)?(余|多)?(${UNIT_PATTERN}|${TO_ONE})?(余|多)?`,
	'g'
);
const CHINESE = new RegExp(
	`([${CHINESE_NUMERAL_CHARS}]*)(万|亿)?(余|多)?(${UNIT_PATTERN})?(余|多)?`,
	'g'
);

/** Nouns that make a small count part of a name: `三个优先`, `从6个方面`, `两个只增不减`. */
const ABSTRACT_AFTER =
	/^[\u4e00-\u9fff]{0,2}?(?:方面|维度|环节|定位|作用|优先|聚焦|着力|只增不减|纳入|增长|比例|坚持|提升|之一)/;
/** Nouns of programmes, for counts that only count the items listed before them. */
const PROGRAMME_NOUN =
	/^[\u4e00-\u9fff]{0,4}?(?:机制|行动|工程|举措|体系|原则|计划|政策|制度|品牌|措施|任务)/;
const LETTER = /[A-Za-z]/;

/** How far back an enumeration, a years-of-schooling phrase or a leader's name is looked for. */
const LOOK_BACK = 60;

/** How many items the enumeration right before `end` lists (`甲、乙和丙` → 3), 0 if none. */
function enumerationCount(text: string, end: number): number {
	let start = end;
	const limit = Math.max(0, end - LOOK_BACK);
	while (start > limit && !/[，,。；;：:\n（(“”]/.test(text[start - 1] as string)) start--;
	const listed = text.slice(start, end);
	if (!/[、]/.test(listed)) return 0;
	return listed.split(/[、和及与]/).filter((s) => s.trim() !== '').length;
}

/** The words of the sentence before `start`, at most {@link LOOK_BACK} characters. */
function sentenceBefore(text: string, start: number): string {
	const from = Math.max(0, start - LOOK_BACK);
	const before = text.slice(from, start);
	const cut = Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n'), before.lastIndexOf(';'));
	return before.slice(cut + 1);
}

/** `11.8年`, `受教育年限达到12年`: years as a measure (of schooling), not a date or a duration. */
function yearsAsMeasure(text: string, start: number, value: number): boolean {
	if (value > 30) return false; // 2009年 is a year; schooling lasts less
	const words = sentenceBefore(text, start);
	return /年限/.test(words.slice(-24)) || (!Number.isInteger(value) && /受教育|年限/.test(words));
}

/** Is the number-with-unit at `[start, end)` a non-data number, by its unit and surroundings? */
function notData(text: string, start: number, end: number, unit: string, value: number): boolean {
	const before = text[start - 1] ?? '';
	if (NOT_DATA_UNITS.has(unit) && !(unit === '年' && yearsAsMeasure(text, start, value)))
		return true;
	// 渝ICP备…, p-1114381, and a number glued to a letter or digit before it (the 4 of 4万余个).
	if (LETTER.test(before) || /[\d.]/.test(before)) return true;
	if (before === '第' || before === '-' || before === '前') return true; // 第3, 排名前1%
	const next = text.slice(end, end + 8);
	if (next.startsWith('规模')) return true; // 超过1000人规模的学校: a condition, not a figure
	// 56人以上大班额: a class size that defines what is counted.
	if (unit === '人' && /^(?:以上|以下)?的?(?:超?大班额|班额|班级)/.test(next)) return true;
	if ((unit === '个' || unit === '项') && value <= 10 && ABSTRACT_AFTER.test(next)) return true;
	// 重启甲中学、乙小学2个项目, 党建、教学质量和安全3项: a count of the items just listed.
	if (
		value >= 2 &&
		value <= 10 &&
		Number.isInteger(value) &&
		enumerationCount(text, start) === value
	)
		return true;
	// 13万人口: how many people live somewhere, which is not a figure of education.
	if (
		unit === '人口' ||
		(unit === '人' && /(?<!学龄)人口/.test(sentenceBefore(text, start).slice(-16)))
	)
		return true;
	if (/^[\u4e00-\u9fff“”]{0,10}?之一/.test(text.slice(end, end + 14))) return true; // 8个…之一
	// 总书记3次回到…考察: how often the country's leader came, which no indicator counts.
	if (unit === '次' && /总书记|习近平/.test(sentenceBefore(text, start))) return true;
	// 24小时心理咨询服务: "round the clock".
	if (unit === '小时' && value === 24 && /^[\u4e00-\u9fff]/.test(next)) return true;
	// 25人的专家团队: the size of a group being described.
	if (/^的[\u4e00-\u9fff]{0,4}?(?:团队|队伍|小组|代表团|专家组|班子)/.test(next)) return true;
	// 在两个片区内: a place, not a figure.
	return before === '在' && /^(?!以)[\u4e00-\u9fff]{1,4}?(?:内|中|里|之间)/.test(next);
}

/** `每个区县办好一所…`: one of something for each, a figure even in words. */
function onePerEach(text: string, start: number): boolean {
	return /每[个所名]?[\u4e00-\u9fff]{1,6}?(?:办好|建好|建成|建设|配备|设立|至少有|有|培育)$/.test(
		text.slice(Math.max(0, start - 14), start)
	);
}

/**
 * Every quantity in the folded text, in order. `shielded` says which offsets hold no data
 * (see shield.ts); `isAsciiComma` whether a folded `,` was `,` in the original (`1,234`) rather
 * than the Chinese `，` between two numbers.
 */
export function findQuantities(
	text: string,
	shielded: (i: number) => boolean,
	isAsciiComma: (i: number) => boolean
): Quantity[] {
	const out: Quantity[] = [];
	const arabic = new RegExp(ARABIC);
	for (let m = arabic.exec(text); m; m = arabic.exec(text)) {
		const start = m.index;
		const [whole, num = '', , max, mult = '', more1, unit0 = '', more2] = m;
		if (num.includes(',') && !commasAreAscii(start, num, isAsciiComma)) {
			// A Chinese comma between two numbers, not a thousands separator: read on after it.
			arabic.lastIndex = start + num.indexOf(',') + 1;
			continue;
		}
		if (!unit0 || shielded(start)) continue;
		const value = Number(num.replace(/,/g, ''));
		if (notData(text, start, start + whole.length, unit0, value)) continue;
		out.push({
			start,
			end: start + whole.length,
			value,
			valueMax: max === undefined ? null : Number(max.replace(/,/g, '')),
			unit: unit0.startsWith(':') ? '' : `${mult}${unit0 === '人口' ? '人' : unit0}`,
			approximate: Boolean(more1 || more2),
			chinese: false
		});
	}
	for (const m of text.matchAll(CHINESE)) {
		const start = m.index ?? 0;
		const [whole, num = '', mult = '', more1, unit0 = '', more2] = m;
		if (whole === '' || !unit0 || !CHINESE_UNITS.has(unit0) || shielded(start)) continue;
		// `万余个`: a bare 万 counts only with 余/多 after it.
		const value = num === '' ? (mult && (more1 || more2) ? 1 : null) : parseChineseNumeral(num);
		if (value === null) continue;
		if (value < 2 && num !== '' && !(num === '一' && onePerEach(text, start))) continue;
		if (/[第初周近每前后这那]/.test(text[start - 1] ?? '')) continue;
		if (notData(text, start, start + whole.length, unit0, value)) continue;
		if (PROGRAMME_NOUN.test(text.slice(start + whole.length, start + whole.length + 8))) continue;
		out.push({
			start,
			end: start + whole.length,
			value,
			valueMax: null,
			unit: `${mult}${unit0}`,
			approximate: Boolean(more1 || more2),
			chinese: true
		});
	}
	return out.sort((a, b) => a.start - b.start);
}

function commasAreAscii(start: number, num: string, isAsciiComma: (i: number) => boolean): boolean {
	for (let i = 0; i < num.length; i++) if (num[i] === ',' && !isAsciiComma(start + i)) return false;
	return true;
}
