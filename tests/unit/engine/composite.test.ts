import { describe, expect, it } from 'vitest';
import { compositeByRegion, type CompositeInput } from '../../../src/lib/domain/engine/index.ts';

const row = (
	region: string,
	evaluatedYear: number,
	probability: number | null,
	status: CompositeInput['status']
): CompositeInput => ({ region, evaluatedYear, probability, status });

describe('compositeByRegion', () => {
	const results = [
		row('重庆市', 2025, 1, 'met'), // due before 2027: in the 2027 column
		row('重庆市', 2027, 0.9, 'on-track'),
		row('重庆市', 2027, 0.5, 'at-risk'),
		row('重庆市', 2027, null, 'needs-assumption'), // counted, not judged
		row('重庆市', 2026, 0.6, 'unverified'), // an estimate: counted, its P not summed
		row('重庆市', 2028, 0.1, 'off-track'), // due 2028: in the 2029 column
		row('重庆市', 2035, null, 'no-data'),
		row('重庆市', 2040, 0.7, 'at-risk'), // after the last milestone: in no column
		row('渝中区', 2024, 0, 'missed'),
		row('渝中区', 2035, 0.25, 'at-risk')
	];
	const rows = compositeByRegion(results, [2035, 2027, 2029]);

	it('has every milestone of every region, in order', () => {
		expect(rows.map((r) => `${r.region} ${r.milestone}`)).toEqual([
			'重庆市 2027',
			'重庆市 2029',
			'重庆市 2035',
			'渝中区 2027',
			'渝中区 2029',
			'渝中区 2035'
		]);
	});

	it('sums the probabilities of the assessable targets and counts every status', () => {
		// 重庆市 2027: five targets; met, on-track and at-risk can be judged: 1 + 0.9 + 0.5 = 2.4
		// of 3 → share 0.8; one needs an assumption, one is unverified
		expect(rows[0]).toEqual({
			region: '重庆市',
			milestone: 2027,
			count: 5,
			assessable: 3,
			expectedMet: expect.closeTo(2.4, 12),
			share: expect.closeTo(0.8, 12),
			onTrack: 1,
			atRisk: 1,
			offTrack: 0,
			met: 1,
			missed: 0,
			needsAssumption: 1,
			unverified: 1,
			noData: 0
		});
		// 重庆市 2029: 0.1 of 1
		expect(rows[1]).toMatchObject({
			count: 1,
			assessable: 1,
			expectedMet: 0.1,
			share: 0.1,
			offTrack: 1
		});
		// 重庆市 2035: one without data: counted, nothing judged, no share
		expect(rows[2]).toMatchObject({
			count: 1,
			assessable: 0,
			expectedMet: 0,
			share: null,
			noData: 1
		});
		// 渝中区: 2027 holds the missed 2024 target, 2029 is empty, 2035 has 0.25
		expect(rows[3]).toMatchObject({ count: 1, assessable: 1, expectedMet: 0, share: 0, missed: 1 });
		expect(rows[4]).toMatchObject({ count: 0, expectedMet: 0, share: null });
		expect(rows[5]).toMatchObject({ count: 1, expectedMet: 0.25, share: 0.25, atRisk: 1 });
	});

	it('is empty without results', () => {
		expect(compositeByRegion([], [2027])).toEqual([]);
	});
});
