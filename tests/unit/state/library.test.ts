/** The scenario library with a fake IndexedDB: save, list, open, and files that are refused. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { builtInDataset } from '../../../src/cli/seedFiles.ts';
import { AppState } from '../../../src/lib/state/app.svelte.ts';
import { ScenarioLibrary } from '../../../src/lib/state/library.svelte.ts';

const dataset = builtInDataset();

describe('ScenarioLibrary', () => {
	it('saves the current scenario and opens it again in another page state', async () => {
		const a = new AppState(dataset);
		const lib = new ScenarioLibrary(a);
		await lib.start();
		a.scenario.rename('教共体加速');
		a.scenario.setAssumption('chongqing', a.view.indicator, { rate: 2.2, sigma: 0.5 });
		await lib.save();
		expect(a.message?.text.zh).toBe('已保存情景“教共体加速”。');
		const b = new AppState(dataset);
		const other = new ScenarioLibrary(b);
		await other.start();
		const saved = other.items.find((i) => i.name === '教共体加速');
		expect(saved).toBeDefined();
		other.open(saved!.scenario);
		expect(b.scenario.assumptions).toEqual(a.scenario.assumptions);
	});

	it('opens the built-in scenarios from scenarios/*.json', async () => {
		const app = new AppState(dataset);
		const lib = new ScenarioLibrary(app);
		expect(lib.builtInNames.sort()).toEqual(['accelerated', 'baseline', 'stalled']);
		await lib.openBuiltIn('stalled');
		expect(app.scenario.name).toBe('停滞 Stalled');
		expect(new Set(app.scenario.assumptions.map((x) => x.method))).toEqual(new Set(['hold']));
	});

	it('a file that is not a scenario says why and changes nothing', async () => {
		const app = new AppState(dataset);
		const lib = new ScenarioLibrary(app);
		const before = app.toScenario();
		await lib.importFile(
			new File(['{"format":"mubiao-scenario","version":1,"name":"x","colour":1}'], 'bad.json')
		);
		expect(app.message?.kind).toBe('error');
		expect(app.message?.text.zh).toContain('bad.json');
		expect(app.message?.text.zh).toContain('“colour”');
		expect(app.toScenario()).toEqual(before);
	});
});
