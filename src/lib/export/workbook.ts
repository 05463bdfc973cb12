/**
 * The Excel workbook's sheets as plain rows: the canonical long table ("数据 Data", which the
 * import reads back to the same figures), the scorecard with its verdicts, the comparison table
 * (region × year, actuals and projections of one indicator), the sources and the scenario's
 * assumptions. Pure; xlsx.ts writes them with SheetJS.
 */
import { datasetRows } from '../data/canonical.ts';
import { anchorEntered } from '../data/layers.ts';
import type { Dataset } from '../data/model.ts';
import { indexDataset } from '../data/registry.ts';
import type { Assumption } from '../domain/engine/index.ts';
import { indicatorName, regionName, type Lang } from '../i18n/format.ts';
import { rt, type ReportKey } from '../i18n/report.ts';
import { translate } from '../i18n/strings.ts';
import { basisPhrase, comparedPhrase } from '../i18n/verdict.ts';
import { isBaseline } from '../report/peers.ts';
import { targetValue } from '../report/phrases.ts';
import type { ResultRow, RunResult } from '../scenario/run.ts';
import '../i18n/laterLabels.ts';

export type SheetCell = string | number | null;

export interface Sheet {
	name: string;
	/** Header first. */
	rows: SheetCell[][];
	/** Column widths in characters. */
	widths?: number[];
}

const cellOf = (v: string | number | null | undefined): SheetCell =>
	v === undefined || v === '' || (typeof v === 'number' && !Number.isFinite(v)) ? null : v;

const header = (lang: Lang, keys: readonly ReportKey[]) => keys.map((k) => rt(lang, k));

/** The canonical long table, exactly as the CSV export writes it (header keys in English). */
export function datasetSheet(dataset: Dataset, lang: Lang): Sheet {
	return {
		name: rt(lang, 'sheet.data'),
		rows: datasetRows(dataset).map((row) => row.map((c) => cellOf(c))),
		widths: [12, 24, 6, 10, 6, 7, 8, 8, 6, 6, 6, 30, 16, 40, 20]
	};
}

/** Every source of the dataset, or only those named in `ids`. */
export function sourcesSheet(dataset: Dataset, lang: Lang, ids?: ReadonlySet<string>): Sheet {
	const rows: SheetCell[][] = [
		header(lang, [
			'xl.sourceId',
			'xl.sourceTitle',
			'xl.sourceTitleEn',
			'xl.sourceKind',
			'xl.publisher',
			'xl.date',
			'xl.file',
			'xl.planStart',
			'xl.horizon',
			'xl.note'
		])
	];
	for (const s of dataset.sources) {
		if (ids && !ids.has(s.id)) continue;
		rows.push(
			[
				s.id,
				s.title,
				s.titleEn,
				translate(lang, `prov.kind.${s.kind}`),
				s.publisher,
				s.date,
				s.file,
				s.planStart,
				s.horizon,
				s.note
			].map(cellOf)
		);
	}
	return { name: rt(lang, 'sheet.sources'), rows, widths: [24, 40, 30, 14, 20, 12, 24, 8, 8, 30] };
}

/** The scenario's assumptions that differ from the baseline, rates in the engine's units. */
export function assumptionsSheet(
	dataset: Dataset,
	assumptions: ReadonlyMap<string, Assumption>,
	lang: Lang
): Sheet {
	const idx = indexDataset(dataset);
	const rows: SheetCell[][] = [
		header(lang, [
			'xl.region',
			'xl.indicator',
			'xl.method',
			'xl.rate',
			'xl.sigma',
			'xl.baselineYear',
			'xl.baselineValue'
		])
	];
	for (const [key, a] of assumptions) {
		if (isBaseline(a)) continue;
		const [region = '', indicator = ''] = key.split('\u0000');
		rows.push(
			[
				idx.regions.byId(region)?.zh ?? region,
				idx.indicators.byId(indicator)?.zh ?? indicator,
				a.method ?? 'linear',
				a.rate,
				a.sigma,
				a.baseline?.year,
				a.baseline?.value
			].map(cellOf)
		);
	}
	if (rows.length === 1) rows.push([rt(lang, 'xl.noAssumptions')]);
	return { name: rt(lang, 'sheet.assumptions'), rows, widths: [12, 24, 10, 10, 10, 10, 10] };
}

const SCORECARD_KEYS = [
	'xl.region',
	'xl.indicator',
	'xl.unit',
	'xl.target',
	'xl.targetYear',
	'xl.evaluatedYear',
	'xl.comparator',
	'xl.value',
	'xl.valueMax',
	'xl.anchorYear',
	'xl.anchorValue',
	'xl.anchorAssumed',
	'xl.anchorEntered',
	'xl.method',
	'xl.rate',
	'xl.sigma',
	'xl.compared',
	'xl.how',
	'xl.evaluation',
	'xl.comparedFrom',
	'xl.comparedTo',
	'xl.required',
	'xl.probability',
	'xl.status',
	'xl.statusCode',
	'xl.margin',
	'xl.basis',
	'xl.basisPoints',
	'xl.basisSpan',
	'xl.revised',
	'xl.sources',
	'xl.excerpts'
] as const;

