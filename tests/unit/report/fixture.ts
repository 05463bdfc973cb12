/**
 * A small dataset for the briefing and workbook tests (test data, not statistics): city A with
 * a straight-line series (50, 54, 58 in 2020, 2022, 2024: 2 points a year, no noise), one more
 * indicator with a single point, city B and the national series for comparison.
 */
import { DatasetSchema, type Dataset } from '../../../src/lib/data/model.ts';
import type { Assumption } from '../../../src/lib/domain/engine/index.ts';
import { seriesKey } from '../../../src/lib/scenario/apply.ts';
import { ScenarioRunner } from '../../../src/lib/scenario/run.ts';
import { runSettings } from '../../../src/lib/scenario/settings.ts';
import type { ReportInput } from '../../../src/lib/report/model.ts';

export const DATA: Dataset = DatasetSchema.parse({
	sources: [
		{ id: 'plan', kind: 'seed', title: '《甲市教育规划》', publisher: '甲市政府', date: '2024-05' },
		{ id: 'stat', kind: 'reference', title: '甲市统计公报', titleEn: 'City A bulletin' }
	],
	regions: [
		{ id: 'N', zh: '全国', en: 'China', aliases: [], level: 'national' },
		{ id: 'A', zh: '甲市', en: 'City A', aliases: [], level: 'city' },
		{ id: 'B', zh: '乙市', en: 'City B', aliases: [], level: 'city' },
		{ id: 'C', zh: '丙市', en: 'City C', aliases: [], level: 'city' }
	],
	indicators: [
		{ id: 'rate', zh: '达标率', en: 'Attainment', aliases: [], unit: '%', direction: 'up' },
		{ id: 'cover', zh: '覆盖率', en: 'Coverage', aliases: [], unit: '%', direction: 'up' }
	],
	observations: [
		{ region: 'A', indicator: 'rate', year: 2020, value: 50, provenance: [{ source: 'stat' }] },
		{ region: 'A', indicator: 'rate', year: 2022, value: 54, provenance: [{ source: 'stat' }] },
		{
			region: 'A',
			indicator: 'rate',
			year: 2024,
			value: 58,
			provenance: [{ source: 'stat', section: '表 2', excerpt: '达标率为58%' }],
			note: '初步数'
		},
		{ region: 'A', indicator: 'cover', year: 2025, value: 85, provenance: [{ source: 'stat' }] },
		{ region: 'B', indicator: 'rate', year: 2023, value: 60, provenance: [{ source: 'stat' }] },
		{ region: 'C', indicator: 'rate', year: 2023, value: 40, provenance: [{ source: 'stat' }] }
	],
	targets: [
		{
			region: 'A',
			indicator: 'rate',
			year: 2021,
			comparator: '>=',
			value: 52,
			valueMax: null,
			provenance: [{ source: 'plan', section: '一', excerpt: '2021年达标率达到52%' }]
		},
		{
			region: 'A',
			indicator: 'rate',
			year: 2030,
			comparator: '>=',
			value: 70,
			valueMax: null,
			provenance: [{ source: 'plan', section: '二', excerpt: '2030年达标率达到70%' }]
		},
		{
			region: 'A',
			indicator: 'rate',
			year: 2027,
			comparator: '>=',
			value: 90,
			valueMax: null,
			provenance: [{ source: 'plan', section: '二', excerpt: '2027年达标率达到90%' }]
		},
		{
			region: 'A',
			indicator: 'cover',
			year: 2027,
			comparator: '>=',
			value: 90,
			valueMax: null,
			provenance: [{ source: 'plan', section: '三', excerpt: '覆盖率达到90%' }]
		}
	]
});

/** "Today" is 2026 in every test, whatever the clock says. */
export const SETTINGS = runSettings({ asOf: 2026 });

/**
 * B grows 5 % a year (differs from the baseline); A × cover names the fitted linear trend (the
 * baseline itself); C, not compared, has one of its own.
 */
export const ASSUMPTIONS = new Map<string, Assumption>([
	[seriesKey('B', 'rate'), { method: 'compound', rate: 0.05 }],
	[seriesKey('A', 'cover'), { method: 'linear' }],
	[seriesKey('C', 'rate'), { method: 'linear', rate: 1 }]
]);

export function reportInput(overrides: Partial<ReportInput> = {}): ReportInput {
	const run = new ScenarioRunner(DATA).run(ASSUMPTIONS, SETTINGS);
	return {
		dataset: DATA,
		run,
		settings: SETTINGS,
		planStart: 2024,
		scenarioName: '测试情景',
		assumptions: ASSUMPTIONS,
		region: 'A',
		compare: ['B', 'N'],
		indicator: 'cover',
		lang: 'zh',
		date: '2026-03-01',
		...overrides
	};
}
