/**
 * From the state to the main chart's input: which series, which targets, what source line.
 * Pure; the state calls it inside a `$derived`.
 */
import type { ChartProjection, ChartTarget, ComparisonChartInput } from '../charts/comparison.ts';
import { targetsOf } from '../data/byRegion.ts';
import { seriesOf, type SeriesPoint } from '../data/dataset.ts';
import { isEntered } from '../data/layers.ts';
import type { Dataset, Target } from '../data/model.ts';
import { indexDataset } from '../data/registry.ts';
import { targetGroupsOf } from '../data/targets.ts';
import { formatValue, indicatorName, regionName, type Lang } from '../i18n/format.ts';
import { translate } from '../i18n/strings.ts';
import type { Projection } from '../domain/engine/index.ts';
import type { View } from './view.ts';

export interface ChartContext {
	dataset: Dataset;
	view: Pick<View, 'region' | 'compare' | 'indicator'>;
	lang: Lang;
	milestones: readonly number[];
	horizon: number;
	/** The focus region's projection, when the engine gives one. */
	projection?: Projection | null;
	/** The compared scenario's projection of the focus region, when it differs. */
	ghost?: { projection: Projection; name: string } | null;
	/** Divide values by this to show "share of target reached" (in %); null shows values. */
	shareOf?: { value: number; direction: 'up' | 'down' } | null;
	compact?: boolean;
}

/** A short name for a source in the chart's source line. */
function shortSource(title: string): string {
	const t = title.replace(/^《|》.*$/g, '');
	return t.length > 24 ? `${t.slice(0, 23)}…` : t;
}

/** `≥ 90%（2027）`; a target with no year says so, and where it is judged when `judgedAt` is given. */
export function targetLabel(t: Target, unit: string, lang: Lang, judgedAt?: number): string {
	const year =
		t.year !== null
			? String(t.year)
			: judgedAt !== undefined
				? translate(lang, 'target.judgedAt', { year: judgedAt })
				: translate(lang, 'chart.yearNotStated');
	const when = lang === 'zh' ? `（${year}）` : ` (${year})`;
	return `${targetValueLabel(t, unit, lang)}${when}`;
}

/** `≥ 90%`, `30–50%`: a target without its year. */
export function targetValueLabel(t: Target, unit: string, lang: Lang): string {
	const v =
		t.comparator === 'range' && t.valueMax !== null
			? `${formatValue(t.value, '', lang)}–${formatValue(t.valueMax, t.unit ?? unit, lang)}`
			: formatValue(t.value, t.unit ?? unit, lang);
	return t.comparator === 'range' ? v : `${translate(lang, `cmp.${t.comparator}`)}\u00a0${v}`;
}

export function comparisonInput(ctx: ChartContext): ComparisonChartInput {
	return withProjection(comparisonBase(ctx), ctx);
}

/** Values as the chart shows them: as they are, or as a share of the target reached (in %). */
function scaleOf(ctx: ChartContext): (v: number) => number {
	const share = ctx.shareOf ?? null;
	return (v: number): number =>
		share ? (share.direction === 'down' ? (share.value / v) * 100 : (v / share.value) * 100) : v;
}

/** `base` with the focus region's projection of `ctx` (what a slider move changes). */
export function withProjection(
	base: ComparisonChartInput,
	ctx: ChartContext
): ComparisonChartInput {
	if (!ctx.projection) return base;
	const focus = indexDataset(ctx.dataset).regions.byId(ctx.view.region);
	const projection = projectionSeries(
		ctx.projection,
		base.years[1],
		scaleOf(ctx),
		translate(ctx.lang, 'chart.projection', { region: regionName(focus, ctx.lang) })
	);
	return { ...base, projection };
}

