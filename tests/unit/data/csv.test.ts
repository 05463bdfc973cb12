import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeCell, toCsv, unescapeCell } from '../../../src/lib/data/csv.ts';
import { parseRows } from '../../../src/lib/data/csvParse.ts';

describe('formula-safe cells', () => {
	it.each([
		['=SUM(A1:A3)', "'=SUM(A1:A3)"],
		['+cmd', "'+cmd"],
		['@x', "'@x"],
		['-x', "'-x"],
		["'=x", "''=x"],
		['-1', '-1'], // a plain number is not a formula
		['+2.5', '+2.5'],
		['text', 'text']
	])('%j is written as %j', (cell, written) => {
		expect(escapeCell(cell)).toBe(written);
		expect(unescapeCell(written)).toBe(cell);
	});

	it('round-trips any cell through write and parse', () => {
		fc.assert(
			fc.property(
				fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), {
					minLength: 1,
					maxLength: 5
				}),
				(rows) => {
					// An all-empty single-cell row is indistinguishable from a blank line; keep rows non-trivial.
					const safe = rows.map((r) => (r.length === 1 && r[0] === '' ? ['x'] : r));
					const back = parseRows(toCsv(safe)).map((r) => r.map(unescapeCell));
					expect(back).toEqual(safe);
				}
			)
		);
	});
});
