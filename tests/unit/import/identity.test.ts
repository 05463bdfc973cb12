/**
 * Export → re-import is the identity (issue 18): into an empty dataset the regions come back
 * with their levels, parents (also regions that are only parents), English names and aliases,
 * and the indicators with theirs; into the dataset that was exported, nothing is added twice.
 */
import { describe, expect, it } from 'vitest';
import { builtInDataset } from '../../../src/cli/seedFiles.ts';
import { writeCanonical } from '../../../src/lib/data/canonical.ts';
import { applyImport, importText } from '../../../src/lib/data/import/index.ts';
import { DatasetSchema, EMPTY_DATASET, type Dataset } from '../../../src/lib/data/model.ts';
import { indexDataset } from '../../../src/lib/data/registry.ts';

/** Regions by Chinese name, their parent by Chinese name too (ids differ after a re-import). */
function regionsByName(d: Dataset) {
	const idx = indexDataset(d);
	return new Map(
		d.regions.map((r) => [
			r.zh,
			{
				en: r.en,
				aliases: r.aliases,
				level: r.level,
				parent: r.parent ? idx.regions.byId(r.parent)?.zh : undefined
			}
		])
	);
}

function indicatorsByName(d: Dataset) {
	return new Map(
		d.indicators.map((i) => [
			i.zh,
			{
				en: i.en,
				aliases: i.aliases,
				unit: i.unit,
				direction: i.direction,
				lo: i.lowerBound,
				hi: i.upperBound
			}
		])
	);
}

/** Figures with names instead of ids. */
function figuresByName(d: Dataset) {
	const idx = indexDataset(d);
	const named = <F extends { region: string; indicator: string }>(f: F) => ({
		...f,
		region: idx.regions.byId(f.region)?.zh,
		indicator: idx.indicators.byId(f.indicator)?.zh
	});
	return { observations: d.observations.map(named), targets: d.targets.map(named) };
}

const SMALL: Dataset = DatasetSchema.parse({
	sources: [{ id: '示例公报', kind: 'import', title: '示例公报' }],
	regions: [
		{ id: '全国', zh: '全国', en: 'China', aliases: ['中国', 'CHN'], level: 'national' },
		// 重庆市 has no figure of its own: it is only a parent.
		{
			id: '重庆市',
			zh: '重庆市',
			en: 'Chongqing',
			aliases: ['重庆', '渝'],
			level: 'province',
			parent: '全国'
		},
		{
			id: '南岸区',
			zh: '南岸区',
			en: "Nan'an",
			aliases: ['南岸'],
			level: 'district',
			parent: '重庆市'
		},
		{
			id: '示例县',
			zh: '示例县',
			en: 'Example County',
			aliases: [],
			level: 'county',
			parent: '重庆市'
		}
	],
	indicators: [
		{
			id: '学前教育毛入园率',
			zh: '学前教育毛入园率',
			en: 'Pre-primary gross enrolment ratio',
			aliases: ['学前三年毛入园率'],
			unit: '%',
			direction: 'up',
			upperBound: 120
		},
		{ id: '近视率', zh: '近视率', en: 'Myopia rate', aliases: [], unit: '%', direction: 'down' }
	],
	observations: [
		{
			region: '南岸区',
			indicator: '学前教育毛入园率',
			year: 2022,
			value: 101.5,
			provenance: [{ source: '示例公报' }]
		},
		{
			region: '示例县',
			indicator: '近视率',
			year: 2023,
			value: 48,
			provenance: [{ source: '示例公报' }]
		},
		{
			region: '全国',
			indicator: '近视率',
			year: 2023,
			value: 52.7,
			provenance: [{ source: '示例公报' }]
		}
	],
	targets: [
		{
			region: '南岸区',
			indicator: '近视率',
			year: 2027,
			comparator: '<=',
			value: 45,
			valueMax: null,
			provenance: [{ source: '示例公报' }]
		}
	]
});

describe('export → re-import', () => {
	it('into an empty dataset gives back regions, parents, aliases, English names and figures', () => {
		const report = importText(writeCanonical(SMALL), EMPTY_DATASET, { fileName: 'export.csv' });
		expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
		const back = applyImport(EMPTY_DATASET, report);
		expect(regionsByName(back)).toEqual(regionsByName(SMALL));
		expect(indicatorsByName(back)).toEqual(indicatorsByName(SMALL));
		expect(figuresByName(back)).toEqual(figuresByName(SMALL));
		expect(() => DatasetSchema.parse(back)).not.toThrow();
	});

	it('into the dataset it came from adds nothing and says they are already loaded', () => {
		const report = importText(writeCanonical(SMALL), SMALL);
		expect([report.figures, report.alreadyLoaded]).toEqual([0, 4]);
		expect(report.notes.map((n) => n.en)).toContain(
			'4 figures are already loaded exactly (same value, same sources): they are not imported twice.'
		);
		expect(applyImport(SMALL, report)).toEqual(SMALL);
	});

	it('of the whole built-in dataset is the identity, both ways', () => {
		const seeds = builtInDataset();
		const csv = writeCanonical(seeds);
		const again = importText(csv, seeds, { fileName: 'mubiao-dataset.csv' });
		const count = seeds.observations.length + seeds.targets.length;
		expect([again.figures, again.alreadyLoaded]).toEqual([0, count]);
		expect(applyImport(seeds, again)).toEqual(seeds);

		const fresh = applyImport(EMPTY_DATASET, importText(csv, EMPTY_DATASET));
		// Every region the figures name, and each of their ancestors, comes back whole.
		const named = new Set([...seeds.observations, ...seeds.targets].map((f) => f.region));
		const idx = indexDataset(seeds);
		for (let grew = true; grew;) {
			grew = false;
			for (const id of [...named]) {
				const parent = idx.regions.byId(id)?.parent;
				if (parent && !named.has(parent)) grew = named.add(parent) !== undefined;
			}
		}
		const expected = regionsByName({
			...seeds,
			regions: seeds.regions.filter((r) => named.has(r.id))
		});
		const got = regionsByName(fresh);
		for (const [zh, region] of expected) expect([zh, got.get(zh)]).toEqual([zh, region]);
		expect(got.size).toBe(expected.size);
		expect(fresh.observations.length + fresh.targets.length).toBe(count);
	});
});
