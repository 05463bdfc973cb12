import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInDataset, ROOT } from '../../../src/cli/seedFiles.ts';
import { builtInScenarios } from '../../../scripts/scenarios/builtins.ts';
import { parseScenarioText } from '../../../src/lib/scenario/parse.ts';

describe('built-in scenarios', () => {
	const generated = builtInScenarios(builtInDataset());

	it.each(['baseline', 'accelerated', 'stalled'] as const)(
		'scenarios/%s.json is valid and current with the data',
		(name) => {
			const text = readFileSync(`${ROOT}scenarios/${name}.json`, 'utf8');
			const parsed = parseScenarioText(text);
			expect(parsed.ok).toBe(true);
			// Regenerate with `npx tsx scripts/make-scenarios.ts` when the seed data changes.
			expect(JSON.parse(text)).toEqual(generated[name]);
		}
	);

	it('covers every region × indicator with data in the baseline', () => {
		const dataset = builtInDataset();
		const pairs = new Set(
			dataset.observations.filter((o) => o.year !== null).map((o) => `${o.region}|${o.indicator}`)
		);
		expect(generated.baseline.assumptions).toHaveLength(pairs.size);
	});

	it('accelerates in the good direction: up indicators faster, down indicators lower', () => {
		// Chongqing's higher-education GER in the fit window 2016–2025 (ten calendar years up to
		// the anchor): 53.3 (2020), 58 (2021), 63.5 (2024), 64.25 (2025); 40.5 (2015) falls
		// outside. x̄ = 2022.5, ȳ = 59.7625; Sxx = 17, Sxy = 35.625 → slope 2.0955882…;
		// accelerated: 1.5 × 35.625/17 = 3.1433823… → 3.143382 (rounded to 1e-6). No σ is set:
		// the spread stays fitted.
		const cq = generated.accelerated.assumptions?.find(
			(a) => a.region === '重庆市' && a.indicator === '高等教育毛入学率'
		);
		expect(cq).toEqual({
			region: '重庆市',
			indicator: '高等教育毛入学率',
			method: 'linear',
			rate: 3.143382
		});
		// 教共体覆盖率 has one point (85 % in 2025): no trend to accelerate, no rate set
		const one = generated.accelerated.assumptions?.find((a) => a.indicator === '教共体覆盖率');
		expect(one).toEqual({ region: '重庆市', indicator: '教共体覆盖率', method: 'linear' });
		// Every hold in the stalled scenario, every linear in the baseline.
		expect(new Set(generated.stalled.assumptions?.map((a) => a.method))).toEqual(new Set(['hold']));
		expect(new Set(generated.baseline.assumptions?.map((a) => a.method))).toEqual(
			new Set(['linear'])
		);
	});
});
