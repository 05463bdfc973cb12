/**
 * A global change is handed to the workers when the runner's `later` says (the page: after its
 * next paint), with the focus region assessed at once; a new list that turns out to change few
 * entries is then assessed on this thread instead. Every number is still the reference path's.
 */
import { describe, expect, it } from 'vitest';
import { makeCountyDataset } from '../../../bench/engine/county.ts';
import { builtInDataset } from '../../../src/cli/seedFiles.ts';
import { asColumnar } from '../../../src/lib/data/columnar.ts';
import type { Dataset } from '../../../src/lib/data/model.ts';
import type { Assumption } from '../../../src/lib/domain/engine/index.ts';
import { batchWorkers, type WorkerLike } from '../../../src/lib/scenario/batchPool.ts';
import { ScenarioRunner } from '../../../src/lib/scenario/run.ts';
import { expectSame, forAll, inProcessWorker, reference, settings } from './fastPathHelpers.ts';

/** A runner whose workers count the assess requests, and whose hand-over the test triggers. */
function handOverRunner(dataset: Dataset, focus: string) {
	const asked = { assess: 0 };
	const spawn = (): WorkerLike => {
		const w = inProcessWorker();
		const post = w.postMessage.bind(w);
		w.postMessage = (message, transfer) => {
			if (message.type === 'assess') asked.assess++;
			post(message, transfer);
		};
		return w;
	};
	const handOvers: (() => void)[] = [];
	let updated = () => {};
	const runner = new ScenarioRunner(asColumnar(dataset), {
		workers: batchWorkers(spawn, 2),
		workerMinRows: 1,
		first: () => focus,
		later: (start) => handOvers.push(start),
		onUpdate: () => updated()
	});
	const nextUpdate = () => new Promise<void>((resolve) => (updated = resolve));
	return { runner, asked, handOvers, nextUpdate };
}

describe('a global change handed over later', () => {
	const plain = builtInDataset();

	it('waits for the hand-over before asking the workers; the focus region is new at once', async () => {
		const { runner, asked, handOvers, nextUpdate } = handOverRunner(plain, 'chongqing');
		runner.run(new Map(), settings);
		const all = forAll(plain, { method: 'compound' });
		const after = reference(plain, all);
		const done = nextUpdate();
		const meanwhile = runner.run(all, settings);
		expect([meanwhile.pending, meanwhile.fresh]).toEqual([true, 'chongqing']);
		expect(meanwhile.byRegion.get('chongqing')).toStrictEqual(after.byRegion.get('chongqing'));
		// Not handed over yet: the workers have not been asked, however long we wait.
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(asked.assess).toBe(0);
		expect(handOvers).toHaveLength(1);
		handOvers[0]!();
		await done;
		// One request per worker, and the reference's numbers everywhere.
		expect(asked.assess).toBe(2);
		const run = runner.run(all, settings);
		expect(run.pending).toBe(false);
		expectSame(run, after);
	});

	it('a new list equal to the last is compared at once: nothing pending', () => {
		const { runner, handOvers } = handOverRunner(plain, 'chongqing');
		const all = forAll(plain, { method: 'gap' });
		runner.run(all, settings);
		// The same assumptions in a new map (a scenario loaded again).
		const run = runner.run(new Map(all), settings);
		expect(run.pending).toBe(false);
		expect(handOvers).toHaveLength(0);
		expectSame(run, reference(plain, all));
	});
});

describe('a new list that changes few entries after all', () => {
	// 40 regions × 10 indicators: 400 entries, more than the 256 the runner samples.
	const small = makeCountyDataset({ regions: 40, indicators: 10, years: 6, milestones: [2027] });

	it('is assessed on this thread once handed over, not in the workers', async () => {
		const { runner, asked, handOvers, nextUpdate } = handOverRunner(small, 'county:0');
		const keys = runner.keys;
		expect(keys).toHaveLength(400);
		// Entries the sample lands on (256 spread evenly: entry ⌊i·400/256⌋), every fifth of
		// them, 50 in all: a fifth of the sample differs, more than the eighth that makes a
		// change global, while 50 of 400 entries is an eighth exactly, which is not.
		const sampled = Array.from({ length: 256 }, (_, i) => Math.floor((i * 400) / 256));
		const chosen = sampled.filter((_, i) => i % 5 === 0).slice(0, 50);
		const changes = new Map<string, Assumption>();
		for (const e of chosen) changes.set(keys[e]!, { method: 'compound' });
		expect(changes.size).toBe(50);
		runner.run(new Map(), settings);
		const done = nextUpdate();
		expect(runner.run(changes, settings).pending).toBe(true);
		handOvers[0]!();
		await done;
		expect(asked.assess).toBe(0);
		const run = runner.run(changes, settings);
		expect(run.pending).toBe(false);
		expectSame(run, reference(small, changes));
	});
});
