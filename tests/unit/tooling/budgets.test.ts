/**
 * The budgets list of `npm run --silent bench -- --json`: one entry per budget whose figure the
 * run measured, each `{ name, value, budget, unit, met }`; and the command's arguments.
 */
import { describe, expect, it } from 'vitest';
import { budgets, earlierBudgets } from '../../../bench/budgets.ts';
import type { BenchFigures } from '../../../bench/report.ts';
import { parseBenchArgs } from '../../../bench/run.ts';

// Only the figures the budgets read; the rest of a run's result does not matter here.
const figures = {
	machine: {},
	slider: { slider: { toPaint: { p95: 20.4 } } },
	load: { jsGzipBytes: 247_230, firstChart: { median: 590 } },
	links: [{ assumptions: 3, length: 222 }]
} as unknown as BenchFigures;

describe('bench budgets', () => {
	it('lists the figures measured, each met or missed against issue 17', () => {
		expect(budgets(figures)).toEqual([
			{
				name: 'slider → paint p95, built-in data, scorecard scope "all"',
				value: 20.4,
				budget: 16,
				unit: 'ms',
				met: false
			},
			// 247,230 bytes = 247.2 kB (one decimal), under 250.
			{
				name: 'first-load JavaScript (gzip, as served)',
				value: 247.2,
				budget: 250,
				unit: 'kB',
				met: true
			},
			{
				name: 'first chart after navigation (median)',
				value: 590,
				budget: 1000,
				unit: 'ms',
				met: true
			}
		]);
		expect(earlierBudgets(figures)).toEqual([
			{
				name: 'share link, 3 changed assumptions',
				value: 222,
				budget: 1000,
				unit: 'characters',
				met: true
			}
		]);
	});

	it("a full run gives one row per row of issue 17's table, in its order", () => {
		const full = {
			...figures,
			memory: {
				chromium: {
					afterMB: 140.2,
					countySlider: { toPaint: { p95: 12.5 } },
					countyGlobal: { toPaint: { p95: 130 } }
				}
			}
		} as unknown as BenchFigures;
		const rows = budgets(full);
		expect(rows.map((b) => [b.value, b.budget, b.unit, b.met])).toEqual([
			[20.4, 16, 'ms', false],
			[12.5, 16, 'ms', true],
			// 130 ms against 100: missed.
			[130, 100, 'ms', false],
			[140.2, 150, 'MB', true],
			[247.2, 250, 'kB', true],
			[590, 1000, 'ms', true]
		]);
		expect(rows[2]!.name).toMatch(/global change/);
	});

	it('leaves out what the run did not measure', () => {
		expect(budgets({ machine: figures.machine })).toEqual([]);
	});
});

describe('bench arguments', () => {
	it('reads --json and --only, and refuses anything else', () => {
		expect(parseBenchArgs([])).toEqual({
			json: false,
			parts: new Set(['slider', 'engine', 'load', 'import', 'links', 'memory'])
		});
		expect(parseBenchArgs(['--json', '--only', 'slider,load', '--only=links'])).toEqual({
			json: true,
			parts: new Set(['slider', 'load', 'links'])
		});
		expect(() => parseBenchArgs(['--only', 'paint'])).toThrow(/--only takes .*not "paint"/);
		expect(() => parseBenchArgs(['--fast'])).toThrow(/Unknown argument "--fast"/);
	});
});
