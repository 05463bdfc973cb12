/**
 * The budgets the figures are held to: issue 17's table (`budgets` in the JSON), and the
 * earlier ones of issue 8 that it does not restate (`earlierBudgets`). Each is a figure of the
 * run, a limit and a unit; a budget whose figure the run did not measure (a part left out with
 * `--only`, or a figure no benchmark takes yet) is left out of the list. To add one, add a row.
 */
import type { BenchFigures } from './report.ts';
import { round } from './stats.ts';

/** One budget in the JSON: `value` ≤ `budget` (in `unit`) is met. */
export interface Budget {
	name: string;
	value: number;
	budget: number;
	unit: string;
	met: boolean;
}

interface BudgetRow {
	name: string | ((r: BenchFigures) => string);
	budget: number;
	unit: string;
	value: (r: BenchFigures) => number | undefined;
}

const kB = (bytes: number) => round(bytes / 1000, 1);

/** Issue 17's table, one row each, in its order. */
export const BUDGETS: readonly BudgetRow[] = [
	{
		name: 'slider → paint p95, built-in data, scorecard scope "all"',
		budget: 16,
		unit: 'ms',
		value: (r) => r.slider?.slider.toPaint.p95
	},
	{
		name: 'slider → paint p95, county dataset, a county in focus',
		budget: 16,
		unit: 'ms',
		value: (r) => r.memory?.chromium?.countySlider.toPaint.p95
	},
	{
		name: 'global change (method for all) → scorecard and headline of the focus painted p95, county dataset',
		budget: 100,
		unit: 'ms',
		value: (r) => r.memory?.chromium?.countyGlobal.toPaint.p95
	},
	{
		name: 'JS heap with the county dataset loaded (Chromium)',
		budget: 150,
		unit: 'MB',
		value: (r) => r.memory?.chromium?.afterMB
	},
	{
		name: 'first-load JavaScript (gzip, as served)',
		budget: 250,
		unit: 'kB',
		value: (r) => (r.load ? kB(r.load.jsGzipBytes) : undefined)
	},
	{
		name: 'first chart after navigation (median)',
		budget: 1000,
		unit: 'ms',
		value: (r) => r.load?.firstChart.median
	}
];

/** Issue 8's budgets that issue 17 leaves as they were. */
export const EARLIER_BUDGETS: readonly BudgetRow[] = [
	{
		name: 're-assess 270,000 targets, Chromium (median)',
		budget: 50,
		unit: 'ms',
		value: (r) => r.engine?.chromium?.reassess.median
	},
	{
		name: 're-assess 270,000 targets, node (median)',
		budget: 50,
		unit: 'ms',
		value: (r) => r.engine?.node?.reassess.median
	},
	{
		name: (r) =>
			`re-assess 270,000 targets, Chromium, ${r.engine?.chromium?.parallel.workers ?? 2} workers (median)`,
		budget: 50,
		unit: 'ms',
		value: (r) => r.engine?.chromium?.parallel.reassess.median
	},
	{
		name: 'import 100,000-row long CSV, file chosen → preview (median)',
		budget: 1500,
		unit: 'ms',
		value: (r) => r.import?.long?.toPreview.median
	},
	{
		name: 'longest main-thread task, 100,000-row import',
		budget: 100,
		unit: 'ms',
		value: (r) => r.import?.long?.longestTask.max
	},
	{
		name: 'longest main-thread task, 20 MB wide import',
		budget: 100,
		unit: 'ms',
		value: (r) => r.import?.wide?.longestTask.max
	},
	{
		name: 'share link, 3 changed assumptions',
		budget: 1000,
		unit: 'characters',
		value: (r) => r.links?.find((l) => l.assumptions === 3)?.length
	}
];

/** The rows of `table` whose figure `r` has, each met or not. */
export function evaluateBudgets(table: readonly BudgetRow[], r: BenchFigures): Budget[] {
	const out: Budget[] = [];
	for (const row of table) {
		const value = row.value(r);
		if (value === undefined || Number.isNaN(value)) continue;
		const name = typeof row.name === 'function' ? row.name(r) : row.name;
		out.push({ name, value, budget: row.budget, unit: row.unit, met: value <= row.budget });
	}
	return out;
}

export const budgets = (r: BenchFigures): Budget[] => evaluateBudgets(BUDGETS, r);
export const earlierBudgets = (r: BenchFigures): Budget[] => evaluateBudgets(EARLIER_BUDGETS, r);
