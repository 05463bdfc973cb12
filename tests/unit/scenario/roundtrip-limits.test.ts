/**
 * One schema for write and read: what the page accepts can always be saved, exported, linked
 * and read back. Each case below was a scenario the page wrote and then refused as damaged
 * (σ typed as 2,000,000; a region name of more than 200 characters from an import; more than 60
 * comparison regions from the quick sets; a blank scenario name); each is now either accepted
 * everywhere or refused where it is entered, with a sentence.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { builtInDataset } from '../../../src/cli/seedFiles.ts';
import { resolveAddition } from '../../../src/lib/data/import/apply.ts';
import { importText } from '../../../src/lib/data/import/pipeline.ts';
import { parseScenarioText, parseScenarioValue } from '../../../src/lib/scenario/parse.ts';
import { COMPARE_MAX, SIGMA_MAX } from '../../../src/lib/scenario/limits.ts';
import { openScenarioStore } from '../../../src/lib/scenario/store.ts';
import { decodeScenarioHash } from '../../../src/lib/scenario/urlDecode.ts';
import { AppState } from '../../../src/lib/state/app.svelte.ts';
import { FocusAssumption } from '../../../src/lib/state/assumption.svelte.ts';
import { ComparePickerModel } from '../../../src/lib/state/comparePicker.svelte.ts';
import { UrlSync } from '../../../src/lib/state/urlSync.svelte.ts';
import type { ImportSummary } from '../../../src/lib/data/layers.ts';

const builtIn = builtInDataset();
const page = () => new AppState(builtIn, { open: async () => null, channel: null });

const SUMMARY: ImportSummary = {
	shape: 'canonical',
	shapeLabel: { zh: '长表', en: 'long table' },
	format: 'text',
	encoding: 'utf-8',
	sheet: null,
	rowsRead: 0,
	rowsAccepted: 0,
	rowsRejected: 0,
	errors: 0,
	warnings: 0,
	alreadyLoaded: 0
};

function importCsv(app: AppState, csv: string) {
	const report = importText(csv, app.dataset, { fileName: 'long-names.csv' });
	expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
	app.addImport({
		fileName: 'long-names.csv',
		addition: resolveAddition(app.dataset, report),
		label: { zh: '导入', en: 'import' },
		summary: SUMMARY
	});
}

/** The screen through every way out and back in: scenario file, link, saved copy. */
async function everyWayBack(app: AppState): Promise<void> {
	const written = app.toScenario();
	const file = parseScenarioText(JSON.stringify(written));
	expect(file.ok ? 'ok' : file.error.en).toBe('ok');
	const sync = new UrlSync(app);
	const { hash } = await sync.encode(sync.current());
	const link = await decodeScenarioHash(`#${hash}`);
	expect(link?.ok ? 'ok' : link?.error.en).toBe('ok');
	const opened = await openScenarioStore();
	if (!('store' in opened)) throw new Error('no store');
	const saved = await opened.store.save(written.name, written);
	const { items, skipped } = await opened.store.list();
	expect(skipped).toBe(0);
	expect(items.find((i) => i.id === saved.id)?.scenario.name).toBe(written.name);
}

