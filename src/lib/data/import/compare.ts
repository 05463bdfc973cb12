/**
 * Incoming figures against what is loaded: those already loaded (same figure, same sources:
 * re-importing an export adds nothing), those that disagree (same region × indicator × year,
 * another value), and figures the file itself gives twice with different values.
 */
import { importMessage as m } from '../../i18n/import.ts';
import { seriesOf, type SeriesPoint } from '../dataset.ts';
import { issueOf, type DataIssue } from '../issues.ts';
import type { Dataset, Observation, Target } from '../model.ts';
import type { Conflict } from './types.ts';

/** File lines of the addition's figures, parallel to its observations and targets. */
export interface FigureRows {
	observations: readonly number[];
	targets: readonly number[];
}

const targetKey = (t: Target) =>
	`${t.region}\u0000${t.indicator}\u0000${t.year ?? ''}\u0000${t.comparator}`;

/**
 * Conflicts between an addition and the loaded dataset: for an actual value, the value the
 * loaded data currently uses for that year (after source precedence); for a target, a loaded
 * target with the same year and comparator.
 */
export function findConflicts(base: Dataset, addition: Dataset, rows?: FigureRows): Conflict[] {
	const titles = new Map(base.sources.map((s) => [s.id, s.title]));
	const loaded = (source: string | undefined) => ({
		source: source ?? '',
		sourceTitle: titles.get(source ?? '') ?? source ?? ''
	});
	const out: Conflict[] = [];
	// Consecutive figures usually belong to one series (a wide file's row): look it up once.
	let lastRegion: string | undefined;
	let lastIndicator: string | undefined;
	let lastSeries: readonly SeriesPoint[] = [];
	const loadedSeries = (region: string, indicator: string) => {
		if (region !== lastRegion || indicator !== lastIndicator) {
			lastRegion = region;
			lastIndicator = indicator;
			lastSeries = seriesOf(base, region, indicator);
		}
		return lastSeries;
	};
	if (base.observations.length > 0)
		addition.observations.forEach((o, i) => {
			if (o.year === null) return;
			const point = loadedSeries(o.region, o.indicator).find((p) => p.year === o.year);
			if (!point || point.value === o.value) return;
			out.push({
				kind: 'actual',
				region: o.region,
				indicator: o.indicator,
				year: o.year,
				row: rows?.observations[i] ?? 0,
				incoming: o.value,
				loaded: { value: point.value, ...loaded(point.observation.provenance[0]?.source) }
			});
		});
	if (addition.targets.length > 0 && base.targets.length > 0) {
		const byKey = new Map<string, Target>();
		for (const t of base.targets) byKey.set(targetKey(t), t);
		addition.targets.forEach((t, i) => {
			const old = byKey.get(targetKey(t));
			if (!old || (old.value === t.value && old.valueMax === t.valueMax)) return;
			out.push({
				kind: 'target',
				region: t.region,
				indicator: t.indicator,
				year: t.year,
				row: rows?.targets[i] ?? 0,
				incoming: t.value,
				loaded: { value: old.value, ...loaded(old.provenance[0]?.source) }
			});
		});
	}
	return out;
}

