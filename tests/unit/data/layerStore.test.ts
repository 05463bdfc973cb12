/**
 * The store of the analyst's data layers, on fake-indexeddb: what is written reads back the
 * same, damaged records are skipped and named, a full store (quota) and a missing or blocked
 * IndexedDB leave the page working in memory with one sentence, and undo steps survive.
 */
import 'fake-indexeddb/auto';
import { createStore, set, type UseStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/lib/data/import/pipeline.ts';
import { toRecord } from '../../../src/lib/data/layerRecord.ts';
import {
	composeLayers,
	makeLayer,
	newLayerId,
	type DataLayer
} from '../../../src/lib/data/layers.ts';
import { ColumnarDataset } from '../../../src/lib/data/columnar.ts';
import {
	IdbLayerBackend,
	JOURNAL_MAX,
	openLayerStore,
	type UndoStep
} from '../../../src/lib/data/layerStore.ts';
import type { Dataset } from '../../../src/lib/data/model.ts';
import { DataLayers } from '../../../src/lib/state/dataLayers.svelte.ts';
import { BASE } from '../import/base.ts';

let dbs = 0;
/** A database of its own for each test. */
const freshStore = () => createStore(`layers-test-${++dbs}`, 'layers');

const CSV = [
	'地区,指标,年份,数值,单位,来源,备注',
	'重庆市,学前教育毛入园率,2021,91.5,%,测试数据（非真实统计）,',
	'重庆市,学前教育毛入园率,2022,92.8,%,测试数据（非真实统计）,约数',
	'新区甲,学前教育毛入园率,2022,88,%,测试数据（非真实统计）,'
].join('\n');

/** A layer of a real import (the importer's own output), against the test base. */
function importedLayer(name = 'district.csv'): DataLayer & { data: Dataset } {
	const report = importText(CSV, BASE, { fileName: name });
	const layer = makeLayer(
		{ id: newLayerId('import'), kind: 'import', name, addedAt: 1_700_000_000_000 },
		report.addition
	);
	return layer as DataLayer & { data: Dataset };
}

const notices = () => {
	const said: { kind: string; zh: string }[] = [];
	return {
		said,
		host: { notify: (kind: string, text: { zh: string }) => said.push({ kind, zh: text.zh }) }
	};
};

describe('a layer in the page', () => {
	it('holds its figures by column and composes to what the import added, in order', () => {
		const layer = importedLayer();
		// By column: a county file's figures are not kept as 900,000 objects.
		expect(layer.data).toBeInstanceOf(ColumnarDataset);
		const { addition } = importText(CSV, BASE, { fileName: 'district.csv' });
		const composed = composeLayers(BASE, [layer]);
		// The base's figures, then the import's three, as the importer wrote them.
		expect(composed.observations).toEqual([...BASE.observations, ...addition.observations]);
		expect(composed.targets).toEqual([...BASE.targets, ...addition.targets]);
		expect(composed.regions.map((r) => r.id)).toEqual(
			[...BASE.regions, ...addition.regions].map((r) => r.id)
		);
	});
});

describe('the layer store', () => {
	it('reads back exactly what an import wrote, figures, sources and new regions included', async () => {
		const backend = (await openLayerStore({ store: freshStore() }))!;
		const layer = importedLayer();
		expect(layer.data.observations).toHaveLength(3);
		await backend.put(layer);
		const { layers, damaged } = await backend.load();
		expect(damaged).toEqual([]);
		expect(layers).toHaveLength(1);
		expect(layers[0]).toEqual(layer);
		expect(layers[0]?.data?.regions.map((r) => r.zh)).toContain('新区甲');
	});

	it('skips damaged records, names them when it can, and keeps the good ones', async () => {
		const store = freshStore();
		const backend = (await openLayerStore({ store }))!;
		const good = importedLayer('good.csv');
		await backend.put(good);
		const bad = toRecord(importedLayer('bad-year.csv'));
		bad.figures.year[0] = 1234; // not a year the data can hold
		await set(`layer:${bad.layer.id}`, bad, store);
		const counted = toRecord(importedLayer('bad-count.csv'));
		counted.layer.count = 99;
		await set(`layer:${counted.layer.id}`, counted, store);
		await set('layer:garbage', 'not a record', store);
		await set('journal', [{ kind: 'add' }], store);
		const listing = await backend.load();
		expect(listing.layers.map((l) => l.name)).toEqual(['good.csv']);
		expect(listing.damaged.sort()).toEqual(['bad-count.csv', 'bad-year.csv', null, null].sort());
		expect(listing.journal).toEqual([]);
	});

	it('keeps the last undo steps, and deletes a removed layer for good when its step falls off', async () => {
		const store = freshStore();
		const backend = new IdbLayerBackend(store);
		const layer = importedLayer();
		await backend.put(layer);
		await backend.setRemoved(layer.id, true);
		const step = (i: number, kind: UndoStep['kind'], id: string): UndoStep => ({
			kind,
			layer: id,
			label: { zh: `第 ${i} 步`, en: `step ${i}` },
			at: i
		});
		await backend.pushStep(step(0, 'remove', layer.id));
		expect((await backend.load()).removed.map((l) => l.id)).toEqual([layer.id]);
		for (let i = 1; i <= JOURNAL_MAX; i++)
			await backend.pushStep(step(i, 'add', newLayerId('import')));
		const listing = await backend.load();
		expect(listing.journal).toHaveLength(JOURNAL_MAX);
		expect(listing.journal[0]?.at).toBe(1);
		expect(listing.removed).toEqual([]);
		await backend.dropStep(step(JOURNAL_MAX, 'add', listing.journal.at(-1)!.layer));
		expect((await backend.load()).journal.at(-1)?.at).toBe(JOURNAL_MAX - 1);
	});

	it('is null when IndexedDB is missing, and when opening never finishes (blocked)', async () => {
		const saved = globalThis.indexedDB;
		// @ts-expect-error simulating a browser without IndexedDB
		delete globalThis.indexedDB;
		try {
			expect(await openLayerStore()).toBeNull();
		} finally {
			globalThis.indexedDB = saved;
		}
		const blocked: UseStore = () => new Promise(() => {});
		expect(await openLayerStore({ store: blocked, timeoutMs: 50 })).toBeNull();
	});
});

/** A store whose writes fail as a full IndexedDB's do (the transaction aborts with QuotaExceededError). */
function fullAfter(store: UseStore, writes: number): UseStore {
	let left = writes;
	return (mode, callback) => {
		if (mode === 'readwrite' && left-- <= 0)
			return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
		return store(mode, callback);
	};
}

describe('the analyst’s data in the page, over the store', () => {
	it('restores layers and their undo step after a reload, and undo then removes the layer from the store', async () => {
		const store = freshStore();
		const open = () => openLayerStore({ store });
		const a = new DataLayers(BASE, notices().host, { open, channel: null });
		await a.start();
		const added = importedLayer();
		a.add('import', 'district.csv', added.data, {
			label: { zh: '导入 district.csv', en: 'importing district.csv' },
			loaded: BASE
		});
		await a.settled();
		const { host, said } = notices();
		const b = new DataLayers(BASE, host, { open, channel: null });
		await b.start();
		expect(b.layers.map((l) => l.name)).toEqual(['district.csv']);
		expect(b.composed.observations.length).toBe(BASE.observations.length + 3);
		expect(b.lastStep?.label.zh).toBe('导入 district.csv');
		expect(said.map((s) => s.zh)).toEqual(['已恢复“我的数据”中的 1 项数据。']);
		expect(b.undo()?.zh).toBe('导入 district.csv');
		expect(b.composed).toBe(BASE);
		await b.settled();
		const c = new DataLayers(BASE, notices().host, { open, channel: null });
		await c.start();
		expect([c.layers, c.journal]).toEqual([[], []]);
	});

	it('a full store: one sentence, the page keeps everything in memory, later changes still work', async () => {
		const store = freshStore();
		const { host, said } = notices();
		// The probe and the first listing pass; the first write of a layer fails.
		const layers = new DataLayers(BASE, host, {
			open: async () => new IdbLayerBackend(fullAfter(store, 0)),
			channel: null
		});
		await layers.start();
		const layer = importedLayer();
		layers.add('import', 'big.csv', layer.data, {
			label: { zh: '导入', en: 'import' },
			loaded: BASE
		});
		await layers.settled();
		expect(layers.storage).toBe('memory');
		expect(said.filter((s) => s.kind === 'error').map((s) => s.zh)).toEqual([
			expect.stringContaining('浏览器存储写入失败')
		]);
		expect(layers.composed.observations.length).toBe(BASE.observations.length + 3);
		// In memory from now on: switching off, undo and a second layer still work, no second message.
		layers.add('import', 'second.csv', importedLayer('second.csv').data, {
			label: { zh: '导入 second', en: 'import second' },
			loaded: layers.composed
		});
		layers.setOn(layers.layers[0]!.id, false);
		expect(layers.undo()?.zh).toBe('导入 second');
		await layers.settled();
		expect(said.filter((s) => s.kind === 'error')).toHaveLength(1);
		expect(layers.layers.map((l) => [l.name, l.on])).toEqual([['big.csv', false]]);
	});

	it('without IndexedDB: one sentence at start, and the data works in the page', async () => {
		const { host, said } = notices();
		const layers = new DataLayers(BASE, host, { open: async () => null, channel: null });
		await layers.start();
		expect(layers.storage).toBe('memory');
		expect(said).toEqual([{ kind: 'error', zh: expect.stringContaining('只保存在本页中') }]);
		layers.add('import', 'x.csv', importedLayer().data, {
			label: { zh: 'x', en: 'x' },
			loaded: BASE
		});
		await layers.settled();
		expect(layers.composed.observations.length).toBe(BASE.observations.length + 3);
	});

	it('a damaged record at start is skipped with one sentence naming it; the rest is restored', async () => {
		const store = freshStore();
		const backend = new IdbLayerBackend(store);
		await backend.put(importedLayer('good.csv'));
		const bad = toRecord(importedLayer('broken.csv'));
		bad.figures.value[0] = Number.NaN;
		await set(`layer:${bad.layer.id}`, bad, store);
		const { host, said } = notices();
		const layers = new DataLayers(BASE, host, { open: async () => backend, channel: null });
		await layers.start();
		expect(layers.layers.map((l) => l.name)).toEqual(['good.csv']);
		expect(said).toEqual([{ kind: 'error', zh: expect.stringContaining('（broken.csv）') }]);
	});

	it('two tabs that add at the same time keep both, and each follows the other', async () => {
		const store = freshStore();
		const open = () => openLayerStore({ store });
		const channel = `layers-tabs-${dbs}`;
		const a = new DataLayers(BASE, notices().host, { open, channel });
		const bNotices = notices();
		const b = new DataLayers(BASE, bNotices.host, { open, channel });
		await Promise.all([a.start(), b.start()]);
		const label = { zh: '导入', en: 'import' };
		a.add('import', 'a.csv', importedLayer('a.csv').data, { label, loaded: BASE });
		b.add('import', 'b.csv', importedLayer('b.csv').data, { label, loaded: BASE });
		await Promise.all([a.settled(), b.settled()]);
		// Each tab hears of the other's write and reads the store again.
		await expect
			.poll(() => a.layers.map((l) => l.name).sort(), { timeout: 2000 })
			.toEqual(['a.csv', 'b.csv']);
		await expect
			.poll(() => b.layers.map((l) => l.name).sort(), { timeout: 2000 })
			.toEqual(['a.csv', 'b.csv']);
		expect(bNotices.said.map((s) => s.zh)).toContain(
			'“我的数据”已在另一个标签页中更改，本页已同步。'
		);
		// Both undo steps are kept (one per tab), whatever the order the writes arrived in.
		const c = new DataLayers(BASE, notices().host, { open, channel: null });
		await c.start();
		expect(c.journal).toHaveLength(2);
		// Switched off in one tab, off in the other.
		a.setOn(a.layers.find((l) => l.name === 'b.csv')!.id, false);
		await a.settled();
		await expect
			.poll(() => b.layers.find((l) => l.name === 'b.csv')?.on, { timeout: 2000 })
			.toBe(false);
	});
});
