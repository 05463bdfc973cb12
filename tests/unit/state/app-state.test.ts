/**
 * The page's state objects, without a browser: the view's rules, the scenario's edits, loading a
 * scenario and writing it back, undo, and the assumption panel's model. The data is the built-in
 * dataset (read from seeds/ as the page bundles it).
 */
import { describe, expect, it } from 'vitest';
import { builtInDataset } from '../../../src/cli/seedFiles.ts';
import { AppState } from '../../../src/lib/state/app.svelte.ts';
import { FocusAssumption } from '../../../src/lib/state/assumption.svelte.ts';
import { ScorecardModel } from '../../../src/lib/state/scorecard.svelte.ts';
import { ViewState } from '../../../src/lib/state/view.svelte.ts';
import { DEFAULT_VIEW_EXTRAS, type View } from '../../../src/lib/state/view.ts';

const dataset = builtInDataset();
const base: View = {
	region: 'chongqing',
	compare: ['zhejiang', 'national'],
	indicator: 'x',
	mode: 'value',
	scope: 'focus',
	milestone: null,
	status: null,
	...DEFAULT_VIEW_EXTRAS
};

describe('ViewState', () => {
	it('a focused region leaves the comparison, and is never added to it', () => {
		const v = new ViewState(base);
		v.focus('zhejiang');
		expect([v.region, v.compare]).toEqual(['zhejiang', ['national']]);
		v.addCompare('zhejiang');
		v.addCompare('national');
		expect(v.compare).toEqual(['national']);
		v.setCompare(['fujian', 'zhejiang', 'fujian', 'chongqing']);
		expect(v.compare).toEqual(['fujian', 'chongqing']);
	});

	it('showing a target of another region focuses it', () => {
		const v = new ViewState(base);
		v.showTarget('zhejiang', 'y');
		expect(v.snapshot()).toMatchObject({
			region: 'zhejiang',
			indicator: 'y',
			compare: ['national']
		});
	});

	it('prune drops regions that are gone and falls back when the focus is', () => {
		const v = new ViewState({ ...base, region: 'gone', compare: ['zhejiang', 'gone2'] });
		v.prune((id) => !id.startsWith('gone'), base);
		expect(v.region).toBe('chongqing');
		expect(v.compare).toEqual(['zhejiang', 'national']);
	});
});

describe('AppState', () => {
	it('opens on the plan question: 重庆市, its 2027 targets, the first of them with data', () => {
		const app = new AppState(dataset);
		expect(app.view.snapshot()).toMatchObject({ region: 'chongqing', milestone: 2027 });
		expect(app.effectiveIndex.indicators.byId(app.view.indicator)?.zh).toBe('教共体覆盖率');
	});

	it('a scenario written out and loaded back gives the same screen and verdicts', () => {
		const a = new AppState(dataset);
		a.scenario.setAssumption('chongqing', a.view.indicator, { rate: 3 });
		a.view.addCompare('fujian');
		a.view.setMilestone(null);
		const written = a.toScenario();
		const b = new AppState(dataset);
		b.loadScenario(written);
		expect(b.view.snapshot()).toEqual(a.view.snapshot());
		const verdicts = (s: AppState) => s.run.results.map((r) => `${r.key} ${r.assessment.status}`);
		expect(verdicts(b)).toEqual(verdicts(a));
		// 教共体 85 (2025) + 3·2 = 91 ≥ 90 in 2027, σ 0 (one point): on track
		const row = b.run.results.find(
			(r) => r.target.indicator === b.view.indicator && r.target.year === 2027
		);
		expect(row?.assessment.status).toBe('on-track');
	});

	it('an assumption naming what the data lacks is dropped with a sentence', () => {
		const app = new AppState(dataset);
		const warnings = app.loadScenario({
			format: 'mubiao-scenario',
			version: 2,
			name: 'x',
			assumptions: [{ region: '火星', indicator: '教共体覆盖率', rate: 1 }]
		});
		expect(warnings[0]?.zh).toContain('火星');
		expect(app.scenario.assumptions).toEqual([]);
	});

	it('undo restores the data and says what was undone', () => {
		const app = new AppState(dataset);
		const added = {
			...dataset,
			sources: [],
			regions: [{ id: 'r', zh: '新区', en: 'New', aliases: [], level: 'district' as const }],
			indicators: [],
			observations: [],
			targets: []
		};
		app.addData(added, { zh: '新区数据', en: 'new data' }, { zh: '已加入', en: 'added' });
		app.view.focus('r');
		expect(app.effectiveIndex.regions.byId('r')).toBeDefined();
		app.undoAndSay();
		expect(app.effectiveIndex.regions.byId('r')).toBeUndefined();
		expect(app.view.region).toBe('chongqing'); // the focus was on the region that went away
		expect(app.message?.text.zh).toBe('已撤销：新区数据。');
	});
});

describe('the assumption panel model', () => {
	it('refuses a compound rate of −100 %/yr with a sentence, and keeps the last good rate', () => {
		const app = new AppState(dataset);
		const m = new FocusAssumption(app);
		m.setMethod('compound');
		m.setRate(5); // 5 %/yr, shown in per cent
		expect(app.scenario.assumptionFor(app.view.region, app.view.indicator)?.rate).toBeCloseTo(
			0.05,
			12
		);
		m.setRate(-100);
		expect(m.rateError).toMatch(/-1/);
		expect(app.scenario.assumptionFor(app.view.region, app.view.indicator)?.rate).toBeCloseTo(
			0.05,
			12
		);
	});

	it('a typed rate survives a change of method: the same value in the target year', () => {
		const app = new AppState(dataset);
		const m = new FocusAssumption(app);
		m.setRate(2); // 教共体 85 % (2025) + 2 pp/yr → 89 % in 2027
		m.setMethod('gap');
		// gap to 100: 1 − ((100 − 89)/(100 − 85))^(1/2) = 1 − √(11/15)
		const rate = app.scenario.assumptionFor(app.view.region, app.view.indicator)?.rate;
		expect(rate).toBeCloseTo(1 - Math.sqrt(11 / 15), 12);
		expect(app.message?.text.zh).toMatch(/2027 年的预测值不变/);
	});
});

describe('the scorecard model', () => {
	it('goal seek on a target that needs an assumption sets the required rate', () => {
		const app = new AppState(dataset);
		const card = new ScorecardModel(app);
		const row = card.rows.find(
			(r) => r.assessment.status === 'needs-assumption' && r.target.year === 2027
		);
		expect(row).toBeDefined();
		card.seek(row!, 'required');
		const after = card.rows.find((r) => r.key === row!.key);
		expect(after?.assessment.status).toBe('on-track');
	});

	it('sorting by status twice reverses it', () => {
		const app = new AppState(dataset);
		const card = new ScorecardModel(app);
		card.sortBy('status');
		expect(card.ariaSort('status')).toBe('ascending');
		card.sortBy('status');
		expect(card.ariaSort('status')).toBe('descending');
	});
});
