/** Properties that hold for any number and any text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/lib/domain/extract/index.ts';
import { at } from './helpers.ts';

const WORDS: [string, string][] = [
	['达到', '>='],
	['超过', '>'],
	['不低于', '>='],
	['不超过', '<='],
	['低于', '<'],
	['控制在', '<=']
];
const toFullWidth = (s: string): string =>
	s.replace(/[0-9.%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('properties', () => {
	it('reads any percentage exactly, in either width, with its value span on the number', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 9999 }),
				fc.integer({ min: 0, max: 9 }),
				fc.constantFrom(...WORDS),
				fc.boolean(),
				(whole, tenth, [word, comparator], wide) => {
					const written = tenth === 0 ? `${whole}%` : `${whole}.${tenth}%`;
					const number = wide ? toFullWidth(written) : written;
					const text = `到2029年，县域学前教育普惠率${word}${number}。`;
					const found = extractFigures(text);
					expect(found).toHaveLength(1);
					const c = found[0]!;
					expect([c.value, c.unit, c.comparator, c.year, c.indicatorPhrase]).toEqual([
						Number(written.slice(0, -1)),
						'%',
						comparator,
						2029,
						'县域学前教育普惠率'
					]);
					expect(at(text, c.valueSpan)).toBe(number);
				}
			)
		);
	});

	it('reads any range with either dash', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 500 }),
				fc.integer({ min: 1, max: 500 }),
				fc.constantFrom('—', '-', '至'),
				(a, d, dash) => {
					const text = `到2029年，新建学校${a}${dash}${a + d}所。`;
					const c = extractFigures(text)[0]!;
					expect([c.value, c.valueMax, c.comparator, c.unit]).toEqual([a, a + d, 'range', '所']);
					expect(at(text, c.valueSpan)).toBe(`${a}${dash}${a + d}所`);
				}
			)
		);
	});

	it('never throws, and keeps every span inside the text', () => {
		const pieces = fc.constantFrom(
			'到2027年',
			'，',
			'。',
			'\n',
			'达到',
			'90%',
			'3—5所',
			'“',
			'”',
			'（一）',
			'學',
			'率',
			'１２',
			'、',
			'2、',
			'万',
			'个',
			'分别',
			'各'
		);
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.array(pieces, { maxLength: 40 }).map((a) => a.join(''))
				),
				(text) => {
					for (const c of extractFigures(text)) {
						expect(
							0 <= c.span.start && c.span.start <= c.span.end && c.span.end <= text.length
						).toBe(true);
						expect(c.valueSpan.start >= c.span.start && c.valueSpan.end <= c.span.end).toBe(true);
						expect(c.confidence >= 0 && c.confidence <= 1).toBe(true);
					}
				}
			)
		);
	});
});