/** The verdicts, full precision, with the compared value and how, the basis and the sources. */
export function scorecardSheet(rows: readonly ResultRow[], dataset: Dataset, lang: Lang): Sheet {
	const idx = indexDataset(dataset);
	const body = rows.map((r) => {
		const a = r.assessment;
		const indicator = idx.indicators.byId(r.indicator);
		const unit = r.target.unit ?? indicator?.unit ?? '';
		const join = (parts: (string | undefined)[]) =>
			parts.filter((p): p is string => !!p).join(' | ');
		return [
			regionName(idx.regions.byId(r.region), lang, r.region),
			indicatorName(indicator, lang, r.indicator),
			unit,
			targetValue(r.target, unit, lang),
			r.target.year,
			a.evaluatedYear,
			a.comparator,
			a.value,
			a.valueMax,
			a.anchor?.year,
			a.anchor?.value,
			a.anchor ? String(a.anchor.assumed) : null,
			a.anchor ? String(anchorEntered(dataset, r)) : null,
			a.method,
			a.rate,
			a.sigma,
			a.projected,
			comparedPhrase(a, lang),
			a.evaluation,
			a.compared?.from.year,
			a.compared?.to.year,
			a.requiredRate,
			a.probability,
			translate(lang, `status.${a.status}`),
			a.status,
			a.margin,
			basisPhrase(a, lang, a.method === 'hold'),
			a.basis.points,
			a.basis.span,
			r.revisions.map((v) => v.value).join(' | '),
			join(r.target.provenance.map((p) => idx.sources.get(p.source)?.title ?? p.source)),
			join(r.target.provenance.map((p) => p.excerpt))
		].map(cellOf);
	});
	return {
		name: rt(lang, 'sheet.scorecard'),
		rows: [header(lang, SCORECARD_KEYS), ...body],
		widths: [
			10, 24, 6, 12, 8, 8, 6, 8, 8, 8, 8, 8, 8, 8, 10, 10, 10, 22, 10, 8, 8, 10, 10, 10, 12, 10, 30,
			8, 8, 10, 40, 50
		]
	};
}

/**
 * One indicator, region × year: each region's actuals, and its projection with the 90 % band
 * from the year after its anchor to the horizon (under the scenario's assumptions).
 */
export function comparisonSheet(
	dataset: Dataset,
	run: RunResult,
	view: { region: string; compare: readonly string[]; indicator: string },
	horizon: number,
	lang: Lang
): Sheet {
	const idx = indexDataset(dataset);
	const indicator = idx.indicators.byId(view.indicator);
	const regions = [view.region, ...view.compare.filter((c) => c !== view.region)];
	// The run's rows hold each region's actuals (the series the projection was fitted to).
	const rowsOf = [...run.projections.values()].filter((r) => r.indicator === view.indicator);
	const series = regions.map((id) => rowsOf.find((r) => r.region === id)?.points ?? []);
	const first = Math.min(...series.flatMap((s) => s.map((p) => p.year)), horizon);
	const last = Math.max(horizon, ...series.flatMap((s) => s.map((p) => p.year)));
	const years: number[] = [];
	for (let y = first; y <= last; y++) years.push(y);
	const rows: SheetCell[][] = [
		[...header(lang, ['xl.region', 'xl.indicator', 'xl.unit', 'xl.kind']), ...years]
	];
	const name = indicatorName(indicator, lang, view.indicator);
	const unit = indicator?.unit ?? '';
	regions.forEach((id, i) => {
		const region = regionName(idx.regions.byId(id), lang, id);
		const lead = (kind: ReportKey) => [region, name, cellOf(unit), rt(lang, kind)];
		const actual = new Map(series[i]!.map((p) => [p.year, p.value]));
		rows.push([...lead('xl.kindActual'), ...years.map((y) => actual.get(y) ?? null)]);
		const p = rowsOf.find((r) => r.region === id)?.projection;
		const anchor = p?.anchor;
		if (!p || !anchor) return;
		const after = (f: (y: number) => number) =>
			years.map((y) => (y > anchor.year ? cellOf(f(y)) : null));
		rows.push([...lead('xl.kindProjected'), ...after((y) => p.valueAt(y))]);
		rows.push([...lead('xl.kindLow'), ...after((y) => p.bandAt(y).lo)]);
		rows.push([...lead('xl.kindHigh'), ...after((y) => p.bandAt(y).hi)]);
	});
	return {
		name: rt(lang, 'sheet.comparison'),
		rows,
		widths: [10, 24, 6, 14, ...years.map(() => 8)]
	};
}
