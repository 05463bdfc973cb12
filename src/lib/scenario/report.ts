/**
 * The `assess` report of contract.md: projections, results and composite with display names,
 * full-precision numbers. Used by the command line and by the page's export.
 */
import type { Dataset } from '../data/model.ts';
import { indexDataset } from '../data/registry.ts';
import type {
	Anchor,
	Basis,
	CompositeRow,
	Method,
	OpenSdgStatus,
	SigmaBasis,
	TargetAssessment,
	UnStatus
} from '../domain/engine/index.ts';
import type { RunResult } from './run.ts';
import type { RunSettings } from './settings.ts';

export interface ReportProjection {
	region: string;
	indicator: string;
	unit: string;
	anchor: Anchor;
	method: Method;
	requestedMethod: Method;
	fallback: string | null;
	rate: number;
	/** The slope's standard error, or the assumed σ (engine.md). */
	sigma: number;
	/** The yearly noise `s` (0 when σ is assumed or there are fewer than three points). */
	noise: number;
	sigmaBasis: SigmaBasis;
	fitted: boolean;
	noTrend: boolean;
	needsAssumption: boolean;
	basis: Basis;
	values: Record<string, number>;
}

/** A result: the engine's assessment with display names, its target's sources and measures. */
export interface ReportResult extends TargetAssessment {
	region: string;
	indicator: string;
	unit: string;
	un: { q: number | null; status: UnStatus };
	openSdg: { r: number | null; status: OpenSdgStatus };
	midTerm: { timeShare: number; progressShare: number; onSchedule: boolean } | null;
	baseYear: number;
	source: string;
	/** Every source that states this target. */
	sources: string[];
	/** Earlier values a later source replaced. */
	revisions: { value: number; valueMax: number | null; comparator: string; source: string }[];
	/** For a target without a year: where its judgement year came from. */
	horizonFrom: 'figure' | 'source' | 'scenario' | null;
}

/** The headline of one region and milestone, with the region's display name. */
export type ReportComposite = Omit<CompositeRow, 'share'>;

export interface AssessReport {
	scenario: string;
	/** "Today" for the verdicts. */
	asOf: number;
	milestones: number[];
	horizon: number;
	projections: ReportProjection[];
	results: ReportResult[];
	composite: ReportComposite[];
}

export function assessReport(
	name: string,
	dataset: Dataset,
	run: RunResult,
	settings: RunSettings
): AssessReport {
	const idx = indexDataset(dataset);
	const region = (id: string) => idx.regions.byId(id)?.zh ?? id;
	const indicator = (id: string) => idx.indicators.byId(id)?.zh ?? id;
	const projections: ReportProjection[] = [];
	for (const row of run.projections.values()) {
		const p = row.projection;
		if (!p.anchor) continue;
		const values: Record<string, number> = {};
		for (const m of settings.milestones) values[String(m)] = p.valueAt(m);
		projections.push({
			region: region(row.region),
			indicator: indicator(row.indicator),
			unit: row.unit,
			anchor: p.anchor,
			method: p.method,
			requestedMethod: p.requestedMethod,
			fallback: p.fallback,
			rate: p.rate,
			sigma: p.sigma,
			noise: p.noise,
			sigmaBasis: p.sigmaBasis,
			fitted: p.fitted,
			noTrend: p.noTrend,
			needsAssumption: p.needsAssumption,
			basis: p.basis,
			values
		});
	}
	const results: ReportResult[] = run.results.map((r) => {
		const a = r.assessment;
		const mid = r.progress.midTerm;
		return {
			region: region(r.region),
			indicator: indicator(r.indicator),
			...a,
			unit: r.target.unit ?? idx.indicators.byId(r.indicator)?.unit ?? '',
			un: { q: r.progress.un.q, status: r.progress.un.status },
			openSdg: { r: r.progress.openSdg.r, status: r.progress.openSdg.status },
			midTerm: mid
				? { timeShare: mid.timeShare, progressShare: mid.progressShare, onSchedule: mid.onSchedule }
				: null,
			baseYear: r.baseYear,
			source: r.target.provenance[0]?.source ?? '',
			sources: [...new Set(r.target.provenance.map((p) => p.source))],
			revisions: r.revisions.map((v) => ({
				value: v.value,
				valueMax: v.valueMax,
				comparator: v.comparator,
				source: v.provenance[0]?.source ?? ''
			})),
			horizonFrom: r.horizonFrom
		};
	});
	const composite = run.composite.map((c): ReportComposite => {
		const { share: _share, ...counts } = c;
		return { ...counts, region: region(c.region) };
	});
	return {
		scenario: name,
		asOf: settings.asOf,
		milestones: [...settings.milestones],
		horizon: settings.horizon,
		projections,
		results,
		composite
	};
}
