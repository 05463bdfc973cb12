/** Duplicates and revisions of targets (engine.md, "Targets without a year, duplicates and revisions"). */
import { describe, expect, it } from 'vitest';
import type { Dataset, Target } from '../../../src/lib/data/model.ts';
import { sourceDate, targetGroups } from '../../../src/lib/data/targets.ts';

const t = (
	source: string,
	value: number,
	comparator: Target['comparator'] = '>=',
	year: number | null = 2020
): Target => ({
	region: 'zj',
	indicator: 'ger',
	value,
	year,
	comparator,
	valueMax: null,
	provenance: [{ source }]
});
const dataset = (targets: Target[], dates: Record<string, string | undefined> = {}): Dataset => ({
	sources: Object.keys({ plan: 1, press: 1, a: 1, b: 1 }).map((id) => ({
		id,
		kind: 'reference' as const,
		title: id,
		...(dates[id] ? { date: dates[id] } : {})
	})),
	regions: [],
	indicators: [],
	observations: [],
	targets
});

describe('targetGroups', () => {
	it('a later value from another source is current; the earlier one is shown as revised', () => {
		// 浙江 十三五 plan (undated here): 62 %; the 2019 全省教育大会: 64 %, listed after it
		const [g, ...rest] = targetGroups(
			dataset([t('plan', 62), t('press', 64)], { press: '2019-03-22' })
		);
		expect(rest).toEqual([]);
		expect(g?.target.value).toBe(64);
		expect(g?.target.provenance.map((p) => p.source)).toEqual(['press', 'plan']);
		expect(g?.revisions.map((r) => r.value)).toEqual([62]);
	});

	it('with every source dated, the latest date is current whatever the order', () => {
		const [g] = targetGroups(dataset([t('a', 64), t('b', 62)], { a: '2019-03-22', b: '2016-11' }));
		expect(g?.target.value).toBe(64);
		expect(g?.revisions.map((r) => r.value)).toEqual([62]);
	});

	it('> and ≥ of one value are one target, kept inclusive, with both sources and no revision', () => {
		const [g, ...rest] = targetGroups(dataset([t('a', 92, '>'), t('b', 92, '>=')]));
		expect(rest).toEqual([]);
		expect(g?.target.comparator).toBe('>=');
		expect(g?.revisions).toEqual([]);
		expect(g?.members).toHaveLength(2);
	});

	it('different years, or a rate target beside a level target, stay apart', () => {
		expect(targetGroups(dataset([t('a', 50, '>=', 2020), t('a', 60, '>=', 2025)]))).toHaveLength(2);
		expect(targetGroups(dataset([t('a', 50), t('b', -1, 'rate<=')]))).toHaveLength(2);
	});

	it('reads a source date from its date, else from its title', () => {
		expect(sourceDate({ id: 'x', kind: 'seed', title: 'x', date: '2022-11-04' })).toBe(
			'2022-11-04'
		);
		expect(
			sourceDate({ id: 'x', kind: 'reference', title: '新华社 2019-03-22 (浙江全省教育大会)' })
		).toBe('2019-03-22');
		expect(
			sourceDate({ id: 'x', kind: 'reference', title: '江苏 十三五 教育规划 (2016-11)' })
		).toBe('2016-11');
		expect(sourceDate({ id: 'x', kind: 'reference', title: '浙江 十三五 教育规划' })).toBeNull();
	});
});
