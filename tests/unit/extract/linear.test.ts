/**
 * Long and hostile texts are read in bounded work: a 16 KB run of `1个` (no punctuation to cut
 * it), 200 KB of clauses without punctuation, of unclosed quotes and of page-numbered lines all
 * finish (no timing is asserted; `npm run bench`-style figures are in the report).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures, readDocument } from '../../../src/lib/domain/extract/index.ts';

describe('long texts', () => {
	it('reads 16 KB of 1个 in one clause', () => {
		const text = '1个'.repeat(4096); // 4 bytes each in UTF-8: 16 KB
		const found = extractFigures(text);
		expect(found.length).toBeGreaterThan(0);
		for (const c of found) expect(c.span.end - c.span.start).toBeLessThanOrEqual(400);
	});

	it('reads 200 KB without punctuation, of unclosed quotes, and of numbered lines', () => {
		const clause = '到2027年学前教育普及率达到90%公办率达到55%'.repeat(8000);
		expect(clause.length).toBeGreaterThan(200_000);
		expect(extractFigures(clause).length).toBeGreaterThan(0);
		expect(extractFigures('“'.repeat(200_000))).toEqual([]);
		const lines = Array.from({ length: 20_000 }, (_, i) => `${(i % 900) + 1}、内容`).join('\n');
		expect(lines.length).toBeGreaterThan(100_000);
		expect(() => extractFigures(lines)).not.toThrow();
	});

	it('reports progress on the way, ending at 1', () => {
		const seen: number[] = [];
		readDocument('到2027年，覆盖率达到90%。'.repeat(2000), {}, (f) => seen.push(f));
		expect(seen.length).toBeGreaterThan(2);
		expect(
			seen.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= (seen[i - 1] as number)))
		).toBe(true);
		expect(seen[seen.length - 1]).toBe(1);
	});
});
