/**
 * Parts of an applied import as they cross from the worker: what the page rebuilds is the
 * figure list it was given, in order, key for key (a structured clone of the packed part).
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/lib/data/import/index.ts';
import { packPart, unpackPart } from '../../../src/lib/data/import/parts.ts';
import { BASE } from './base.ts';

describe('packed parts', () => {
	it('rebuild plain and other figures in their order, with their provenance', () => {
		const text = [
			'地区,指标,年份,数值,单位,类型,比较,上限,来源,备注,约数',
			'重庆市,高等教育毛入学率,2019,47.6,,,,,,,',
			'重庆市,高等教育毛入学率,2020,52.6,,,,,公报,,',
			'重庆市,高等教育毛入学率,,58,,,,,,未注明年份,是',
			'四川省,普通高等学校数,2021,134,所,,,,,,',
			'重庆市,高等教育毛入学率,2027,60,%,目标值,range,65,规划,,',
			'四川省,高等教育毛入学率,2022,52.4,,,,,,,'
		].join('\n');
		const { addition } = importText(text, BASE, { fileName: 't.csv' });
		expect(addition.observations).toHaveLength(5);
		const part = structuredClone(packPart(addition.observations, addition.targets));
		// Four plain observations packed, the one with a note and a mark sent as it is.
		expect(part.region).toHaveLength(4);
		expect(part.observations).toHaveLength(1);
		const back = unpackPart(part);
		expect(JSON.stringify(back.observations)).toBe(JSON.stringify(addition.observations));
		expect(back.targets).toEqual(addition.targets);
	});
});
