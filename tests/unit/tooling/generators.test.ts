/** The benchmark's generated import files are files the importer reads as intended. */
import { describe, expect, it } from 'vitest';
import { makeLongCsv, makeWideCsv } from '../../../bench/generators.ts';
import { importText } from '../../../src/lib/data/import/pipeline.ts';
import { EMPTY_DATASET } from '../../../src/lib/data/model.ts';

describe('benchmark generators', () => {
	it('make files the importer reads without issues', () => {
		const long = importText(makeLongCsv(2000), EMPTY_DATASET);
		expect([long.shape, long.rowsAccepted, long.issues.length]).toEqual(['canonical', 2000, 0]);
		const wide = importText(makeWideCsv(50_000), EMPTY_DATASET);
		expect(wide.shape).toBe('wide');
		expect(wide.issues).toEqual([]);
		expect(wide.figures).toBeGreaterThan(1000);
	});
});
