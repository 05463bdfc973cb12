/**
 * The data-gap worklist (数据缺口清单): every target whose verdict is `no-data` or
 * `needs-assumption`, with what it lacks, filtered as the analyst asks, and as a table to hand
 * to a colleague (CSV or a workbook sheet, with empty columns for the value, year and source to
 * add). Pure.
 */
import { seriesOf } from '../data/dataset.ts';
import type { Dataset } from '../data/model.ts';
import { indexDataset } from '../data/registry.ts';
import { nameKey } from '../domain/text.ts';
import { indicatorName, regionName, type Lang } from '../i18n/format.ts';
import { translate, type StringKey } from '../i18n/strings.ts';
import type { ResultRow, RunResult } from '../scenario/run.ts';
import { targetLabel } from './chartData.ts';
import '../i18n/laterLabels.ts';

export const GAP_STATUSES = ['no-data', 'needs-assumption'] as const;
export type GapStatus = (typeof GAP_STATUSES)[number];

export interface GapRow {
	row: ResultRow;
	status: GapStatus;
	region: string;
	indicator: string;
	unit: string;
	target: string;
	year: number;
	points: number;
	latest: { year: number; value: number } | null;
	need: string;
	source: string;
}

export interface GapFilter {
	/** A region id, or null for every region. */
	region: string | null;
	status: GapStatus | null;
	/** Text the region or indicator name contains. */
	query: string;
}

const isGap = (s: string): s is GapStatus => (GAP_STATUSES as readonly string[]).includes(s);

export function gapRows(run: RunResult, dataset: Dataset, filter: GapFilter, lang: Lang): GapRow[] {
	const idx = indexDataset(dataset);
	const query = nameKey(filter.query);
	const out: GapRow[] = [];
	for (const r of run.results) {
		const status = r.assessment.status;
		if (!isGap(status) || (filter.status !== null && status !== filter.status)) continue;
		if (filter.region !== null && r.region !== filter.region) continue;
		const regionItem = idx.regions.byId(r.region);
		const indicatorItem = idx.indicators.byId(r.indicator);
		const region = regionName(regionItem, lang, r.region);
		const indicator = indicatorName(indicatorItem, lang, r.indicator);
		if (
			query &&
			![region, indicator, regionItem?.zh ?? '', indicatorItem?.zh ?? ''].some((n) =>
				nameKey(n).includes(query)
			)
		)
			continue;
		const series = seriesOf(dataset, r.region, r.indicator);
		const last = series[series.length - 1];
		const unit = r.target.unit ?? indicatorItem?.unit ?? '';
		out.push({
			row: r,
			status,
			region,
			indicator,
			unit,
			target: targetLabel(r.target, unit, lang, r.assessment.evaluatedYear),
			year: r.assessment.evaluatedYear,
			points: series.length,
			latest: last ? { year: last.year, value: last.value } : null,
			need:
				series.length === 0
					? translate(lang, 'gaps.need.none')
					: translate(lang, 'gaps.need.few', { n: series.length }),
			source: r.target.provenance
				.map((p) => idx.sources.get(p.source)?.title ?? p.source)
				.join(' | ')
		});
	}
	return out;
}

const COLUMNS: StringKey[] = [
	'gaps.col.region',
	'gaps.col.indicator',
	'gaps.col.unit',
	'gaps.col.target',
	'gaps.col.year',
	'gaps.col.status',
	'gaps.col.points',
	'gaps.col.latest',
	'gaps.col.latestYear',
	'gaps.col.need',
	'gaps.col.source',
	'gaps.col.enterValue',
	'gaps.col.enterYear',
	'gaps.col.enterSource'
];

/** The worklist as a table: header, then one row per gap (the last three columns left empty). */
export function gapTable(rows: readonly GapRow[], lang: Lang): (string | number | null)[][] {
	return [
		COLUMNS.map((k) => translate(lang, k)),
		...rows.map((g) => [
			g.region,
			g.indicator,
			g.unit,
			g.target,
			g.year,
			translate(lang, `status.${g.status}`),
			g.points,
			g.latest?.value ?? null,
			g.latest?.year ?? null,
			g.need,
			g.source,
			null,
			null,
			null
		])
	];
}