/** One warning per figure the file gives again for the same key with another value. */
export function duplicateIssues(addition: Dataset, rows: FigureRows): DataIssue[] {
	const out: DataIssue[] = [];
	// region → indicator → year slot → first figure index. Consecutive figures usually share a
	// series, so the last series' map is kept at hand (wide files: millions of figures).
	const seen = new Map<string, Map<string, Map<number, number>>>();
	let lastRegion = '';
	let lastIndicator = '';
	let lastSeries: Map<number, number> | undefined;
	const seriesOf = (region: string, indicator: string) => {
		if (lastSeries && region === lastRegion && indicator === lastIndicator) return lastSeries;
		let byIndicator = seen.get(region);
		if (!byIndicator) seen.set(region, (byIndicator = new Map()));
		let series = byIndicator.get(indicator);
		if (!series) byIndicator.set(indicator, (series = new Map()));
		[lastRegion, lastIndicator, lastSeries] = [region, indicator, series];
		return series;
	};
	const check = (
		list: readonly (Observation | Target)[],
		lines: readonly number[],
		i: number,
		slot: number
	) => {
		const f = list[i] as Observation | Target;
		const series = seriesOf(f.region, f.indicator);
		const first = series.get(slot);
		if (first === undefined) {
			series.set(slot, i);
			return;
		}
		const earlier = list[first] as Observation | Target;
		if (earlier.value === f.value) return;
		const firstRow = lines[first] ?? 0;
		out.push(
			issueOf(
				lines[i] ?? 0,
				'',
				String(f.value),
				m('compare.twice', { line: firstRow, value: earlier.value }),
				'warning'
			)
		);
	};
	const { observations, targets } = addition;
	for (let i = 0; i < observations.length; i++) {
		const year = (observations[i] as Observation).year;
		if (year !== null) check(observations, rows.observations, i, year);
	}
	// Targets: negative slots, one per comparator and year (null year = slot 0 of its comparator).
	const comparators = new Map<string, number>();
	for (let i = 0; i < targets.length; i++) {
		const t = targets[i] as Target;
		let c = comparators.get(t.comparator);
		if (c === undefined) comparators.set(t.comparator, (c = comparators.size + 1));
		check(targets, rows.targets, i, -(c * 10000 + (t.year ?? 0)));
	}
	return out;
}

/** Whether two figures say the same and come from the same sources. */
function same(a: Observation | Target, b: Observation | Target): boolean {
	if (a.value !== b.value || a.provenance.length !== b.provenance.length) return false;
	if ('comparator' in a && 'comparator' in b)
		if (a.comparator !== b.comparator || a.valueMax !== b.valueMax) return false;
	return a.provenance.every((p, i) => p.source === b.provenance[i]?.source);
}

/** Figures by region → indicator → year, looked up without building a key per figure. */
function byPlace<F extends Observation | Target>(list: readonly F[]) {
	const index = new Map<string, Map<string, Map<number | null, F[]>>>();
	for (const f of list) {
		let indicators = index.get(f.region);
		if (!indicators) index.set(f.region, (indicators = new Map()));
		let years = indicators.get(f.indicator);
		if (!years) indicators.set(f.indicator, (years = new Map()));
		const at = years.get(f.year);
		if (at) at.push(f);
		else years.set(f.year, [f]);
	}
	return (f: F) =>
		index
			.get(f.region)
			?.get(f.indicator)
			?.get(f.year)
			?.some((g) => same(f, g)) ?? false;
}

/**
 * The addition without the figures `base` already holds (same region, indicator, year, value
 * and sources; for targets the same comparator and upper end too), their file lines kept in
 * step, and how many were left out.
 */
export function withoutLoaded(
	base: Dataset,
	addition: Dataset,
	rows?: FigureRows
): {
	addition: Dataset;
	rows: { observations: number[]; targets: number[] };
	alreadyLoaded: number;
} {
	const lines = {
		observations: rows ? [...rows.observations] : addition.observations.map(() => 0),
		targets: rows ? [...rows.targets] : addition.targets.map(() => 0)
	};
	let alreadyLoaded = 0;
	const keep = <F extends Observation | Target>(
		list: readonly F[],
		loaded: readonly F[],
		fileLines: number[]
	) => {
		if (loaded.length === 0) return { kept: list as F[], keptLines: fileLines };
		const held = byPlace(loaded);
		const kept: F[] = [];
		const keptLines: number[] = [];
		list.forEach((f, i) => {
			if (held(f)) alreadyLoaded++;
			else {
				kept.push(f);
				keptLines.push(fileLines[i] ?? 0);
			}
		});
		return { kept, keptLines };
	};
	const o = keep(addition.observations, base.observations, lines.observations);
	const t = keep(addition.targets, base.targets, lines.targets);
	if (alreadyLoaded === 0) return { addition, rows: lines, alreadyLoaded };
	return {
		addition: { ...addition, observations: o.kept, targets: t.kept },
		rows: { observations: o.keptLines, targets: t.keptLines },
		alreadyLoaded
	};
}