/** The chart's input without the projection (it does not change while a slider moves). */
export function comparisonBase(ctx: ChartContext): ComparisonChartInput {
	const { dataset, view, lang } = ctx;
	const idx = indexDataset(dataset);
	const indicator = idx.indicators.byId(view.indicator);
	const focus = idx.regions.byId(view.region);
	const unit = indicator?.unit ?? '';
	const share = ctx.shareOf ?? null;
	const scale = scaleOf(ctx);

	const sourceHorizon = (t: Target): number | undefined =>
		t.provenance.map((p) => idx.sources.get(p.source)?.horizon).find((y) => y !== undefined);
	const regionIds = [view.region, ...view.compare.filter((c) => c !== view.region)];
	const sourceIds = new Set<string>();
	const series = regionIds.map((id) => {
		const region = idx.regions.byId(id);
		const points = seriesOf(dataset, id, view.indicator);
		for (const p of points) for (const pr of p.observation.provenance) sourceIds.add(pr.source);
		return {
			id,
			name: regionName(region, lang, id),
			role:
				id === view.region
					? ('focus' as const)
					: region?.level === 'national'
						? ('national' as const)
						: ('compare' as const),
			points: points.map((p: SeriesPoint) => ({
				year: p.year,
				value: scale(p.value),
				...(p.observation.approximate ? { approximate: true } : {}),
				...(p.disputed ? { disputed: true } : {}),
				...(isEntered(dataset, p.observation) ? { entered: true } : {})
			}))
		};
	});

	// One marker per target, however many sources state it (data/targets.ts).
	const targets: ChartTarget[] = targetGroupsOf(dataset, view.region, view.indicator)
		.map((g) => g.target)
		.filter((t) => t.comparator !== 'rate<=' && t.comparator !== 'rate>=')
		.map((t) => {
			for (const pr of t.provenance) sourceIds.add(pr.source);
			return {
				regionName: regionName(focus, lang),
				year: t.year ?? t.horizon ?? sourceHorizon(t) ?? ctx.horizon,
				value: scale(t.value),
				valueMax: t.valueMax === null ? null : scale(t.valueMax),
				label: targetLabel(t, unit, lang),
				yearNotStated: t.year === null
			};
		});

	const years = [
		...series.flatMap((s) => s.points.map((p) => p.year)),
		...targets.map((t) => t.year),
		...ctx.milestones
	];
	const firstData = Math.min(...series.flatMap((s) => s.points.map((p) => p.year)), 2015);
	const from = Math.max(Math.min(firstData, 2015), 2005);
	const to = Math.max(...years, ctx.horizon);

	const name = indicatorName(indicator, lang, view.indicator);
	const sources = [...sourceIds].map((id) => shortSource(idx.sources.get(id)?.title ?? id));
	const sourceText =
		sources.length > 3
			? translate(lang, 'chart.sourcesMore', {
					list: sources.slice(0, 3).join('；'),
					n: sources.length - 3
				})
			: sources.join('；');
	const fmt = (v: number) => (share ? formatValue(v, '%', lang, 1) : formatValue(v, unit, lang));

	const ghost = ctx.ghost?.projection.anchor
		? {
				name: ctx.ghost.name,
				points: projectionSeries(ctx.ghost.projection, to, scale, ctx.ghost.name)?.points ?? []
			}
		: null;

	return {
		title: translate(lang, 'chart.title', { indicator: name, region: regionName(focus, lang) }),
		sourceLine: translate(lang, 'chart.source', { sources: sourceText || '—' }),
		unitLabel: share ? translate(lang, 'chart.shareUnit') : unit,
		series,
		projection: null,
		ghost,
		targets,
		milestones: ctx.milestones,
		years: [from, to],
		labels: {
			projection: translate(lang, 'chart.projection'),
			band: translate(lang, 'chart.band'),
			target: translate(lang, 'chart.target'),
			approximate: translate(lang, 'prov.approximate'),
			disputed: translate(lang, 'prov.disputedShort'),
			entered: translate(lang, 'chart.entered')
		},
		formatValue: fmt,
		compact: ctx.compact ?? false
	};
}

/** The dashed projection and its band, yearly from the anchor to `to`. */
export function projectionSeries(
	p: Projection,
	to: number,
	scale: (v: number) => number,
	name: string
): ChartProjection | null {
	const anchor = p.anchor;
	if (!anchor || anchor.year >= to) return null;
	const points: { year: number; value: number }[] = [];
	const band: { year: number; lo: number; hi: number }[] = [];
	for (let year = anchor.year; year <= to; year++) {
		points.push({ year, value: scale(p.valueAt(year)) });
		const b = p.bandAt(year);
		const lo = scale(b.lo);
		const hi = scale(b.hi);
		band.push({ year, lo: Math.min(lo, hi), hi: Math.max(lo, hi) });
	}
	return { name, points, band, assumed: anchor.assumed };
}

/**
 * The target that "share of target reached" divides by: the focus region's first level target
 * for the indicator due after the anchor year (else its latest one). Null when it has none.
 */
export function shareTarget(
	dataset: Dataset,
	region: string,
	indicator: string,
	anchorYear: number | null
): { value: number; year: number | null } | null {
	const level = targetsOf(dataset, region, indicator).filter(
		(t) => !t.comparator.startsWith('rate') && t.value !== 0
	);
	if (level.length === 0) return null;
	const due = (t: Target) => t.year ?? Infinity;
	const future = level
		.filter((t) => anchorYear === null || due(t) > anchorYear)
		.sort((a, b) => due(a) - due(b));
	const pick = future[0] ?? [...level].sort((a, b) => due(b) - due(a))[0];
	return pick ? { value: pick.value, year: pick.year } : null;
}
