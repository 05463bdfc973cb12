/**
 * Saved scenarios with two tabs open: each hears of the other's saves, and a rename made in one
 * tab is never silently overwritten by a rename from a tab that had not seen it.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { builtInDataset } from '../../../src/cli/seedFiles.ts';
import { AppState } from '../../../src/lib/state/app.svelte.ts';
import { ScenarioLibrary } from '../../../src/lib/state/library.svelte.ts';

const dataset = builtInDataset();
const page = () => new AppState(dataset, { open: async () => null, channel: null });

describe('two tabs and their saved scenarios', () => {
	it('a save in one tab appears in the other', async () => {
		const channel = 'scenarios-two-tabs';
		const a = new AppState(dataset);
		const b = new AppState(dataset);
		const left = new ScenarioLibrary(a, channel);
		const right = new ScenarioLibrary(b, channel);
		await Promise.all([left.start(), right.start()]);
		a.scenario.rename('左边保存的');
		await left.save();
		await expect
			.poll(() => right.items.map((i) => i.name), { timeout: 2000 })
			.toContain('左边保存的');
		left.close();
		right.close();
	});

	it('a rename from a tab that has not seen another tab’s rename says so and changes nothing', async () => {
		const a = page();
		const b = page();
		// No channel: the second tab has not heard of the first tab's rename yet (the race).
		const left = new ScenarioLibrary(a, null);
		const right = new ScenarioLibrary(b, null);
		await left.start();
		a.scenario.rename('原名');
		await left.save();
		await right.start();
		const id = right.items.find((i) => i.name === '原名')!.id;
		expect(await left.rename(id, '左边改的名')).toBe(true);
		expect(await right.rename(id, '右边改的名')).toBe(false);
		expect(b.message).toEqual({
			kind: 'error',
			text: expect.objectContaining({
				zh: expect.stringContaining('另一个标签页已把此情景改名为“左边改的名”')
			})
		});
		// The list was refreshed: the second tab now shows the first tab's name, and can rename it.
		expect(right.items.find((i) => i.id === id)?.name).toBe('左边改的名');
		expect(await right.rename(id, '右边改的名')).toBe(true);
		await left.refresh();
		expect(left.items.find((i) => i.id === id)?.name).toBe('右边改的名');
	});

	it('a rename begun before another tab renamed it (the list refreshed meanwhile) says so', async () => {
		const channel = 'scenarios-rename-race';
		const a = new AppState(dataset);
		const b = new AppState(dataset);
		const left = new ScenarioLibrary(a, channel);
		const right = new ScenarioLibrary(b, channel);
		await Promise.all([left.start(), right.start()]);
		a.scenario.rename('两边都改');
		await left.save();
		await expect.poll(() => right.items.some((i) => i.name === '两边都改')).toBe(true);
		const id = right.items.find((i) => i.name === '两边都改')!.id;
		// The second tab opens its rename box on 两边都改; then the first tab renames it.
		const shownWhenBegun = '两边都改';
		expect(await left.rename(id, '左边先改')).toBe(true);
		await expect
			.poll(() => right.items.find((i) => i.id === id)?.name, { timeout: 2000 })
			.toBe('左边先改');
		expect(await right.rename(id, '右边后改', shownWhenBegun)).toBe(false);
		expect(b.message?.text.zh).toContain('另一个标签页已把此情景改名为“左边先改”');
		await left.refresh();
		expect(left.items.find((i) => i.id === id)?.name).toBe('左边先改');
		left.close();
		right.close();
	});

	it('a scenario the schema would not read back is not saved: one sentence, no damaged record', async () => {
		const app = page();
		const lib = new ScenarioLibrary(app, null);
		await lib.start();
		const before = lib.items.length;
		// The σ box refuses a negative σ; set behind its back, as a future gap would.
		app.scenario.assumptions = [
			{ region: 'chongqing', indicator: 'preschool-gross-enrolment', sigma: -1 }
		];
		await lib.save();
		expect(app.message?.kind).toBe('error');
		expect(app.message?.text.zh).toContain('此情景未保存');
		await lib.refresh();
		expect(lib.items).toHaveLength(before);
		expect(app.message?.text.zh).not.toContain('已损坏');
	});

	it('a name too long or blank is refused with a sentence, not saved as a damaged record', async () => {
		const app = page();
		const lib = new ScenarioLibrary(app, null);
		await lib.start();
		app.scenario.rename('要改名的');
		await lib.save();
		const id = lib.items.find((i) => i.name === '要改名的')!.id;
		expect(await lib.rename(id, '长'.repeat(201))).toBe(false);
		expect(app.message?.text.zh).toContain('最多 200 个字符');
		expect(await lib.rename(id, '   ')).toBe(false);
		await lib.refresh();
		expect(lib.items.find((i) => i.id === id)?.name).toBe('要改名的');
	});
});
