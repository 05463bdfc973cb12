/**
 * The briefing (研判报告) as a plain object: data in (the dataset with its provenance details,
 * a scenario's run, the region in focus), words and numbers out. The Markdown and Word writers
 * only lay it out. Pure. Call `loadLang('en')` before asking for English.
 */
import { seriesOf } from '../data/dataset.ts';
import { anchorEntered } from '../data/layers.ts';
import type { Dataset } from '../data/model.ts';
import { indexDataset, type DatasetIndex } from '../data/registry.ts';
import type { Assumption, Status } from '../domain/engine/index.ts';
import { formatValue, indicatorName, regionName, type Lang } from '../i18n/format.ts';
import { rt } from '../i18n/report.ts';
import { translate } from '../i18n/strings.ts';
import { basisPhrase, comparedPhrase, headlinePhrase } from '../i18n/verdict.ts';
import type { ResultRow, RunResult, RunSettings } from '../scenario/run.ts';
import { assumptionLines, peerTable, type ReportPeers } from './peers.ts';
import { probabilityText, rateText, targetValue, targetYear } from './phrases.ts';
import { SourceList, type ReportSource } from './sources.ts';

export interface ReportInput {
	/** The dataset the run was made on, with its provenance details (excerpts, notes). */
	dataset: Dataset;
	run: RunResult;
	settings: RunSettings;
	/** The plan's first year: targets due after it are the milestones' (charted first). */
	planStart: number;
	scenarioName: string;
	/** The scenario's assumptions by series key (ids resolved), as the run used them. */
	assumptions: ReadonlyMap<string, Assumption>;
	/** The focus region's id. */
	region: string;
	/** The comparison regions' ids. */
	compare: readonly string[];
	/** The indicator on screen: charted first when the focus has data or targets for it. */
	indicator?: string;
	lang: Lang;
	/** The day the report is written, `YYYY-MM-DD` (read by the caller, never here). */
	date: string;
	/** At most this many charts (default 6). */
	maxCharts?: number;
}

/** One row of the targets table, every cell already in words. */
export interface ReportTargetRow {
	key: string;
	indicator: string;
	target: string;
	/** Earlier values a later source replaced ("由 62% 修订"). */
	revised: string[];
	year: string;
	evaluatedYear: number;
	/** The value compared, or `—`. */
	compared: string;
	/** How it was obtained: "2020 实际值", "2015–2024 插值", "2027 预测". */
	how: string;
	status: Status;
	verdict: string;
	probability: string;
	requiredRate: string;
	basis: string;
	/** Numbers into {@link ReportModel.sources}. */
	sources: number[];
}

/** The targets table's columns, as the briefing's phrases name them, in order. */
export const TARGET_COLUMNS = [
	'col.indicator',
	'col.target',
	'col.year',
	'col.compared',
	'col.verdict',
	'col.probability',
	'col.required',
	'col.basis',
	'col.sources'
] as const;

/** A chart the briefing shows: one indicator, the focus against the comparison regions. */
export interface ReportChart {
	indicator: string;
	name: string;
}

export interface ReportModel {
	lang: Lang;
	title: string;
	region: { id: string; name: string };
	compare: { id: string; name: string }[];
	meta: { label: string; value: string }[];
	/** What wrote the report and how its figures are traced. */
	note: string;
	milestones: number[];
	asOf: number;
	/** One sentence per milestone that has targets. */
	headline: string[];
	targets: ReportTargetRow[];
	charts: ReportChart[];
	peers: ReportPeers;
	assumptions: { lines: string[]; others: number };
	sources: ReportSource[];
	/** The note on method, one paragraph each. */
	method: string[];
}

export function buildReportModel(input: ReportInput): ReportModel {
	const { lang, run, settings } = input;
	const index = indexDataset(input.dataset);
	const focus = index.regions.byId(input.region);
	const name = regionName(focus, lang, input.region);
	const compare = input.compare
		.filter((id) => id !== input.region)
		.map((id) => ({ id, name: regionName(index.regions.byId(id), lang, id) }));
	const sources = new SourceList(index, lang);

	const results = [...(run.byRegion.get(input.region) ?? [])]
		.map((r, i) => ({ r, i }))
		.sort((a, b) => a.r.assessment.evaluatedYear - b.r.assessment.evaluatedYear || a.i - b.i)
		.map((x) => x.r);
	const targets = results.map((r) => targetRow(r, input.dataset, index, lang, sources));
	const indicators = [...new Set(results.map((r) => r.indicator))];
	citeSeries(input, index, indicators, sources);
	const peers = peerTable(input.dataset, index, input.region, compare, indicators, lang, sources);

	const headline = run.composite
		.filter((c) => c.region === input.region && c.count > 0)
		.map((c) => headlinePhrase(c, lang));
	const milestones = [...settings.milestones];
	if (headline.length === 0 && milestones.length > 0)
		headline.push(
			rt(lang, 'headline.none', {
				region: name,
				first: Math.min(...milestones),
				last: Math.max(...milestones)
			})
		);

	return {
		lang,
		title: rt(lang, 'title', { region: name }),
		region: { id: input.region, name },
		compare,
		meta: [
			{ label: rt(lang, 'meta.date'), value: input.date },
			{ label: rt(lang, 'meta.scenario'), value: input.scenarioName },
			{ label: rt(lang, 'meta.asOf'), value: String(settings.asOf) },
			{
				label: rt(lang, 'meta.compare'),
				value: compare.map((c) => c.name).join(lang === 'zh' ? '、' : ', ') || rt(lang, 'meta.none')
			}
		],
		note: rt(lang, 'meta.generated'),
		milestones,
		asOf: settings.asOf,
		headline,
		targets,
		charts: chartList(input, index, results),
		peers,
		assumptions: assumptionLines(input, index),
		sources: sources.list(),
		method: (
			['method.p1', 'method.p2', 'method.p3', 'method.p4', 'method.p5', 'method.p6'] as const
		).map((k) => rt(lang, k, { asOf: settings.asOf }))
	};
}