describe('what the page accepts, it reads back', () => {
	it('σ typed as 2,000,000 is refused in the σ box with a sentence; the scenario stays readable', async () => {
		const app = page();
		const model = new FocusAssumption(app);
		model.setSigma(2_000_000 * model.scale);
		expect(model.sigmaError).toContain('离散度 σ 最大为');
		expect(app.scenario.assumptionFor(app.view.region, app.view.indicator)?.sigma).toBeUndefined();
		model.setSigma(SIGMA_MAX * model.scale);
		expect(model.sigmaError).toBeNull();
		expect(app.scenario.assumptionFor(app.view.region, app.view.indicator)?.sigma).toBe(SIGMA_MAX);
		await everyWayBack(app);
	});

	it('a region name of 300 characters from an import is saved, exported, linked and read back', async () => {
		const app = page();
		const long = `测试区${'长'.repeat(297)}`;
		importCsv(
			app,
			[
				'地区,指标,年份,数值,单位,上级地区,来源',
				`${long},学前教育毛入园率,2023,91.5,%,重庆市,测试数据（非真实统计）`,
				`${long},学前教育毛入园率,2024,92.5,%,重庆市,测试数据（非真实统计）`
			].join('\n')
		);
		app.view.focus(long);
		app.scenario.setAssumption(long, '学前教育毛入园率', { rate: 0.5 });
		expect(app.toScenario().view?.region).toHaveLength(300);
		await everyWayBack(app);
	});

	it('more than 60 comparison regions: the first 60 are taken, with a sentence', async () => {
		const app = page();
		const many = Array.from({ length: 75 }, (_, i) => `测试区${i + 1}`);
		importCsv(
			app,
			[
				'地区,指标,年份,数值,单位,上级地区,来源',
				...many.map((r) => `${r},学前教育毛入园率,2024,90,%,重庆市,测试数据（非真实统计）`)
			].join('\n')
		);
		app.setCompare(many);
		expect(app.view.compare).toHaveLength(COMPARE_MAX);
		expect(app.message?.text.zh).toContain('对比地区最多 60 个');
		app.addCompare(many[70]!);
		expect(app.view.compare).toHaveLength(COMPARE_MAX);
		await everyWayBack(app);
		// The picker's quick set "重庆各区县" holds the 75 test districts (parent 重庆市) and more.
		app.setCompare([]);
		app.notify('notice', { zh: '—', en: '—' });
		new ComparePickerModel(app).quick('cqDistricts');
		expect(app.view.compare).toHaveLength(COMPARE_MAX);
		expect(app.message?.text.zh).toContain('对比地区最多 60 个');
		await everyWayBack(app);
	});

	it('a blank scenario name is saved and linked as the default name', async () => {
		const app = page();
		app.scenario.rename('   ');
		expect(app.toScenario().name).toBe('基线 Baseline');
		await everyWayBack(app);
	});

	it('any name, σ and comparison the page takes writes a scenario it reads back (random cases)', () => {
		const app = page();
		const regions = app.dataset.regions.map((r) => r.id);
		fc.assert(
			fc.property(
				fc.string({ maxLength: 300 }),
				fc.double({ min: 0, max: 3e6, noNaN: true }),
				fc.subarray(regions),
				(name, sigma, compare) => {
					app.scenario.rename(name);
					new FocusAssumption(app).setSigma(sigma);
					app.setCompare(compare);
					const back = parseScenarioValue(JSON.parse(JSON.stringify(app.toScenario())));
					expect(back.ok ? 'ok' : back.error.en).toBe('ok');
				}
			),
			{ numRuns: 60 }
		);
	});

	it('a screen whose link would not open is never called copied: the page says so instead', async () => {
		const app = page();
		// Legal, very repetitive assumptions: a short link that inflates past what links are read to.
		const region = '区'.repeat(30_000);
		app.scenario.assumptions = Array.from({ length: 300 }, (_, i) => ({
			region,
			indicator: `x${i}`,
			rate: 1
		}));
		const replaced: string[] = [];
		const copied: string[] = [];
		vi.stubGlobal('location', { href: 'http://127.0.0.1/', pathname: '/', search: '', hash: '' });
		vi.stubGlobal('history', {
			state: null,
			replaceState: (_: unknown, __: string, url: string) => replaced.push(url)
		});
		vi.stubGlobal('navigator', {
			clipboard: { writeText: async (t: string) => void copied.push(t) }
		});
		try {
			const sync = new UrlSync(app);
			await sync.copy();
			expect(sync.tooLong).toBe(true);
			expect(copied).toEqual([]);
			expect(replaced).toEqual(['/']);
			expect(app.message?.kind).toBe('error');
			expect(app.message?.text.zh).toContain('无法放进链接');
		} finally {
			vi.unstubAllGlobals();
		}
	});
});
