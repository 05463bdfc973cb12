/**
 * Packed figures (the import worker's parts): what the page rebuilds is the reader's figure,
 * key for key and in the same order; a figure in any other layout is not packed at all.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importBytes, importText } from '../../../src/lib/data/import/index.ts';
import { packFigures, unpackFigures } from '../../../src/lib/data/import/transfer.ts';
import type { Observation, Target } from '../../../src/lib/data/model.ts';
import { BASE, FIXTURES, fixture } from './base.ts';

const roundTrip = (list: (Observation | Target)[], kind: 'observations' | 'targets') => {
	const packed = packFigures(list, kind);
	expect(packed).not.toBeNull();
	// What crosses to the page: a structured clone of the packed part.
	return unpackFigures(structuredClone(packed!));
};

describe('packed figures', () => {
	it('rebuild every fixture import exactly (JSON, so key order counts)', () => {
		let figures = 0;
		for (const name of readdirSync(FIXTURES)) {
			let report;
			try {
				report = importBytes(fixture(name), BASE, { fileName: name });
			} catch {
				continue; // not data: nothing to send
			}
			const { observations, targets } = report.addition;
			expect(JSON.stringify(roundTrip(observations, 'observations'))).toBe(
				JSON.stringify(observations)
			);
			expect(JSON.stringify(roundTrip(targets, 'targets'))).toBe(JSON.stringify(targets));
			figures += observations.length + targets.length;
		}
		expect(figures).toBeGreaterThan(50);
	});

	it('keep optional fields, ranges, null years and several provenances', () => {
		const text = [
			'地区,指标,年份,数值,单位,类型,比较,上限,来源,章节,原文,备注,约数',
			'重庆市,高等教育毛入学率,2027,60,%,目标值,range,65,规划甲 | 规划乙,第一章 | 第二章,原文一 | ,说明,',
			'重庆市,高等教育毛入学率,,58,%,实际值,,,,,,,是',
			'四川省,高等教育毛入学率,2024,约55,%,实际值,,,公报,,,,'
		].join('\n');
		const { addition } = importText(text, BASE, { fileName: 't.csv' });
		expect(addition.targets).toHaveLength(1);
		expect(addition.observations).toHaveLength(2);
		expect(JSON.stringify(roundTrip(addition.targets, 'targets'))).toBe(
			JSON.stringify(addition.targets)
		);
		expect(JSON.stringify(roundTrip(addition.observations, 'observations'))).toBe(
			JSON.stringify(addition.observations)
		);
		const [target] = roundTrip(addition.targets, 'targets') as Target[];
		expect(target?.provenance).not.toBe(addition.targets[0]?.provenance);
	});

	it('refuse a figure in another layout (sent as it is instead)', () => {
		const figure = {
			region: 'cq',
			indicator: 'ger_higher',
			value: 1,
			provenance: [{ source: 's' }],
			year: 2024
		};
		expect(packFigures([figure], 'observations')).not.toBeNull();
		expect(packFigures([{ ...figure, extra: 1 } as Observation], 'observations')).toBeNull();
		const reordered = {
			year: 2024,
			region: 'cq',
			indicator: 'ger_higher',
			value: 1,
			provenance: [{ source: 's' }]
		};
		expect(packFigures([reordered], 'observations')).toBeNull();
		expect(packFigures([{ ...figure, unit: undefined } as Observation], 'observations')).toBeNull();
		expect(
			packFigures(
				[{ ...figure, provenance: [{ section: 'x', source: 's' }] } as Observation],
				'observations'
			)
		).toBeNull();
	});
});
