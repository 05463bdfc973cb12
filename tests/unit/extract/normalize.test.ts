/**
 * Folding: traditional characters, full-width digits and punctuation, half-width Chinese
 * punctuation and page debris — with spans that still point into the original text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/lib/domain/extract/index.ts';
import { foldText, originalSpan } from '../../../src/lib/domain/extract/normalize.ts';
import { simplify } from '../../../src/lib/domain/traditional.ts';
import { at } from './helpers.ts';

describe('traditional characters', () => {
	it('reads a traditional sentence and points into the traditional text', () => {
		const text = '到2027年，職業院校畢業生就業率達到95%，專任教師碩士學位占比超過30%。';
		const found = extractFigures(text);
		expect(found.map((c) => [c.indicatorPhrase, c.value, c.comparator, c.year])).toEqual([
			['职业院校毕业生就业率', 95, '>=', 2027],
			['专任教师硕士学位占比', 30, '>', 2027]
		]);
		expect(found.map((c) => at(text, c.span))).toEqual([
			'職業院校畢業生就業率達到95%',
			'專任教師碩士學位占比超過30%'
		]);
	});

	it('reads half-width punctuation as a traditional web page writes it', () => {
		const text = '到2027年,義務教育鞏固率保持在99%以上;高中階段毛入學率超過95%。';
		const found = extractFigures(text);
		expect(found.map((c) => [c.indicatorPhrase, c.value, c.comparator, c.year])).toEqual([
			['义务教育巩固率', 99, '>=', 2027],
			['高中阶段毛入学率', 95, '>', 2027]
		]);
	});

	it('maps character for character and leaves simplified text alone', () => {
		expect(simplify('覆蓋率達到90%')).toBe('覆盖率达到90%');
		expect(simplify('學前教育畢業生專任教師質量')).toBe('学前教育毕业生专任教师质量');
		const simplified = '聘请著名校长，教育质量稳步提升，毕业生就业率达到95%。';
		expect(simplify(simplified)).toBe(simplified);
		fc.assert(fc.property(fc.string(), (s) => simplify(s).length === s.length));
	});
});

describe('width', () => {
	it('reads full-width digits and signs, with the value span on the original characters', () => {
		const text = '到２０２７年，高等教育毛入学率达到６５．５％，新建幼儿园１２所。';
		const found = extractFigures(text);
		expect(found.map((c) => [c.value, c.unit, c.year, at(text, c.valueSpan)])).toEqual([
			[65.5, '%', 2027, '６５．５％'],
			[12, '所', 2027, '１２所']
		]);
	});

	it('reads 1,250 with an ASCII comma as one number, but not 12，120', () => {
		expect(extractFigures('到2028年，投入资金1,250万元。').map((c) => [c.value, c.unit])).toEqual([
			[1250, '万元']
		]);
		expect(extractFigures('建成试点校12，120所学校完成改造。').map((c) => c.value)).toEqual([120]);
	});
});

describe('the offset map', () => {
	it('keeps folded offsets pointing at the original characters', () => {
		fc.assert(
			fc.property(
				fc.string({
					unit: fc.constantFrom('學', '９', '％', '，', '\r', '\n', 'a', '1', '、', ' ')
				}),
				(s) => {
					const folded = foldText(s);
					expect(folded.origin.length).toBe(folded.text.length + 1);
					for (let i = 1; i < folded.origin.length; i++) {
						expect(folded.origin[i]!).toBeGreaterThan(folded.origin[i - 1]!);
					}
					const whole = originalSpan(folded, 0, folded.text.length);
					expect(whole.end).toBeLessThanOrEqual(s.length);
				}
			)
		);
	});

	it('removes page markers and the line break before them', () => {
		// The first break ends a sentence, so it stays a paragraph break; the others join.
		const text = '甲。\n1、乙丙丁\n2、戊己庚\n3、辛壬';
		const folded = foldText(text);
		expect(folded.text).toBe('甲。\n乙丙丁戊己庚辛壬');
		const span = originalSpan(folded, 5, 8);
		expect(text.slice(span.start, span.end)).toBe('丁\n2、戊己');
	});
});