function targetRow(
	r: ResultRow,
	dataset: Dataset,
	index: DatasetIndex,
	lang: Lang,
	sources: SourceList
): ReportTargetRow {
	const a = r.assessment;
	const indicator = index.indicators.byId(r.indicator);
	const unit = r.target.unit ?? indicator?.unit ?? '';
	const indicatorText = indicatorName(indicator, lang, r.indicator);
	const region = regionName(index.regions.byId(r.region), lang, r.region);
	const target = targetValue(r.target, unit, lang);
	const year = targetYear(r.target, a.evaluatedYear, lang);
	const figure = (value: string) =>
		rt(lang, 'source.figureTarget', {
			region,
			indicator: indicatorText,
			value: lang === 'zh' ? `${value}（${year}）` : `${value} (${year})`
		});
	const cited = sources.cite(r.target.provenance, figure(target), r.target.note);
	for (const v of r.revisions)
		for (const n of sources.cite(v.provenance, figure(targetValue(v, unit, lang))))
			if (!cited.includes(n)) cited.push(n);
	return {
		key: r.key,
		indicator: indicatorText,
		target,
		revised: r.revisions.map((v) =>
			translate(lang, 'target.revised', { value: formatValue(v.value, unit, lang) })
		),
		year,
		evaluatedYear: a.evaluatedYear,
		compared: a.projected === null ? '—' : formatValue(a.projected, unit, lang),
		// A value the analyst typed in says so, as in the scorecard.
		how: anchorEntered(dataset, r)
			? `${comparedPhrase(a, lang)} · ${translate(lang, 'score.entered')}`
			: comparedPhrase(a, lang),
		status: a.status,
		verdict: translate(lang, `status.${a.status}`),
		probability: probabilityText(a, lang),
		requiredRate: rateText(a.requiredRate, a.method, unit, lang),
		basis: basisPhrase(a, lang, a.method === 'hold'),
		sources: cited
	};
}

/** Cite the focus region's actuals of each target indicator (what the verdicts rest on). */
function citeSeries(
	input: ReportInput,
	index: DatasetIndex,
	indicators: readonly string[],
	sources: SourceList
): void {
	const { lang } = input;
	const region = regionName(index.regions.byId(input.region), lang, input.region);
	for (const id of indicators) {
		const indicator = index.indicators.byId(id);
		for (const p of seriesOf(input.dataset, input.region, id)) {
			const o = p.observation;
			const value = formatValue(o.value, o.unit ?? indicator?.unit ?? '', lang);
			sources.cite(
				o.provenance,
				rt(lang, 'source.figure', {
					region,
					indicator: indicatorName(indicator, lang, id),
					year: p.year,
					value
				}),
				o.note
			);
		}
	}
}

/**
 * The charts: the indicator on screen first (when the focus has data or targets for it), then
 * the focus's target indicators that have actuals, those of targets due after the plan's start
 * first, at most `maxCharts`.
 */
function chartList(
	input: ReportInput,
	index: DatasetIndex,
	results: readonly ResultRow[]
): ReportChart[] {
	const start = input.planStart;
	const hasData = (id: string) => seriesOf(input.dataset, input.region, id).length > 0;
	const upcoming = results.filter((r) => r.assessment.evaluatedYear > start);
	const past = results.filter((r) => r.assessment.evaluatedYear <= start);
	const ids: string[] = [];
	const onScreen = input.indicator;
	if (onScreen && (hasData(onScreen) || results.some((r) => r.indicator === onScreen)))
		ids.push(onScreen);
	for (const r of [...upcoming, ...past])
		if (!ids.includes(r.indicator) && hasData(r.indicator)) ids.push(r.indicator);
	return ids.slice(0, input.maxCharts ?? 6).map((id) => ({
		indicator: id,
		name: indicatorName(index.indicators.byId(id), input.lang, id)
	}));
}
