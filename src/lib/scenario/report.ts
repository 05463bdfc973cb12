/**
 * The `assess` report of contract.md: projections, results and composite with display names,
 * full-precision numbers. Used by the command line and by the page's export.
 */
import type { Dataset } from '../data/model.ts';
import { indexDataset } from '../data/registry.ts';
import type {
	Anchor,
	Basis,
	Evaluation,
	Method,
	OpenSdgStatus,
	SigmaBasis,
	Status,
	UnStatus
} from '../domain/engine/index.ts';
import type { RunResult, RunSettings } from './run.ts';

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

export interface ReportResult {
	region: string;
	indicator: string;
	year: number | null;
	evaluatedYear: number;
	comparator: string;
	value: number;
	valueMax: number | null;
	unit: string;
	anchor: Anchor | null;
	method: Method;
	rate: number;
	/** `σ_T`, the spread used for the probability; null when none was used. */
	sigma: number | null;
	/** The value compared, whatever its origin (see `evaluation`). */
	projected: number | null;
	evaluation: Evaluation;
	/** The actual(s) an observed or interpolated value was read from. */
	compared: { from: Anchor; to: Anchor } | null;
	basis: Basis;
	requiredRate: number | null;
	requiredRateMax: number | null;
	probability: number | null;
	status: Status;
	alreadyMet: boolean;
	margin: number | null;
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

export interface ReportComposite {
	region: string;
	milestone: number;
	count: number;
	assessable: number;
	expectedMet: number;
	onTrack: number;
	atRisk: number;
	offTrack: number;
	met: number;
	missed: number;
	needsAssumption: number;
	unverified: number;
	noData: number;
}

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
			year: a.year,
			evaluatedYear: a.evaluatedYear,
			comparator: a.comparator,
			value: a.value,
			valueMax: a.valueMax,
			unit: r.target.unit ?? idx.indicators.byId(r.indicator)?.unit ?? '',
			anchor: a.anchor,
			method: a.method,
			rate: a.rate,
			sigma: a.sigma,
			projected: a.projected,
			evaluation: a.evaluation,
			compared: a.compared,
			basis: a.basis,
			requiredRate: a.requiredRate,
			requiredRateMax: a.requiredRateMax,
			probability: a.probability,
			status: a.status,
			alreadyMet: a.alreadyMet,
			margin: a.margin,
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
	const composite = run.composite.map((c): ReportComposite => ({
		region: region(c.region),
		milestone: c.milestone,
		count: c.count,
		assessable: c.assessable,
		expectedMet: c.expectedMet,
		onTrack: c.onTrack,
		atRisk: c.atRisk,
		offTrack: c.offTrack,
		met: c.met,
		missed: c.missed,
		needsAssumption: c.needsAssumption,
		unverified: c.unverified,
		noData: c.noData
	}));
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
