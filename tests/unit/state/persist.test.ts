/**
 * The analyst's data through the page's state, without a browser: an import and an entered
 * value travel in a link and give the recipient the sender's verdicts; a large import is named,
 * not carried, the recipient is told and the dependent verdicts are marked until the same file
 * is imported; an exported scenario file restores the verdicts on a page that never saw the CSV.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { builtInDataset } from '../../../src/cli/seedFiles.ts';
import { resolveAddition } from '../../../src/lib/data/import/apply.ts';
import { importText } from '../../../src/lib/data/import/pipeline.ts';
import type { ImportSummary } from '../../../src/lib/data/layers.ts';
import { parseScenarioText } from '../../../src/lib/scenario/parse.ts';
import { fitFileData } from '../../../src/lib/scenario/fileData.ts';
import { withDisplayNames } from '../../../src/lib/scenario/names.ts';
import { LINK_MAX_CHARS } from '../../../src/lib/scenario/url.ts';
import { decodeScenarioHash } from '../../../src/lib/scenario/urlDecode.ts';
import { AppState } from '../../../src/lib/state/app.svelte.ts';
import { ScorecardModel } from '../../../src/lib/state/scorecard.svelte.ts';
import { buildReportModel } from '../../../src/lib/report/model.ts';
import { seriesTable } from '../../../src/lib/state/seriesTable.ts';
import { stampOf } from '../../../src/lib/state/stamp.ts';
import { GapEntry } from '../../../src/lib/state/gapEntry.svelte.ts';
import { UrlSync } from '../../../src/lib/state/urlSync.svelte.ts';
import { buildComparisonOption } from '../../../src/lib/charts/comparison.ts';
import { comparisonInput } from '../../../src/lib/state/chartData.ts';
import { scorecardCsv } from '../../../src/lib/state/exports.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../cli/run.ts';

const builtIn = builtInDataset();
const noStore = { open: async () => null, channel: null };
const page = () => new AppState(builtIn, noStore);

const VOCATIONAL = 'dual-qualified-vocational-teachers';

/** 重庆市's vocational teachers 2019–2024 (test figures), and `filler` figures of other districts. */
function vocationalCsv(filler = 0): string {
	const lines = ['地区,指标,年份,数值,单位,上级地区,来源'];
	const values = [52.1, 55.4, 58.0, 60.9, 63.2, 66.0];
	values.forEach((v, i) =>
		lines.push(`重庆市,职业教育双师型教师占比,${2019 + i},${v},%,,测试数据（非真实统计）`)
	);
	for (let i = 0; i < filler; i++)
		lines.push(
			`测试区${Math.floor(i / 10) + 1},测试指标,${2010 + (i % 10)},${(40 + ((i * 37) % 500) / 10).toFixed(1)},%,重庆市,测试数据（非真实统计）`
		);
	return lines.join('\n');
}

function summary(r: ReturnType<typeof importText>): ImportSummary {
	return {
		shape: r.shape,
		shapeLabel: r.shapeLabel,
		format: r.format,
		encoding: r.encoding,
		sheet: r.sheet,
		rowsRead: r.rowsRead,
		rowsAccepted: r.rowsAccepted,
		rowsRejected: r.rowsRejected,
		errors: r.issues.filter((i) => i.severity === 'error').length,
		warnings: r.issues.filter((i) => i.severity === 'warning').length,
		alreadyLoaded: r.alreadyLoaded
	};
}

/** Import a CSV as the import dialog does (the report against the loaded data, then applied). */
function importCsv(app: AppState, fileName: string, csv: string) {
	const report = importText(csv, app.dataset, { fileName });
	return app.addImport({
		fileName,
		addition: resolveAddition(app.dataset, report),
		label: { zh: `导入“${fileName}”`, en: `importing "${fileName}"` },
		summary: summary(report)
	});
}

/** Every verdict: identity, status and probability. */
const verdicts = (app: AppState) =>
	app.run.results.map((r) => `${r.key} ${r.assessment.status} ${r.assessment.probability}`);

const row = (app: AppState, indicator: string, year = 2027) =>
	app.run.results.find(
		(r) =>
			r.region === 'chongqing' && r.indicator === indicator && r.assessment.evaluatedYear === year
	)!;

/** The link the page would write, opened in another page. */
async function openLink(from: AppState, to: AppState) {
	const sync = new UrlSync(from);
	const { hash, referenced } = await sync.encode(sync.current());
	const read = await decodeScenarioHash(`#${hash}`);
	if (!read?.ok) throw new Error(`link unreadable: ${read?.error.en}`);
	to.openScenario(read.scenario, 'link');
	return { hash, referenced };
}

