/** Applying a previewed import: all or nothing, mappings, and never touching the inputs. */
import { describe, expect, it } from 'vitest';
import {
	applyImport,
	findConflicts,
	importBytes,
	importText
} from '../../../src/lib/data/import/index.ts';
import { InputError } from '../../../src/lib/data/issues.ts';
import { DatasetSchema } from '../../../src/lib/data/model.ts';
import { BASE, fixture } from './base.ts';

const deepFreeze = <T>(value: T): T => {
	if (value && typeof value === 'object') {
		for (const v of Object.values(value)) deepFreeze(v);
		Object.freeze(value);
	}
	return value;
};

describe('applyImport', () => {
	it('adds everything to a new dataset and leaves the inputs alone', () => {
		const before = structuredClone(BASE);
		const report = importBytes(fixture('canonical-zh.csv'), BASE, { fileName: 'canonical-zh.csv' });
		const snapshot = structuredClone(report);
		const after = applyImport(deepFreeze(structuredClone(BASE)), deepFreeze(report));
		expect(BASE).toEqual(before);
		expect(report).toEqual(snapshot);
		expect(after.observations).toHaveLength(BASE.observations.length + 7);
		expect(after.targets).toHaveLength(BASE.targets.length + 2);
		expect(after.regions.map((r) => r.id)).toContain('重庆');
		expect(() => DatasetSchema.parse(after)).not.toThrow();
	});

	it('re-points figures of a new region mapped onto an existing one (重庆 → 重庆市)', () => {
		const report = importBytes(fixture('canonical-zh.csv'), BASE, { fileName: 'canonical-zh.csv' });
		const after = applyImport(BASE, report, { regions: { 重庆: 'cq' } });
		expect(after.regions.map((r) => r.id)).not.toContain('重庆');
		expect(after.observations.find((o) => o.indicator === 'retention_9y')).toMatchObject({
			region: 'cq',
			year: 2023,
			value: 96.1
		});
		// A name works as well as an id.
		const byName = applyImport(BASE, report, { regions: { 重庆: '重庆市' } });
		expect(byName).toEqual(after);
	});

	it('maps a new indicator onto an existing one and keeps the unit the file meant', () => {
		const report = importText('地区,指标,年份,数值,单位\n重庆市,高校数量,2022,70,个\n', BASE);
		const after = applyImport(BASE, report, { indicators: { 高校数量: 'hei_count' } });
		expect(after.indicators.map((i) => i.id)).not.toContain('高校数量');
		expect(after.observations.at(-1)).toEqual({
			region: 'cq',
			indicator: 'hei_count',
			value: 70,
			unit: '个',
			provenance: [{ source: 'file:import.csv' }],
			year: 2022
		});
	});

	it('leaves out what is mapped to null (e.g. aggregates), with the items nothing points at', () => {
		const report = importBytes(fixture('owid-tertiary-enrolment.csv'), BASE, {
			fileName: 'owid.csv'
		});
		const aggregates = Object.fromEntries(
			report.newRegions.filter((r) => r.aggregate).map((r) => [r.id, null])
		);
		const after = applyImport(BASE, report, { regions: aggregates });
		const added = after.observations.slice(BASE.observations.length);
		expect(added.map((o) => o.region).sort()).toEqual(['CN', 'CN', 'Japan', 'Japan']);
		expect(after.regions.map((r) => r.id)).not.toContain('World');
	});

	it('changes nothing and says why when the mapping is wrong or the report is stale', () => {
		const report = importBytes(fixture('canonical-zh.csv'), BASE, { fileName: 'canonical-zh.csv' });
		expect(() => applyImport(BASE, report, { regions: { 北京: 'cq' } })).toThrow(InputError);
		expect(() => applyImport(BASE, report, { regions: { 重庆: '上海市' } })).toThrow(
			/not in the loaded data/
		);
		const once = applyImport(BASE, report);
		expect(() => applyImport(once, report)).toThrow(/applied already/);
	});

	it('finds conflicts again after mapping (the page recomputes them)', () => {
		const report = importText('地区,指标,年份,数值\nChungking,高等教育毛入学率,2020,51.2\n', BASE);
		expect(report.conflicts).toEqual([]);
		const mapped = applyImport(BASE, report, { regions: { Chungking: 'cq' } });
		const added = {
			...report.addition,
			observations: mapped.observations.slice(BASE.observations.length)
		};
		expect(
			findConflicts(BASE, added).map((c) => [c.region, c.year, c.incoming, c.loaded.value])
		).toEqual([['cq', 2020, 51.2, 50]]);
	});
});
