import 'fake-indexeddb/auto';
import { createStore, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { openScenarioStore } from '../../../src/lib/scenario/store.ts';
import type { Scenario } from '../../../src/lib/scenario/schema.ts';

const scenario: Scenario = {
	format: 'mubiao-scenario',
	version: 2,
	name: '预算 +10%',
	assumptions: [{ region: 'chongqing', indicator: 'x', method: 'linear', rate: 1.2, sigma: 0.3 }]
};

async function store() {
	const opened = await openScenarioStore();
	if (!('store' in opened)) throw new Error('store unavailable');
	return opened.store;
}

describe('saved scenarios in IndexedDB', () => {
	it('saves, lists newest first, renames, duplicates and deletes', async () => {
		const s = await store();
		const a = await s.save('预算 +10%', scenario);
		await new Promise((r) => setTimeout(r, 5));
		const b = await s.save('停滞', { ...scenario, name: '停滞' });
		let { items } = await s.list();
		expect(items.map((i) => i.name).slice(0, 2)).toEqual(['停滞', '预算 +10%']);
		expect(items.find((i) => i.id === a.id)?.scenario).toEqual(scenario);
		await s.rename(a.id, '预算 +10%（修订）');
		const copy = await s.duplicate(b.id, '副本');
		({ items } = await s.list());
		expect(items.find((i) => i.id === a.id)?.name).toBe('预算 +10%（修订）');
		expect(items.find((i) => i.id === a.id)?.scenario.name).toBe('预算 +10%（修订）');
		expect(copy?.name).toBe('停滞 副本');
		await s.remove(a.id);
		({ items } = await s.list());
		expect(items.some((i) => i.id === a.id)).toBe(false);
	});

	it('skips records that fail validation and migrates old ones', async () => {
		const s = await store();
		const raw = createStore('mubiao', 'scenarios');
		await set(
			'bad-1',
			{
				id: 'bad-1',
				name: 'x',
				savedAt: 1,
				scenario: { format: 'mubiao-scenario', version: 1, name: 'x', horizon: 'soon' }
			},
			raw
		);
		await set('bad-2', 'not a record', raw);
		await set(
			'old',
			{
				id: 'old',
				name: '旧版',
				savedAt: 2,
				scenario: {
					version: 0,
					name: '旧版',
					region: '重庆市',
					assumptions: [{ region: 'a', indicator: 'b', spread: 0.4 }]
				}
			},
			raw
		);
		const { items, skipped } = await s.list();
		expect(skipped).toBe(2);
		const old = items.find((i) => i.id === 'old');
		expect(old?.scenario.view).toEqual({ region: '重庆市' });
		expect(old?.scenario.assumptions).toEqual([{ region: 'a', indicator: 'b', sigma: 0.4 }]);
	});

	it('says saving is off when IndexedDB is not there', async () => {
		const saved = globalThis.indexedDB;
		// @ts-expect-error simulating a browser without IndexedDB
		delete globalThis.indexedDB;
		try {
			const opened = await openScenarioStore();
			expect('error' in opened && opened.error.en).toMatch(/saving scenarios is off/);
		} finally {
			globalThis.indexedDB = saved;
		}
	});
});
