/**
 * The briefing's model on the small dataset of fixture.ts. Every expected value is worked out
 * by hand from engine.md: A's series 50, 54, 58 (2020, 2022, 2024) is a straight line of slope
 * 2 with no residuals, so σ = 0 and every probability is 0 or 1.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLang } from '../../../src/lib/i18n/strings.ts';
import { buildReportModel, type ReportModel } from '../../../src/lib/report/model.ts';
import { reportDate } from '../../../src/lib/report/phrases.ts';
import { reportInput } from './fixture.ts';

const row = (m: ReportModel, indicator: string, year: number) => {
	const r = m.targets.find((t) => t.indicator === indicator && t.evaluatedYear === year);
	if (!r) throw new Error(`no row ${indicator} ${year}`);
	return r;
};

describe('briefing model', () => {
	const model = buildReportModel(reportInput());

	it('has the title, the date, the scenario, asOf and the comparison regions', () => {
		expect(model.title).toBe('甲市教育规划目标达成研判报告');
		expect(model.meta).toEqual([
			{ label: '报告日期', value: '2026-03-01' },
			{ label: '情景', value: '测试情景' },
			{ label: '研判基准年', value: '2026' },
			{ label: '对比地区', value: '乙市、全国' }
		]);
	});

	it('says per milestone how many targets could be judged', () => {
		// After the plan's start (2024): 2027 holds 达标率 ≥ 90 (P = 0) and 覆盖率 ≥ 90 (one point:
		// needs an assumption); 2030 falls in the 2035 column (P = 1). 2029 has none.
		expect(model.headline).toEqual([
			'2027年：可研判 1 / 2 项，预计达成 0 项；1 项无法研判（1 项需设定假设）',
			'2035年：可研判 1 / 1 项，预计达成 1 项'
		]);
	});

	it('lists the targets by year with the value compared, how, verdict, P and required rate', () => {
		expect(model.targets.map((t) => t.evaluatedYear)).toEqual([2021, 2027, 2027, 2030]);
		// 2021 lies between the actuals 50 (2020) and 54 (2022): (50 + 54) / 2 = 52 ≥ 52.
		expect(row(model, '达标率', 2021)).toMatchObject({
			target: '≥\u00a052%',
			year: '2021',
			compared: '52%',
			how: '2020–2022 插值',
			status: 'met',
			verdict: '已达成',
			basis: '前后两个实际值',
			sources: [1]
		});
		// 2027: 58 + 2 × 3 = 64 < 90, σ = 0 → P = 0; required (90 − 58) / 3 = 10.667 a year.
		expect(row(model, '达标率', 2027)).toMatchObject({
			compared: '64%',
			how: '2027 预测',
			status: 'off-track',
			probability: '0%',
			requiredRate: '+10.667 个百分点/年',
			basis: '3 个数据点 2020–2024'
		});
		// 2030: 58 + 2 × 6 = 70 ≥ 70 → P = 1; required (70 − 58) / 6 = 2.
		expect(row(model, '达标率', 2030)).toMatchObject({
			compared: '70%',
			status: 'on-track',
			probability: '100%',
			requiredRate: '+2 个百分点/年'
		});
		// One point (85, 2025): no probability, held flat; required (90 − 85) / 2 = 2.5.
		expect(row(model, '覆盖率', 2027)).toMatchObject({
			compared: '85%',
			how: '保持 2025 年值（未设速率）',
			status: 'needs-assumption',
			verdict: '需设定假设',
			probability: '—',
			requiredRate: '+2.5 个百分点/年',
			basis: '仅 1 个数据点（2025）'
		});
	});

	it('numbers the sources as first cited, each with the excerpts and notes read from it', () => {
		expect(model.sources.map((s) => [s.n, s.title])).toEqual([
			[1, '《甲市教育规划》'],
			[2, '甲市统计公报']
		]);
		const [plan, stat] = model.sources;
		expect(plan!.meta).toBe('甲市政府 · 2024-05 · 种子文件（规划与报告原文）');
		expect(plan!.quotes).toHaveLength(4);
		expect(plan!.quotes[0]).toEqual({
			figure: '甲市 · 达标率 目标：≥\u00a052%（2021）',
			section: '一',
			excerpt: '2021年达标率达到52%',
			note: null
		});
		// A's four actuals, then B's latest for the comparison (A's 2024 is cited once).
		expect(stat!.quotes.map((q) => q.figure)).toEqual([
			'甲市 · 达标率 2020：50%',
			'甲市 · 达标率 2022：54%',
			'甲市 · 达标率 2024：58%',
			'甲市 · 覆盖率 2025：85%',
			'乙市 · 达标率 2023：60%'
		]);
		expect(stat!.quotes[2]).toMatchObject({
			section: '表 2',
			excerpt: '达标率为58%',
			note: '初步数'
		});
	});

	it('compares the focus with the other regions on its target indicators', () => {
		expect(model.peers.columns).toEqual(['指标', '甲市', '乙市', '全国']);
		expect(model.peers.rows).toEqual([
			{ indicator: '达标率', unit: '%', cells: ['58%（2024）', '60%（2023）', '—'] },
			{ indicator: '覆盖率', unit: '%', cells: ['85%（2025）', '—', '—'] }
		]);
	});

	it('charts the indicator on screen first, then the target indicators with data', () => {
		expect(model.charts.map((c) => c.indicator)).toEqual(['cover', 'rate']);
	});

	it('lists only assumptions that differ from the fitted trend, for the regions shown', () => {
		// B: 5 % a year compounded; A × cover names the baseline itself; C is not compared.
		expect(model.assumptions).toEqual({
			lines: ['乙市 · 达标率：方法：复合增长（每年按比例），速率 每年 +5%'],
			others: 1
		});
	});

	it('explains the method in six paragraphs, with the year of the verdicts', () => {
		expect(model.method).toHaveLength(6);
		expect(model.method[2]).toContain('σ_T = √(SE² + s²/h)');
		expect(model.method[4]).toContain('2026');
	});
});

describe('briefing model in English', () => {
	beforeAll(() => loadLang('en'));

	it('speaks English and uses the English names and titles', () => {
		const m = buildReportModel(reportInput({ lang: 'en' }));
		expect(m.title).toBe('Will City A meet its education targets? A briefing');
		expect(m.headline[1]).toBe('2035: 1 of 1 targets can be judged, 1 expected met');
		expect(m.sources[1]!.title).toBe('City A bulletin');
		expect(m.peers.rows[0]!.cells[0]).toBe('58% (2024)');
		expect(m.targets[0]!.how).toBe('interpolated 2020–2022');
	});
});

describe('report date', () => {
	it('is the local day as YYYY-MM-DD', () => {
		expect(reportDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
	});
});
