/**
 * The table view of the comparison: one row per year, one column per region shown, each cell the
 * actual of that year (with its sources, conflicts and whether the analyst entered it) or the
 * region's projection after its anchor (marked projected, and assumed when it rests on the
 * scenario's assumption). The accessible alternative to the chart, and its CSV. Pure.
 */
import { seriesOf } from '../data/dataset.ts';
import type { Dataset, SourceKind } from '../data/model.ts';
import { indexDataset } from '../data/registry.ts';
import { targetGroupsOf } from '../data/targets.ts';
import type { Projection } from '../domain/engine/index.ts';
import { regionName, type Lang } from '../i18n/format.ts';
import type { View } from './view.ts';

/** The analyst's own data: imported files, values read from a document, scenario values. */
const ENTERED: readonly SourceKind[] = ['import', 'document', 'entered', 'scenario'];

/** An actual; the scenario's assumed baseline; a projection; the latest value held (no trend). */
export type CellKind = 'actual' | 'baseline' | 'projected' | 'held';

export interface TableCell {
	value: number;
	kind: CellKind;
	/** Source numbers (1-based, into {@link SeriesTable.sources}). */
	marks: number[];
	/** Other sources give a different value for this year. */
	conflict: boolean;
	/** A known disagreement or series break covers this year. */
	disputed: boolean;
	approximate: boolean;
	/** The year was read from context, not stated. */
	inferred: boolean;
	/** Entered by the analyst (an imported file, a document, the scenario). */
	entered: boolean;
	/** Rests on the scenario's assumption (a rate or a baseline it sets). */
	assumed: boolean;
}

export interface TableColumn {
	region: string;
	name: string;
	focus: boolean;
}

export interface TableRow {
	year: number;
	cells: (TableCell | null)[];
	/** The focus region's targets due that year, as labels. */
	targets: string[];
}

export interface SeriesTable {
	columns: TableColumn[];
	rows: TableRow[];
	/** The sources behind the cells, numbered from 1 in order of first use. */
	sources: { id: string; title: string }[];
}

export interface SeriesTableInput {
	dataset: Dataset;
	view: Pick<View, 'region' | 'compare' | 'indicator'>;
	lang: Lang;
	/** Each region's projection (by region id). */
	projections: ReadonlyMap<string, Projection>;
	horizon: number;
	/** How a target reads in a cell (the scorecard's label). */
	targetLabel: (t: ReturnType<typeof targetGroupsOf>[number]['target']) => string;
}

/** The first year a table starts at, at the latest (earlier when the data start earlier). */
const FROM_AT_LATEST = 2015;

export function seriesTable(input: SeriesTableInput): SeriesTable {
	const { dataset, view, lang } = input;
	const idx = indexDataset(dataset);
	const regions = [view.region, ...view.compare.filter((c) => c !== view.region)];
	const sourceMarks = new Map<string, number>();
	const mark = (id: string): number => {
		let n = sourceMarks.get(id);
		if (n === undefined) sourceMarks.set(id, (n = sourceMarks.size + 1));
		return n;
	};
	const byYear = new Map<number, (TableCell | null)[]>();
	const cellsOf = (year: number) => {
		let cells = byYear.get(year);
		if (!cells) byYear.set(year, (cells = regions.map(() => null)));
		return cells;
	};
	regions.forEach((region, col) => {
		for (const p of seriesOf(dataset, region, view.indicator)) {
			const kinds = p.observation.provenance.map((pr) => idx.sources.get(pr.source)?.kind);
			cellsOf(p.year)[col] = {
				value: p.value,
				kind: 'actual',
				marks: p.observation.provenance.map((pr) => mark(pr.source)),
				conflict: p.conflicts.length > 0,
				disputed: p.disputed !== null,
				approximate: p.observation.approximate === true,
				inferred: p.observation.yearInferred === true,
				entered: kinds.some((k) => k !== undefined && ENTERED.includes(k)),
				assumed: false
			};
		}
		const projection = input.projections.get(region);
		const anchor = projection?.anchor;
		if (!projection || !anchor) return;
		const assumed = anchor.assumed || !projection.fitted;
		if (anchor.assumed && !cellsOf(anchor.year)[col])
			cellsOf(anchor.year)[col] = projected(anchor.value, 'baseline', true);
		for (let year = anchor.year + 1; year <= input.horizon; year++)
			cellsOf(year)[col] = projected(
				projection.valueAt(year),
				projection.noTrend ? 'held' : 'projected',
				assumed
			);
	});
	const targets = new Map<number, string[]>();
	for (const g of targetGroupsOf(dataset, view.region, view.indicator)) {
		if (g.target.year === null) continue;
		targets.set(g.target.year, [
			...(targets.get(g.target.year) ?? []),
			input.targetLabel(g.target)
		]);
	}
	const dataYears = [...byYear.keys()];
	const first = Math.min(FROM_AT_LATEST, ...dataYears.filter((y) => byYear.get(y)!.some(Boolean)));
	const years = [...new Set([...dataYears, ...targets.keys()])]
		.filter((y) => y >= first && y <= input.horizon)
		.sort((a, b) => a - b);
	return {
		columns: regions.map((region) => ({
			region,
			name: regionName(idx.regions.byId(region), lang, region),
			focus: region === view.region
		})),
		rows: years.map((year) => ({
			year,
			cells: byYear.get(year) ?? regions.map(() => null),
			targets: targets.get(year) ?? []
		})),
		sources: [...sourceMarks.keys()].map((id) => ({ id, title: idx.sources.get(id)?.title ?? id }))
	};
}

function projected(value: number, kind: CellKind, assumed: boolean): TableCell {
	return {
		value,
		kind,
		marks: [],
		conflict: false,
		disputed: false,
		approximate: false,
		inferred: false,
		entered: false,
		assumed
	};
}

/** How the table is sorted: by year, or by one region's values (`column` index). */
export type TableSort = { by: 'year' | number; dir: 'asc' | 'desc' };

/** The rows in the sort's order; rows without a value in the sorted column go last. */
export function sortTableRows(rows: readonly TableRow[], sort: TableSort): TableRow[] {
	const dir = sort.dir === 'asc' ? 1 : -1;
	if (sort.by === 'year') return [...rows].sort((a, b) => (a.year - b.year) * dir);
	const col = sort.by;
	return [...rows].sort((a, b) => {
		const x = a.cells[col]?.value;
		const y = b.cells[col]?.value;
		if (x === undefined || y === undefined)
			return (x === undefined ? 1 : 0) - (y === undefined ? 1 : 0);
		return (x - y) * dir || a.year - b.year;
	});
}
