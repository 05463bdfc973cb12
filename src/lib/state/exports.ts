/** The scorecard and the shown data as CSV rows. Pure. */
import { toCsv, type Cell } from '../data/csv.ts';
import { writeCanonical } from '../data/canonical.ts';
import { anchorEntered } from '../data/layers.ts';
import type { Dataset } from '../data/model.ts';
import { indexDataset } from '../data/registry.ts';
import type { ResultRow } from '../scenario/run.ts';
import type { Lang } from '../i18n/format.ts';
import { basisPhrase } from '../i18n/verdict.ts';
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
	'source'
];

/** The scorecard's rows, full precision, one line each, with the basis in words. */
export function scorecardCsv(
	rows: readonly ResultRow[],
	dataset: Dataset,
	lang: Lang = 'zh'
): string {
	const idx = indexDataset(dataset);
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
			r.target.provenance.map((p) => idx.sources.get(p.source)?.title ?? p.source).join(' | ')
		];
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
