import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioText, parseScenarioValue } from '../../../src/lib/scenario/parse.ts';

const minimal = { format: 'mubiao-scenario', version: 1, name: '测试' };

describe('scenario files', () => {
	it('accepts the minimal file and the full example of data-format.md §4', () => {
		expect(parseScenarioValue(minimal).ok).toBe(true);
		const full = {
			...minimal,
			baseYear: 2024,
			horizon: 2035,
			milestones: [2027, 2029, 2035],
			view: {
				region: '重庆市',
				compare: ['浙江省', '福建省', '全国'],
				indicator: '高等教育毛入学率'
			},
			assumptions: [
				{
					region: '重庆市',
					indicator: '高等教育毛入学率',
					method: 'linear',
					rate: 0.8,
					sigma: 0.3,
					baseline: { year: 2024, value: 63.5 }
				}
			],
			targets: [
				{ region: '重庆市', indicator: '高等教育毛入学率', year: 2035, comparator: '>=', value: 70 }
			],
			observations: [
				{ region: '重庆市', indicator: '高等教育毛入学率', year: 2020, value: 55.0, unit: '%' }
			]
		};
		const r = parseScenarioValue(full);
		// A version-1 file is read as version 2, which only added `data`.
		expect(r.ok && r.scenario).toEqual({ ...full, version: 2 });
		expect(r.ok && r.migratedFrom).toBe(1);
	});

	it('migrates the version-0 layout (spread → sigma, base → baseline, view fields nested)', () => {
		const text = readFileSync(
			new URL('../../fixtures/scenarios/v0-link-scenario.json', import.meta.url),
			'utf8'
		);
		const r = parseScenarioText(text);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.migratedFrom).toBe(0);
		expect(r.scenario.view).toEqual({
			region: '重庆市',
			compare: ['浙江省', '全国'],
			indicator: '高等教育毛入学率'
		});
		expect(r.scenario.assumptions).toEqual([
			{
				region: '重庆市',
				indicator: '高等教育毛入学率',
				method: 'linear',
				rate: 0.9,
				sigma: 0.25,
				baseline: { year: 2024, value: 63.5 }
			}
		]);
	});

	// Each bad file gets one sentence that names the problem.
	it.each([
		[
			'wrong type',
			{ ...minimal, horizon: '2035' },
			/horizon/,
			/horizon must be a number, but the file has text/
		],
		['unknown field', { ...minimal, colour: 'red' }, /“colour”/, /unknown field\(s\) "colour"/],
		[
			'unknown nested field',
			{ ...minimal, assumptions: [{ region: 'a', indicator: 'b', speed: 1 }] },
			/assumptions\[0\]/,
			/"speed" in assumptions\[0\]/
		],
		['newer version', { ...minimal, version: 7 }, /版本为 7/, /version 7, newer/],
		[
			'not a scenario',
			{ format: 'other', version: 1, name: 'x' },
			/不是 mubiao 情景文件/,
			/not a mubiao scenario/
		],
		[
			'negative spread',
			{ ...minimal, assumptions: [{ region: 'a', indicator: 'b', sigma: -1 }] },
			/sigma 不能小于 0/,
			/sigma must be at least 0/
		],
		[
			'compound rate at −100 %',
			{
				...minimal,
				assumptions: [{ region: 'a', indicator: 'b', method: 'compound', rate: -1.5 }]
			},
			/复合增长法/,
			/compound rate must be above -1/
		],
		[
			'gap rate above 1',
			{ ...minimal, assumptions: [{ region: 'a', indicator: 'b', method: 'gap', rate: 1.5 }] },
			/缺口收敛法/,
			/gap-closing rate cannot exceed 1/
		],
		[
			'unknown method',
			{ ...minimal, assumptions: [{ region: 'a', indicator: 'b', method: 'magic' }] },
			/method/,
			/method must be one of hold, linear, compound, gap/
		],
		[
			'range without max',
			{ ...minimal, targets: [{ region: 'a', indicator: 'b', comparator: 'range', value: 1 }] },
			/valueMax/,
			/range target needs valueMax/
		]
	])('rejects %s', (_case, value, zh, en) => {
		const r = parseScenarioValue(value);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.error.zh).toMatch(zh);
		expect(r.error.en).toMatch(en);
		expect(r.error.en.split(/\.\s/).length).toBe(1); // one sentence
	});

	it('says NaN and Infinity are not numbers, and reports broken JSON', () => {
		const nan = parseScenarioText(
			'{"format":"mubiao-scenario","version":1,"name":"x","horizon":NaN}'
		);
		expect(!nan.ok && nan.error.en).toMatch(/contains NaN/);
		const broken = parseScenarioText('{"format":"mubiao-scenario",');
		expect(!broken.ok && broken.error.en).toMatch(/not valid JSON/);
	});
});
