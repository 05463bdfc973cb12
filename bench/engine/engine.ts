/**
 * The engine benchmark, the same code in node and in the page: the throughput of the
 * closed-form assessment, and the time to re-project and re-assess a whole county-level
 * dataset after a global change of assumption, on the engine's batch path (`projectIndicator`,
 * then `assessInto` an `AssessmentTable` that lives across runs). Pure apart from the clock.
 */
import type { Dataset } from '../../src/lib/data/model.ts';
import {
	AssessmentTable,
	assessInto,
	defaultBounds,
	probabilityMet,
	projectIndicator,
	requiredRateForLevel,
	type Assumption,
	type EngineOptions,
	type IndicatorTraits,
	type Point,
	type Projection,
	type TargetSpec
} from '../../src/lib/domain/engine/index.ts';
import { REG, REGISTER_COUNT } from '../../src/lib/domain/engine/evaluate.ts';
import { round, spread, type Spread } from '../stats.ts';

/** One region × indicator, ready for the engine: built once per dataset. */
export interface SeriesInput {
	region: number;
	points: Point[];
	traits: IndicatorTraits;
	targets: { spec: TargetSpec; year: number; milestone: number }[];
}

/** A dataset's series and targets in the engine's shapes, and the table they are assessed into. */
export interface EngineInput {
	series: SeriesInput[];
	regions: number;
	assessments: number;
	table: AssessmentTable;
	options: EngineOptions;
}

export const BENCH_OPTIONS: EngineOptions = {
	baseYear: 2015,
	horizon: 2035,
	milestones: [2027, 2029, 2035],
	asOf: 2026
};

/** Group a dataset's actuals and targets by region × indicator (the work done once per load). */
export function engineInput(dataset: Dataset, options: EngineOptions = BENCH_OPTIONS): EngineInput {
	const indicators = new Map(dataset.indicators.map((i) => [i.id, i]));
	const regionIndex = new Map<string, number>();
	const byKey = new Map<string, SeriesInput>();
	const entry = (region: string, indicatorId: string): SeriesInput | undefined => {
		const key = `${region}\u0000${indicatorId}`;
		let s = byKey.get(key);
		if (!s) {
			const indicator = indicators.get(indicatorId);
			if (!indicator) return undefined;
			let r = regionIndex.get(region);
			if (r === undefined) regionIndex.set(region, (r = regionIndex.size));
			s = {
				region: r,
				points: [],
				traits: {
					bounds: defaultBounds(indicator.unit, indicator.lowerBound, indicator.upperBound),
					direction: indicator.direction
				},
				targets: []
			};
			byKey.set(key, s);
		}
		return s;
	};
	for (const o of dataset.observations) {
		if (o.year !== null)
			entry(o.region, o.indicator)?.points.push({ year: o.year, value: o.value });
	}
	let assessments = 0;
	const sorted = [...options.milestones].sort((a, b) => a - b);
	for (const t of dataset.targets) {
		const year = t.year ?? options.horizon;
		const milestone = sorted.findIndex((m) => m >= year);
		const spec: TargetSpec = {
			year: t.year,
			comparator: t.comparator,
			value: t.value,
			valueMax: t.valueMax
		};
		const s = entry(t.region, t.indicator);
		if (!s) continue;
		s.targets.push({ spec, year, milestone });
		assessments++;
	}
	const series = [...byKey.values()];
	for (const s of series) s.points.sort((a, b) => a.year - b.year);
	return {
		series,
		regions: regionIndex.size,
		assessments,
		table: new AssessmentTable(assessments),
		options
	};
}

/**
 * Re-project every series under `assumption` and re-assess every target into the table; adds
 * each probability into `expected` (region × milestone), the composite's "expected number met".
 */
export function reassess(input: EngineInput, assumption: Assumption, expected: Float64Array): void {
	const { table, options } = input;
	const data = table.data;
	const columns = options.milestones.length;
	expected.fill(0);
	let row = 0;
	for (const s of input.series) {
		const projection = projectIndicator(s.points, s.traits, assumption);
		for (const t of s.targets) {
			assessInto(table, row, projection, s.points, t.spec, options, t.year);
			const probability = data[row * REGISTER_COUNT + REG.probability]!;
			if (t.milestone >= 0 && !Number.isNaN(probability))
				expected[s.region * columns + t.milestone]! += probability;
			row++;
		}
	}
}

