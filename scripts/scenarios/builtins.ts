/**
 * The built-in scenarios, generated from the built-in data (scripts/make-scenarios.ts writes
 * them to `scenarios/`, and a test checks the files are current):
 * - baseline: the fitted linear trend of every region × indicator with data (no rate given, so
 *   the rate and its spread are fitted from history whenever the data changes);
 * - accelerated: every fitted trend moved by half its size in the indicator's good direction
 *   (a rising indicator rises 50 % faster; a worsening one worsens 50 % slower); the spread is
 *   left to the fit (slope error and yearly noise), and a series without a trend (one point,
 *   or a break) gets none, so it keeps asking for an assumption;
 * - stalled: every indicator held at its latest value.
 */
import type { Dataset } from '../../src/lib/data/model.ts';
import { indexDataset } from '../../src/lib/data/registry.ts';
import { seriesKey } from '../../src/lib/scenario/apply.ts';
import { SCENARIO_FORMAT, SCENARIO_VERSION } from '../../src/lib/scenario/format.ts';
import type { Assumption, Scenario } from '../../src/lib/scenario/schema.ts';
import { ScenarioRunner } from '../../src/lib/scenario/run.ts';
import {
	DEFAULT_HORIZON,
	DEFAULT_MILESTONES,
	runSettings
} from '../../src/lib/scenario/settings.ts';

/** Region × indicator pairs with at least one dated actual, as display names, in data order. */
function pairsWithData(
	dataset: Dataset
): { region: string; indicator: string; regionId: string; indicatorId: string }[] {
	const idx = indexDataset(dataset);
	const seen = new Set<string>();
	const out: { region: string; indicator: string; regionId: string; indicatorId: string }[] = [];
	for (const o of dataset.observations) {
		const key = `${o.region}\u0000${o.indicator}`;
		if (o.year === null || seen.has(key)) continue;
		seen.add(key);
		const region = idx.regions.byId(o.region);
		const indicator = idx.indicators.byId(o.indicator);
		if (region && indicator)
			out.push({
				region: region.zh,
				indicator: indicator.zh,
				regionId: region.id,
				indicatorId: indicator.id
			});
	}
	return out;
}

const common = {
	format: SCENARIO_FORMAT,
	version: SCENARIO_VERSION,
	horizon: DEFAULT_HORIZON,
	milestones: [...DEFAULT_MILESTONES]
} satisfies Partial<Scenario>;

/** Rounded so the files stay readable; 1e-6 of a unit per year is far below any data's precision. */
const round = (v: number): number => Math.round(v * 1e6) / 1e6;

export function builtInScenarios(
	dataset: Dataset
): Record<'baseline' | 'accelerated' | 'stalled', Scenario> {
	const idx = indexDataset(dataset);
	const pairs = pairsWithData(dataset);
	// The fitted trends exactly as the page and `cli assess` fit them (breaks, borrowed spreads).
	const { projections } = new ScenarioRunner(dataset).run(new Map(), runSettings({}));
	const accelerated: Assumption[] = [];
	for (const p of pairs) {
		const indicator = idx.indicators.byId(p.indicatorId);
		const fitted = projections.get(seriesKey(p.regionId, p.indicatorId))?.projection;
		if (!indicator || !fitted) continue;
		const good = indicator.direction === 'down' ? -1 : 1;
		accelerated.push(
			fitted.needsAssumption
				? { region: p.region, indicator: p.indicator, method: 'linear' }
				: {
						region: p.region,
						indicator: p.indicator,
						method: 'linear',
						rate: round(fitted.rate + 0.5 * Math.abs(fitted.rate) * good)
					}
		);
	}
	return {
		baseline: {
			...common,
			name: '基线 Baseline',
			description:
				'按历史数据拟合的线性趋势（每个地区×指标；未给出速率，即每次按当前数据拟合）。 Fitted linear trends from history for every region × indicator with data (no rate given: fitted from the data in use).',
			assumptions: pairs.map((p) => ({
				region: p.region,
				indicator: p.indicator,
				method: 'linear'
			}))
		},
		accelerated: {
			...common,
			name: '加速 Accelerated',
			description:
				'每条拟合趋势向有利方向加快一半（上升指标提速 50%，恶化趋势放缓 50%）；不确定性按数据拟合；无趋势的序列不设速率。 Every fitted trend moved by half its size in the good direction; spreads fitted from the data; series without a trend get no rate.',
			assumptions: accelerated
		},
		stalled: {
			...common,
			name: '停滞 Stalled',
			description: '所有指标保持最新实际值不变。 Every indicator held at its latest actual value.',
			assumptions: pairs.map((p) => ({ region: p.region, indicator: p.indicator, method: 'hold' }))
		}
	};
}
