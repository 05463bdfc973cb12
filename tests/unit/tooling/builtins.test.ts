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
		// the anchor): 63.5 (2024) and 64.25 (2025); 40.5 (2015) falls outside. Slope 0.75 points a
		// year, no spread from two points; accelerated: 1.5 × 0.75 = 1.125.
		const cq = generated.accelerated.assumptions?.find(
			(a) => a.region === '重庆市' && a.indicator === '高等教育毛入学率'
		);
		expect(cq).toMatchObject({ rate: 1.125, sigma: 0 });
		// Every hold in the stalled scenario, every linear in the baseline.
		expect(new Set(generated.stalled.assumptions?.map((a) => a.method))).toEqual(new Set(['hold']));
		expect(new Set(generated.baseline.assumptions?.map((a) => a.method))).toEqual(
			new Set(['linear'])
		);
	});
});