/** What {@link engineBench} measures. */
export interface EngineFigures {
	series: number;
	assessments: number;
	/** Full assessments (projected value, required rate, probability, status, margin) per second. */
	assessmentsPerSecond: number;
	/** `probabilityMet` alone (required rates computed beforehand) per second. */
	probabilitiesPerSecond: number;
	/** Re-project and re-assess everything after a global change of method, in ms. */
	reassess: Spread;
	/** Grouping the dataset into series (once per dataset), in ms. */
	prepareMs: number;
	/** Counts of the statuses of the last run (a check that the verdicts spread). */
	statuses: Record<string, number>;
	/** Σ P over all regions and milestones after the last run (to compare with other paths). */
	expectedMet: number;
}

/** Global assumptions taken in turn: each run differs from the one before (every series refits). */
export const GLOBAL_CHANGES: readonly Assumption[] = [
	{ method: 'compound' },
	{ method: 'gap' },
	{ method: 'linear' }
];

/** Repeat `body` until `minMs` have passed; the number of calls per second. */
function perSecond(body: () => number, minMs: number): number {
	let count = 0;
	const start = performance.now();
	let elapsed: number;
	do {
		count += body();
		elapsed = performance.now() - start;
	} while (elapsed < minMs);
	return count / (elapsed / 1000);
}

/** Run the engine benchmark on `dataset` (the county dataset in `npm run bench`). */
export function engineBench(
	dataset: Dataset,
	runs = 15,
	options: EngineOptions = BENCH_OPTIONS
): EngineFigures {
	const t0 = performance.now();
	const input = engineInput(dataset, options);
	const prepareMs = performance.now() - t0;
	const expected = new Float64Array(input.regions * options.milestones.length);

	// Throughput on fixed projections (fitted linear trends).
	const projections: Projection[] = input.series.map((s) => projectIndicator(s.points, s.traits));
	const assessAll = (): number => {
		let row = 0;
		for (let i = 0; i < input.series.length; i++) {
			const s = input.series[i]!;
			const p = projections[i]!;
			for (const t of s.targets)
				assessInto(input.table, row++, p, s.points, t.spec, options, t.year);
		}
		return row;
	};
	const required = new Float64Array(input.assessments);
	{
		let row = 0;
		input.series.forEach((s, i) => {
			for (const t of s.targets)
				required[row++] = requiredRateForLevel(projections[i]!, t.year, t.spec.value) ?? NaN;
		});
	}
	let sink = 0;
	const probabilities = (): number => {
		let row = 0;
		for (let i = 0; i < input.series.length; i++) {
			const s = input.series[i]!;
			const p = projections[i]!;
			if (p.anchor === null) {
				row += s.targets.length;
				continue;
			}
			for (const t of s.targets) {
				const r = required[row++]!;
				sink += probabilityMet(p, t.year, t.spec, Number.isNaN(r) ? null : r, null);
			}
		}
		return row;
	};
	assessAll();
	probabilities();
	const assessmentsPerSecond = perSecond(assessAll, 400);
	const probabilitiesPerSecond = perSecond(probabilities, 400);
	if (Number.isNaN(sink)) throw new Error('unreachable');

	// Re-assessment after a global change: two warm-up runs, then `runs` timed ones.
	const times: number[] = [];
	for (let i = 0; i < runs + 2; i++) {
		const change = GLOBAL_CHANGES[i % GLOBAL_CHANGES.length]!;
		const start = performance.now();
		reassess(input, change, expected);
		if (i >= 2) times.push(performance.now() - start);
	}
	const statuses: Record<string, number> = {};
	for (let row = 0; row < input.assessments; row++) {
		const s = input.table.status(row);
		statuses[s] = (statuses[s] ?? 0) + 1;
	}
	return {
		series: input.series.length,
		assessments: input.assessments,
		assessmentsPerSecond: Math.round(assessmentsPerSecond),
		probabilitiesPerSecond: Math.round(probabilitiesPerSecond),
		reassess: spread(times),
		prepareMs: round(prepareMs),
		statuses,
		expectedMet: round(
			expected.reduce((a, b) => a + b, 0),
			3
		)
	};
}
