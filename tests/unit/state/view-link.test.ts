/**
 * The view fields of the comparison's views — the tab, the ranking's regions and year, the
 * scenario compared with — through share links and scenario files, and old links without them.
 */
import { describe, expect, it } from 'vitest';
import { builtInDataset } from '../../../src/cli/seedFiles.ts';
import { indexDataset } from '../../../src/lib/data/registry.ts';
import { withDisplayNames } from '../../../src/lib/scenario/names.ts';
import { parseScenarioValue } from '../../../src/lib/scenario/parse.ts';
import { encodeScenarioHash } from '../../../src/lib/scenario/url.ts';
import { decodeScenarioHash } from '../../../src/lib/scenario/urlDecode.ts';
import { AppState } from '../../../src/lib/state/app.svelte.ts';
import { linkScenario } from '../../../src/lib/state/link.ts';
import { tabAfterKey } from '../../../src/lib/state/viewTabs.ts';

const dataset = builtInDataset();
const index = indexDataset(dataset);

function linkOf(app: AppState) {
	return linkScenario(
		{
			name: app.scenario.name,
			settings: app.scenario.settings,
			view: app.view.snapshot(),
			lang: app.lang,
			assumptions: app.scenario.assumptions,
			targets: [],
			observations: []
		},
		index
	);
}

describe('the views in the link', () => {
	it('leaves the defaults out: a fresh screen adds no view field of its own', () => {
		const v = linkOf(new AppState(dataset)).view ?? {};
		for (const k of ['tab', 'rankLevel', 'rankParent', 'rankYear', 'against'])
			expect(v).not.toHaveProperty(k);
	});

	it('carries the tab, the ranking and the scenario compared with, and restores them', async () => {
		const a = new AppState(dataset);
		a.view.setTab('ranking');
		a.view.setRanking(null, 'chongqing');
		a.view.setRankYear(2024);
		a.view.setAgainst({ kind: 'builtin', name: 'accelerated' });
		const hash = await encodeScenarioHash(linkOf(a));
		const decoded = await decodeScenarioHash(`#${hash}`);
		expect(decoded?.ok).toBe(true);
		if (!decoded?.ok) return;
		const b = new AppState(dataset);
		b.loadScenario(decoded.scenario);
		expect(b.view.snapshot()).toMatchObject({
			tab: 'ranking',
			rankLevel: null,
			rankParent: 'chongqing',
			rankYear: 2024,
			against: { kind: 'builtin', name: 'accelerated' }
		});
	});

	it('a scenario file names the ranking’s parent region, and reads back to its id', () => {
		const a = new AppState(dataset);
		a.view.setRanking(null, 'jiangxi');
		const file = withDisplayNames(a.toScenario(), index);
		expect(file.view?.rankParent).toBe('江西省');
		const parsed = parseScenarioValue(JSON.parse(JSON.stringify(file)));
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		const b = new AppState(dataset);
		b.loadScenario(parsed.scenario);
		expect(b.view.rankParent).toBe('jiangxi');
	});

	it('an old link without the new fields opens on the chart, the focus’s peers, no comparison', () => {
		const parsed = parseScenarioValue({
			format: 'mubiao-scenario',
			version: 1,
			name: '旧链接',
			view: { region: '重庆市', indicator: '高等教育毛入学率' }
		});
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		const app = new AppState(dataset);
		app.loadScenario(parsed.scenario);
		expect(app.view.snapshot()).toMatchObject({
			tab: 'chart',
			rankLevel: null,
			rankParent: null,
			rankYear: null,
			against: null
		});
	});

	it('refuses a tab that does not exist, with the field named', () => {
		const parsed = parseScenarioValue({
			format: 'mubiao-scenario',
			version: 1,
			name: 'x',
			view: { tab: 'map' }
		});
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.error.en).toContain('tab');
	});
});

describe('the tabs and the keyboard', () => {
	it('Right and Left move and wrap around, Home and End go to the ends', () => {
		expect(tabAfterKey('chart', 'ArrowRight')).toBe('table');
		expect(tabAfterKey('sources', 'ArrowRight')).toBe('chart');
		expect(tabAfterKey('chart', 'ArrowLeft')).toBe('sources');
		expect(tabAfterKey('ranking', 'Home')).toBe('chart');
		expect(tabAfterKey('table', 'End')).toBe('sources');
		expect(tabAfterKey('table', 'Enter')).toBeNull();
	});
});

describe('ViewState rules of the new fields', () => {
	it('a ranking of a region’s children drops the level; a level drops the parent', () => {
		const app = new AppState(dataset);
		app.view.setRanking('province', null);
		expect([app.view.rankLevel, app.view.rankParent]).toEqual(['province', null]);
		app.view.setRanking('province', 'chongqing');
		expect([app.view.rankLevel, app.view.rankParent]).toEqual([null, 'chongqing']);
	});
});