describe('the analyst’s data in links and scenario files', () => {
	it('a small import and an entered value travel in the link: the recipient sees the same verdicts', async () => {
		const sender = page();
		expect(row(sender, VOCATIONAL).assessment.status).toBe('no-data');
		importCsv(sender, 'district.csv', vocationalCsv());
		// Six points 2019–2024: the trend is fitted, so the target now has a verdict.
		expect(row(sender, VOCATIONAL).assessment.status).not.toBe('no-data');
		const entry = new GapEntry(sender, 'chongqing', 'smart-education-platform-coverage');
		entry.value = '61.5';
		entry.year = '2024';
		entry.source = '重庆统计年鉴2024 表4-12';
		expect(entry.submit()).toBe(true);
		expect(row(sender, 'smart-education-platform-coverage').assessment.status).toBe(
			'needs-assumption'
		);
		const recipient = page();
		const { hash, referenced } = await openLink(sender, recipient);
		expect(referenced).toEqual([]);
		expect(hash.length).toBeLessThan(8000);
		expect(verdicts(recipient)).toEqual(verdicts(sender));
		expect(recipient.data.layers.map((l) => [l.kind, l.on])).toEqual([
			['import', true],
			['entered', true]
		]);
		// The entered value is marked as such in the recipient's scorecard.
		const card = new ScorecardModel(recipient);
		const smart = row(recipient, 'smart-education-platform-coverage');
		expect(card.enteredAt(smart, 2024)).toBe(true);
		// …in the chart (a hollow square) and in the scorecard export.
		recipient.view.showTarget('chongqing', 'smart-education-platform-coverage');
		const chart = comparisonInput({
			dataset: recipient.effective,
			view: recipient.view,
			lang: 'zh',
			milestones: [2027],
			horizon: 2035
		});
		expect(chart.series[0]?.points).toEqual([{ year: 2024, value: 61.5, entered: true }]);
		const option = buildComparisonOption(chart);
		expect(JSON.stringify(option.series)).toContain('"symbol":"emptyRect"');
		const [header, ...lines] = scorecardCsv(
			[smart],
			recipient.effective,
			stampOf(recipient.scenario)
		)
			.trim()
			.split('\n');
		const col = header!.split(',').indexOf('anchor_entered');
		expect(lines[0]!.split(',')[col]).toBe('true');
		// …and in the table view (the 2024 cell, the only actual of that series).
		const table = seriesTable({
			dataset: recipient.effective,
			view: { region: 'chongqing', compare: [], indicator: 'smart-education-platform-coverage' },
			lang: 'zh',
			projections: new Map(),
			horizon: 2027,
			targetLabel: () => ''
		});
		const cell2024 = table.rows.find((r) => r.year === 2024)?.cells[0];
		expect(cell2024).toMatchObject({ value: 61.5, kind: 'actual', entered: true });
		// …and in the briefing's table of targets.
		const report = buildReportModel({
			dataset: recipient.effective,
			run: recipient.run,
			settings: recipient.scenario.settings,
			planStart: 2024,
			scenarioName: recipient.scenario.name,
			assumptions: new Map(),
			region: 'chongqing',
			compare: [],
			lang: 'zh',
			date: '2026-12-01'
		});
		const briefed = report.targets.find((t) => t.key === smart.key);
		expect(briefed?.how).toContain('用户录入');
		expect(report.targets.filter((t) => t.how.includes('用户录入'))).toHaveLength(
			report.targets.filter((t) => t.indicator === briefed?.indicator).length
		);
		expect(recipient.message?.text.zh).toContain('带来的 2 项数据');
	});

	it('a large import is named, not carried: one message, the dependent verdicts marked, the file completes them', async () => {
		const sender = page();
		const csv = vocationalCsv(1200);
		importCsv(sender, 'district.csv', csv);
		const count = sender.data.layers[0]!.count;
		expect(count).toBe(1206);
		const recipient = page();
		const { hash, referenced } = await openLink(sender, recipient);
		expect(referenced.map((e) => e.name)).toEqual(['district.csv']);
		expect(hash.length).toBeLessThan(2000);
		expect(recipient.message).toEqual({
			kind: 'error',
			text: expect.objectContaining({
				zh: expect.stringContaining(
					'此链接使用了导入文件 district.csv 中的 1206 个数值，您尚未导入'
				)
			})
		});
		const card = new ScorecardModel(recipient);
		expect(card.missingFor(row(recipient, VOCATIONAL)).map((l) => l.name)).toEqual([
			'district.csv'
		]);
		// A verdict on another indicator does not depend on it.
		expect(card.missingFor(row(recipient, 'smart-education-platform-coverage'))).toEqual([]);
		expect(verdicts(recipient)).not.toEqual(verdicts(sender));
		const note = importCsv(recipient, 'district.csv', csv);
		expect(note?.text.zh).toContain('已补全所需的数据“district.csv”');
		expect(recipient.data.missing).toEqual([]);
		expect(verdicts(recipient)).toEqual(verdicts(sender));
		// The recipient's data now has the sender's id: a link back names the same layer.
		expect(recipient.data.layers[0]!.id).toBe(sender.data.layers[0]!.id);
	});

	it('an exported scenario file restores the same statuses and probabilities on a page that never saw the CSV', () => {
		const sender = page();
		importCsv(sender, 'district.csv', vocationalCsv(1200));
		const entry = new GapEntry(sender, 'chongqing', 'smart-education-platform-coverage');
		Object.assign(entry, { value: '58', year: '2023', source: '市教委公报 2023' });
		entry.submit();
		sender.scenario.setAssumption('chongqing', VOCATIONAL, { rate: 1.5 });
		const fitted = fitFileData(sender.toScenario());
		expect(fitted.referenced).toEqual([]);
		const text = JSON.stringify(withDisplayNames(fitted.scenario, sender.effectiveIndex), null, 2);
		const parsed = parseScenarioText(text);
		expect(parsed.ok).toBe(true);
		const recipient = page();
		if (parsed.ok) recipient.openScenario(parsed.scenario, 'scenario');
		expect(verdicts(recipient)).toEqual(verdicts(sender));
		expect(recipient.data.layers).toHaveLength(2);
	});

	it('the command line reads the exported file to the same verdicts, and names data it does not carry', async () => {
		const sender = page();
		importCsv(sender, 'district.csv', vocationalCsv());
		const file = join(mkdtempSync(join(tmpdir(), 'mubiao-')), 'scenario.json');
		const exported = fitFileData(sender.toScenario()).scenario;
		writeFileSync(file, JSON.stringify(withDisplayNames(exported, sender.effectiveIndex)));
		const r = await cli(['assess', '--scenario', file, '--format', 'json']);
		expect(r.code).toBe(0);
		const results = JSON.parse(r.stdout).results as {
			region: string;
			indicator: string;
			evaluatedYear: number;
			status: string;
			probability: number | null;
		}[];
		const vocational = results.find(
			(x) =>
				x.region === '重庆市' &&
				x.indicator === '职业教育双师型教师占比' &&
				x.evaluatedYear === 2027
		);
		const inPage = row(sender, VOCATIONAL).assessment;
		expect([vocational?.status, vocational?.probability]).toEqual([
			inPage.status,
			inPage.probability
		]);
		// Only named (as a link names a large import): said on stderr, verdicts without it.
		const named = {
			...exported,
			data: exported.data?.map(({ dataset, ...e }) => (void dataset, e))
		};
		writeFileSync(file, JSON.stringify(named));
		const without = await cli(['assess', '--scenario', file, '--format', 'json']);
		expect(without.code).toBe(0);
		expect(without.stderr).toContain('the imported file district.csv');
	});

	it('the recipient’s own data is switched off, and told, so that the verdicts are the sender’s', async () => {
		const sender = page();
		const recipient = page();
		importCsv(recipient, 'mine.csv', vocationalCsv());
		expect(verdicts(recipient)).not.toEqual(verdicts(sender));
		await openLink(sender, recipient);
		expect(verdicts(recipient)).toEqual(verdicts(sender));
		expect(recipient.data.layers.map((l) => [l.name, l.on])).toEqual([['mine.csv', false]]);
		expect(recipient.message?.text.zh).toContain('已关闭您的 1 项数据（mine.csv）');
	});

	it('a scenario without a word on data (a built-in one, an old file) leaves the analyst’s data on', () => {
		const app = page();
		importCsv(app, 'mine.csv', vocationalCsv());
		app.openScenario({ format: 'mubiao-scenario', version: 2, name: '停滞' }, 'scenario');
		expect(app.data.layers.map((l) => l.on)).toEqual([true]);
	});

	it('a 150,000-observation scenario never gives a link that cannot open: its data is named instead', async () => {
		const app = page();
		const observations = Array.from({ length: 150_000 }, (_, i) => ({
			region: `测试区${Math.floor(i / 50)}`,
			indicator: '学前教育毛入园率',
			year: 1980 + (i % 50),
			value: 50 + ((i * 7919) % 5000) / 100
		}));
		app.loadScenario({ format: 'mubiao-scenario', version: 2, name: '大情景', observations });
		const sync = new UrlSync(app);
		const { hash, referenced } = await sync.encode(sync.current());
		expect(hash.length).toBeLessThan(LINK_MAX_CHARS);
		expect(hash.length).toBeLessThan(8000);
		expect(referenced).toEqual([expect.objectContaining({ kind: 'scenario', count: 150_000 })]);
		const read = await decodeScenarioHash(`#${hash}`);
		expect(read?.ok).toBe(true);
		const recipient = page();
		if (read?.ok) recipient.openScenario(read.scenario, 'link');
		expect(recipient.message?.text.zh).toContain('情景“大情景”自带的数据中的 150000 个数值');
	});
});
