/**
 * The verdicts `cli assess` gives on the built-in data (engine.md, "Status", "Targets without a
 * year", "Composite"), with "today" pinned to 2026 so the test means the same next year. The
 * expected values are read from the reference and seed files by hand, as noted beside each.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run.ts';

interface Result {
	region: string;
	indicator: string;
	year: number | null;
	evaluatedYear: number;
	value: number;
	status: string;
	evaluation: string;
	projected: number | null;
	probability: number | null;
	compared: { from: { year: number }; to: { year: number } } | null;
	basis: { points: number; rate: string; sigma: string };
	horizonFrom: string | null;
	revisions: { value: number }[];
	sources: string[];
}
interface Composite {
	region: string;
	milestone: number;
	count: number;
	assessable: number;
	expectedMet: number;
	onTrack: number;
	atRisk: number;
	offTrack: number;
	met: number;
	missed: number;
	needsAssumption: number;
	unverified: number;
	noData: number;
}

let results: Result[] = [];
let composite: Composite[] = [];
const find = (region: string, indicator: string, year: number | null) =>
	results.filter((r) => r.region === region && r.indicator === indicator && r.year === year);

beforeAll(async () => {
	const dir = mkdtempSync(`${tmpdir()}/mubiao-verdicts-`);
	const path = `${dir}/today.json`;
	writeFileSync(
		path,
		JSON.stringify({ format: 'mubiao-scenario', version: 1, name: 't', asOf: 2026 })
	);
	const r = await cli(['assess', '--scenario', path, '--format', 'json']);
	expect(r.code).toBe(0);
	({ results, composite } = JSON.parse(r.stdout) as { results: Result[]; composite: Composite[] });
});

describe('the verdicts on the built-in data', () => {
	it('高等教育毛入学率 ≥ 50 % (2020) is met on the 2020 actual, 53.3 %', () => {
		const [r] = find('重庆市', '高等教育毛入学率', 2020);
		expect(r).toMatchObject({
			status: 'met',
			evaluation: 'observed',
			projected: 53.3,
			probability: 1
		});
	});

	it('≥ 33 % (2012) is met on the interpolation 2010 (30 %) → 2015 (40.5 %): 30 + 2·10.5/5 = 34.2', () => {
		const [r] = find('重庆市', '高等教育毛入学率', 2012);
		expect(r?.status).toBe('met');
		expect(r?.evaluation).toBe('interpolated');
		expect(r?.projected).toBeCloseTo(34.2, 10);
		expect([r?.compared?.from.year, r?.compared?.to.year]).toEqual([2010, 2015]);
	});

	it('教共体覆盖率 ≥ 90 % (2027), one point (85 % in 2025): needs an assumption, no probability', () => {
		const [r] = find('重庆市', '教共体覆盖率', 2027);
		expect(r).toMatchObject({ status: 'needs-assumption', probability: null, projected: 85 });
		expect(r?.basis).toMatchObject({ points: 1, rate: 'none' });
	});

	it('no undated 南岸区 or 某市 target is judged after 2027', () => {
		const undated = results.filter(
			(r) => (r.region === '南岸区' || r.region === '某市（未具名）') && r.year === null
		);
		expect(undated.length).toBeGreaterThan(20);
		for (const r of undated)
			expect(r.evaluatedYear, `${r.region} ${r.indicator}`).toBeLessThanOrEqual(2027);
		// 南岸区's "未来五年建成公办幼儿园20所" (opinion of 2022) is judged at 2027, the rest at 2025
		expect(find('南岸区', '新建公办幼儿园数', null)[0]).toMatchObject({
			evaluatedYear: 2027,
			horizonFrom: 'figure'
		});
		expect(find('南岸区', '科普活动参与率', null)[0]).toMatchObject({
			evaluatedYear: 2025,
			horizonFrom: 'source'
		});
		// the Chongqing plan's undated targets at its horizon, 2035
		expect(find('重庆市', '特色高中建设数', null)[0]?.evaluatedYear).toBe(2035);
	});

	it('中职 and all-vocational 双师型 shares are different indicators', () => {
		expect(find('南岸区', '中职双师型教师占专业课教师比例', 2025)).toHaveLength(1);
		expect(find('重庆市', '中职双师型教师占专业课教师比例', 2025)).toHaveLength(1);
		expect(find('重庆市', '职业教育双师型教师占比', 2027)).toHaveLength(1);
		expect(find('重庆市', '职业教育双师型教师占比', 2025)).toHaveLength(0);
	});

	it('a past year the data do not reach is unverified, never a forecast', () => {
		for (const r of results) {
			if (r.evaluatedYear < 2026)
				expect(['on-track', 'at-risk', 'off-track', 'needs-assumption']).not.toContain(r.status);
		}
		// 江苏 ≥ 60 % (2020): the data stop in 2015 (52.3 %)
		expect(find('江苏省', '高等教育毛入学率', 2020)[0]?.status).toBe('unverified');
	});

	it('one row per region × indicator × year: 浙江 64 % revised from 62 %, 全国 >92 and ≥92 merged', () => {
		const zj = find('浙江省', '高等教育毛入学率', 2020);
		expect(zj).toHaveLength(1);
		expect(zj[0]?.value).toBe(64);
		expect(zj[0]?.revisions.map((v) => v.value)).toEqual([62]);
		const hs = find('全国', '高中阶段毛入学率', 2025);
		expect(hs).toHaveLength(1);
		expect(hs[0]?.sources).toHaveLength(2);
	});

	it('the composite counts add up and say what could not be judged', () => {
		expect(composite.length).toBeGreaterThan(0);
		for (const c of composite) {
			const parts =
				c.onTrack +
				c.atRisk +
				c.offTrack +
				c.met +
				c.missed +
				c.needsAssumption +
				c.unverified +
				c.noData;
			expect(parts, `${c.region} ${c.milestone}`).toBe(c.count);
			expect(c.assessable).toBe(c.onTrack + c.atRisk + c.offTrack + c.met + c.missed);
		}
		// 重庆市 2027: 教共体 and 本科博士 (one point each) need an assumption; 智慧教育平台,
		// 职业教育双师型 (2027) and 中职双师型 (2025) have no data
		const cq = composite.find((c) => c.region === '重庆市' && c.milestone === 2027);
		expect(cq).toMatchObject({ count: 5, assessable: 0, needsAssumption: 2, noData: 3 });
	});
});
