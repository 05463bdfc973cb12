/**
 * The page's engine path against the reference path on the county-level benchmark dataset
 * (270,000 targets): the same results, on this thread and through the workers. Its own file, so
 * that it runs beside the other tests rather than after them (fast-path.test.ts has the rest).
 */
import { describe, expect, it } from 'vitest';
import { makeCountyDataset } from '../../../bench/engine/county.ts';
import { asColumnar } from '../../../src/lib/data/columnar.ts';
import { seriesKey } from '../../../src/lib/scenario/apply.ts';
import { batchWorkers } from '../../../src/lib/scenario/batchPool.ts';
import { ScenarioRunner } from '../../../src/lib/scenario/run.ts';
import {
	expectSameLarge,
	forAll,
	inProcessWorker,
	reference,
	settings
} from './fastPathHelpers.ts';

describe('fast path = reference path, county dataset (270,000 targets)', () => {
	const county = makeCountyDataset();

	it('fitted trends, then one county × indicator changed', { timeout: 180_000 }, () => {
		const runner = new ScenarioRunner(asColumnar(county));
		expectSameLarge(runner.run(new Map(), settings), reference(county, new Map()));
		const one = new Map([[seriesKey('county:17', 'county-ind:9'), { rate: -0.8, sigma: 0.2 }]]);
		const run = runner.run(one, settings);
		const ref = reference(county, one);
		expect(run.composite).toStrictEqual(ref.composite);
		const key = seriesKey('county:17', 'county-ind:9');
		expect(run.byKey.get(key)).toStrictEqual(ref.byKey.get(key));
		expect(run.byRegion.get('county:17')).toStrictEqual(ref.byRegion.get('county:17'));
	});

	it('a global change through the batch workers', { timeout: 180_000 }, async () => {
		let updated = () => {};
		const runner = new ScenarioRunner(asColumnar(county), {
			workers: batchWorkers(inProcessWorker, 2),
			onUpdate: () => updated()
		});
		runner.run(new Map(), settings);
		const all = forAll(county, { method: 'compound' });
		const done = new Promise<void>((resolve) => (updated = resolve));
		expect(runner.run(all, settings).pending).toBe(true);
		await done;
		expectSameLarge(runner.run(all, settings), reference(county, all));
	});
});
