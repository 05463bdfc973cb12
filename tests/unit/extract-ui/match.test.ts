/**
 * Matching what a document says onto the dataset: indicators by name, alias or a close name of a
 * compatible unit (never a guess between two), the region its head names (the most specific,
 * never the nation, never a part title), and figures already loaded. Against the built-in data.
 */
import { describe, expect, it } from 'vitest';
import { builtInDataset } from '../../../src/cli/seedFiles.ts';
import { loadedFigures, matchIndicator, regionInHead } from '../../../src/lib/data/extractMatch.ts';
import type { Indicator } from '../../../src/lib/data/model.ts';

const dataset = builtInDataset();
const match = (phrase: string, unit: string) => matchIndicator(phrase, unit, dataset.indicators);

describe('indicators', () => {
	it('matches a name, an alias (folded), and a name with the region said before it', () => {
		expect(match('高等教育毛入学率', '%')).toMatchObject({
			id: 'higher-ed-gross-enrolment',
			by: 'name'
		});
		expect(match('學前教育普及率', '%')).toMatchObject({ id: 'preschool-coverage', by: 'alias' });
		expect(match('普惠率', '%')).toMatchObject({
			id: 'inclusive-kindergarten-coverage',
			by: 'alias'
		});
		expect(match('全市高中阶段毛入学率', '%')).toMatchObject({
			id: 'upper-secondary-gross-enrolment',
			by: 'name'
		});
	});

	it('matches a close name, and says which name it was', () => {
		expect(match('义务教育学校标准化达标率', '%')).toMatchObject({
			id: 'compulsory-school-standardisation',
			by: 'similar',
			name: '义务教育学校标准化比例'
		});
		expect(match('学生近视率', '个百分点')).toMatchObject({
			id: 'child-myopia-rate',
			by: 'similar'
		});
	});

	it('does not match across units, on a weak likeness, or between two equally close', () => {
		// 公办幼儿园 counted in 所 is not the share 公办幼儿园在园幼儿占比.
		expect(match('公办幼儿园', '所')).toBeNull();
		expect(match('校园足球特色学校', '所')).toBeNull();
		const twins: Indicator[] = ['甲区学位数', '乙区学位数'].map((zh, i) => ({
			id: `t${i}`,
			zh,
			en: zh,
			aliases: [],
			unit: '个',
			direction: 'up'
		}));
		expect(matchIndicator('丙区学位数', '个', twins)).toBeNull();
	});
});

describe('the region of a document', () => {
	it('is the most specific one its head names', () => {
		expect(regionInHead('中共重庆市南岸区委办公室\n关于…的通知', dataset.regions)?.id).toBe(
			'nanan'
		);
		expect(regionInHead('印发《重庆加快建设教育强市推进教育', dataset.regions)?.id).toBe(
			'chongqing'
		);
		expect(regionInHead('贛州市教育局文件', dataset.regions)?.id).toBe('ganzhou');
	});

	it('is never the nation, nor the region of a part title', () => {
		expect(regionInHead('中国共产党某省委员会', dataset.regions)).toBeNull();
		expect(regionInHead('浏览量:12\n第一篇：经验——浙江省教育厅', dataset.regions)).toBeNull();
	});
});

describe('figures already loaded', () => {
	it('are found by region, indicator, year, kind and value', () => {
		const loaded = loadedFigures(dataset);
		const target = dataset.targets.find((t) => t.year !== null)!;
		const key = {
			regionId: target.region,
			indicatorId: target.indicator,
			year: target.year,
			kind: 'target' as const,
			value: target.value
		};
		expect(loaded(key)).toBe(true);
		expect(loaded({ ...key, value: target.value + 1 })).toBe(false);
		expect(loaded({ ...key, kind: 'actual' })).toBe(
			dataset.observations.some(
				(o) =>
					o.region === target.region &&
					o.indicator === target.indicator &&
					o.year === target.year &&
					o.value === target.value
			)
		);
	});
});
