import { describe, expect, it } from 'vitest';
import { parseNumber, parseYear } from '../../../src/lib/domain/numbers.ts';

describe('parseNumber', () => {
	it.each([
		// [cell, unit, value, approximate, percent]
		['93.1', '', 93.1, false, false],
		['93.1%', '%', 93.1, false, true],
		['９３．１％', '%', 93.1, false, true], // full-width digits, point and per-cent sign
		['1,234', '', 1234, false, false],
		['1,234,567.5', '', 1234567.5, false, false],
		['约90', '%', 90, true, false],
		['90左右', '%', 90, true, false],
		['-1', '个百分点', -1, false, false],
		[' 63.5 ', '%', 63.5, false, false]
	] as const)('%s → %d', (cell, unit, value, approximate, percent) => {
		const r = parseNumber(cell, unit);
		expect(r.kind).toBe('number');
		if (r.kind !== 'number') return;
		expect(r.value).toBeCloseTo(value, 12);
		expect(r.approximate).toBe(approximate);
		expect(r.percent).toBe(percent);
	});

	it('applies 万 and 亿 only when the unit does not carry them', () => {
		// 2.5万 people = 2.5 × 10 000 = 25 000
		expect(parseNumber('2.5万', '人')).toMatchObject({ kind: 'number', value: 25000, scale: 1e4 });
		expect(parseNumber('2.5万', '万人')).toMatchObject({ kind: 'number', value: 2.5, scale: 1 });
		// 3亿 yuan = 3 × 10^8
		expect(parseNumber('3亿', '元')).toMatchObject({ kind: 'number', value: 3e8 });
		expect(parseNumber('3亿', '亿元')).toMatchObject({ kind: 'number', value: 3 });
	});

	it.each(['', '..', '-', '—', 'NA', 'N/A', 'null', '  '])('reads %j as missing', (cell) => {
		expect(parseNumber(cell).kind).toBe('missing');
	});

	it.each(['abc', '1,23', '12..3', '9%%', '百分之九十'])('rejects %j', (cell) => {
		expect(parseNumber(cell).kind).toBe('invalid');
	});
});

describe('parseYear', () => {
	it.each([
		['2019', 2019],
		['2019年', 2019],
		['2019 [YR2019]', 2019],
		['YR2019', 2019],
		['２０２４年', 2024],
		['2019.0', 2019]
	] as const)('%s → %d', (cell, year) => expect(parseYear(cell)).toBe(year));

	it.each(['19', '2019-01', 'abcd', '1800', ''])('rejects %j', (cell) =>
		expect(parseYear(cell)).toBeNull()
	);
});
