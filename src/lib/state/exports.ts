/**
 * The scorecard, the table view and the shown data as CSV. The scorecard and the table carry on
 * every line the scenario, the assumption behind the line, "today" and the export date, and their
 * numbers rounded to 12 significant digits (no binary noise). Pure.
 */
import { toCsv, type Cell } from '../data/csv.ts';
import { writeCanonical } from '../data/canonical.ts';
import { anchorEntered } from '../data/layers.ts';
import type { Dataset } from '../data/model.ts';
import { indexDataset } from '../data/registry.ts';
import type { ResultRow } from '../scenario/run.ts';
import type { Lang } from '../i18n/format.ts';
import { basisPhrase } from '../i18n/verdict.ts';
import type { SeriesTable } from './seriesTable.ts';
import { assumptionText, round12, type Stamp } from './stamp.ts';
import type { View } from './view.ts';

const SCORECARD_HEADER = [
	'region',
	'indicator',
	'unit',
	'target_year',
	'evaluated_year',
	'comparator',
	'value',
	'value_max',
	'anchor_year',
	'anchor_value',
	'anchor_assumed',
	'anchor_entered',
	'method',
	'rate',
	'sigma',
	'compared_value',
	'evaluation',
	'compared_from_year',
	'compared_to_year',
	'required_rate',
	'probability',
	'status',
	'already_met',
	'margin',
	'un_status',
	'open_sdg_status',
	'basis_points',
	'basis_span',
	'basis_rate',
	'basis_sigma',
	'basis',
	'revised_from',
	'source',
	'assumption',
	'scenario',
	'as_of',
	'exported'
];

/** The scorecard's rows, one line each, with the basis and the assumption in words. */
export function scorecardCsv(
	rows: readonly ResultRow[],
	dataset: Dataset,
	stamp: Stamp,
	lang: Lang = 'zh'
): string {
	const idx = indexDataset(dataset);
	const assumptionOf = (r: ResultRow) => {
		const a = stamp.assumptions.find((x) => x.region === r.region && x.indicator === r.indicator);
		return a ? assumptionText(a, idx, lang) : '';
	};
	const body: Cell[][] = rows.map((r) => {
		const a = r.assessment;
		const indicator = idx.indicators.byId(r.indicator);
		return [
			idx.regions.byId(r.region)?.zh ?? r.region,
			indicator?.zh ?? r.indicator,
			r.target.unit ?? indicator?.unit ?? '',
			r.target.year,
			a.evaluatedYear,
			a.comparator,
			a.value,
			a.valueMax,
			a.anchor?.year,
			a.anchor?.value,
			a.anchor ? String(a.anchor.assumed) : '',
			a.anchor ? String(anchorEntered(dataset, r)) : '',
			a.method,
			a.rate,
			a.sigma,
			a.projected,
			a.evaluation,
			a.compared?.from.year,
			a.compared?.to.year,
			a.requiredRate,
			a.probability,
			a.status,
			String(a.alreadyMet),
			a.margin,
			r.progress.un.status,
			r.progress.openSdg.status,
			a.basis.points,
			a.basis.span,
			a.basis.rate,
			a.basis.sigma,
			basisPhrase(a, lang, a.method === 'hold'),
			r.revisions.map((v) => v.value).join(' | '),
			r.target.provenance.map((p) => idx.sources.get(p.source)?.title ?? p.source).join(' | '),
			assumptionOf(r),
			stamp.scenario,
			stamp.asOf,
			stamp.date
		].map((c) => (typeof c === 'number' ? round12(c) : c));
	});
	return toCsv([SCORECARD_HEADER, ...body]);
}

/** The observations and targets in the chart (the indicator, for the regions shown), as canonical CSV. */
export function shownDataCsv(dataset: Dataset, view: View): string {
	const regions = new Set([view.region, ...view.compare]);
	const keep = <T extends { region: string; indicator: string }>(f: T) =>
		regions.has(f.region) && f.indicator === view.indicator;
	return writeCanonical({
		...dataset,
		observations: dataset.observations.filter(keep),
		targets: dataset.targets.filter(keep)
	});
}

const TABLE_HEADER = [
	'region',
	'indicator',
	'unit',
	'year',
	'value',
	'kind',
	'assumed',
	'entered',
	'approximate',
	'year_inferred',
	'conflict',
	'disputed',
	'sources',
	'scenario',
	'as_of',
	'exported'
];

/** The table view in long form: one line per region and year shown, with its marks. */
export function tableCsv(
	table: SeriesTable,
	indicator: string,
	unit: string,
	stamp: Stamp
): string {
	const body: Cell[][] = [];
	const flag = (b: boolean) => (b ? 'true' : '');
	for (const row of [...table.rows].sort((a, b) => a.year - b.year))
		row.cells.forEach((c, i) => {
			if (!c) return;
			body.push([
				table.columns[i]?.name ?? '',
				indicator,
				unit,
				row.year,
				round12(c.value),
				c.kind,
				flag(c.assumed),
				flag(c.entered),
				flag(c.approximate),
				flag(c.inferred),
				flag(c.conflict),
				flag(c.disputed),
				c.marks.map((m) => table.sources[m - 1]?.title ?? '').join(' | '),
				stamp.scenario,
				stamp.asOf,
				stamp.date
			]);
		});
	return toCsv([TABLE_HEADER, ...body]);
}
