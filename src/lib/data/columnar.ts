/**
 * A dataset held by column (data/columns.ts): the page's in-memory form of the loaded data. It is
 * a {@link Dataset} — `observations` and `targets` read as arrays, so files, links, exports and
 * `structuredClone` see the model's plain shape — but the figures are stored as typed arrays and
 * numbered strings, and rebuilt as objects only when something asks for them. The indexes the
 * app reads through (`seriesOf`, `targetsOf`, `targetGroups`, `indexDataset`) use the columns
 * directly, so a county-level dataset costs a fraction of its object form.
 *
 * {@link columnsOf} gives the columns of any dataset: a columnar one's own, or columns built
 * once over a dataset held as objects (handing back its own objects).
 */
import type {
	ConflictNote,
	Dataset,
	Indicator,
	Observation,
	Region,
	Source,
	Target
} from './model.ts';
import { ProvenanceTable, StringTable } from './columnTables.ts';
import { FigureColumns } from './columns.ts';

export { FigureColumns, NO_YEAR } from './columns.ts';

/** The columns of a dataset's observations and targets (one string table for both). */
export interface DatasetColumns {
	observations: FigureColumns<Observation>;
	targets: FigureColumns<Target>;
}

interface Parts extends DatasetColumns {
	sources: Source[];
	regions: Region[];
	indicators: Indicator[];
	conflicts: ConflictNote[] | undefined;
}

/** See the module's comment. Built by {@link asColumnar} and by merging into one. */
export class ColumnarDataset implements Dataset {
	readonly sources: Source[];
	readonly regions: Region[];
	readonly indicators: Indicator[];
	declare readonly observations: Observation[];
	declare readonly targets: Target[];
	declare readonly conflicts?: ConflictNote[];
	readonly #columns: DatasetColumns;

	constructor(parts: Parts) {
		this.sources = parts.sources;
		this.regions = parts.regions;
		this.indicators = parts.indicators;
		this.#columns = { observations: parts.observations, targets: parts.targets };
		// Own, enumerable accessors: a spread, JSON or structuredClone sees plain arrays.
		Object.defineProperty(this, 'observations', {
			get: () => this.#columns.observations.all(),
			enumerable: true
		});
		Object.defineProperty(this, 'targets', {
			get: () => this.#columns.targets.all(),
			enumerable: true
		});
		if (parts.conflicts !== undefined)
			Object.defineProperty(this, 'conflicts', {
				value: parts.conflicts,
				enumerable: true
			});
	}

	get columns(): DatasetColumns {
		return this.#columns;
	}
}

const over = new WeakMap<Dataset, DatasetColumns>();

/** The columns of `dataset` (see the module's comment). */
export function columnsOf(dataset: Dataset): DatasetColumns {
	if (dataset instanceof ColumnarDataset) return dataset.columns;
	let c = over.get(dataset);
	if (!c) {
		const strings = new StringTable();
		const lists = new ProvenanceTable();
		c = {
			observations: FigureColumns.over('observation', dataset.observations, strings, lists),
			targets: FigureColumns.over('target', dataset.targets, strings, lists)
		};
		over.set(dataset, c);
	}
	return c;
}

/** `dataset` held by column; the figure objects of a dataset held as objects are not kept. */
export function asColumnar(dataset: Dataset): ColumnarDataset {
	if (dataset instanceof ColumnarDataset) return dataset;
	const strings = new StringTable();
	const lists = new ProvenanceTable();
	return new ColumnarDataset({
		sources: dataset.sources,
		regions: dataset.regions,
		indicators: dataset.indicators,
		conflicts: dataset.conflicts,
		observations: FigureColumns.from('observation', dataset.observations, strings, lists),
		targets: FigureColumns.from('target', dataset.targets, strings, lists)
	});
}

/**
 * `base` with `addition`'s items appended, by column (figures already rebuilt from `base` keep
 * their identity). The same dataset `mergeDataset` builds, in the columnar form.
 */
export function mergeColumnar(base: Dataset, addition: Dataset): ColumnarDataset {
	const a = asColumnar(base).columns;
	const b =
		addition instanceof ColumnarDataset
			? addition.columns
			: {
					observations: FigureColumns.from(
						'observation',
						addition.observations,
						a.observations.strings,
						a.observations.lists
					),
					targets: FigureColumns.from(
						'target',
						addition.targets,
						a.observations.strings,
						a.observations.lists
					)
				};
	const conflicts = [...(base.conflicts ?? []), ...(addition.conflicts ?? [])];
	return new ColumnarDataset({
		sources: [...base.sources, ...addition.sources],
		regions: [...base.regions, ...addition.regions],
		indicators: [...base.indicators, ...addition.indicators],
		conflicts: conflicts.length > 0 ? conflicts : undefined,
		observations: FigureColumns.concat(a.observations, b.observations),
		targets: FigureColumns.concat(a.targets, b.targets)
	});
}

/** `dataset` with only the targets `keep` says yes to, by column. */
export function keepTargets(
	dataset: ColumnarDataset,
	keep: (region: string, indicator: string, year: number | null) => boolean
): ColumnarDataset {
	const t = dataset.columns.targets;
	const rows: number[] = [];
	const s = t.strings.list;
	for (let i = 0; i < t.length; i++)
		if (keep(s[t.region[i]!]!, s[t.indicator[i]!]!, t.yearOf(i))) rows.push(i);
	if (rows.length === t.length) return dataset;
	return new ColumnarDataset({
		sources: dataset.sources,
		regions: dataset.regions,
		indicators: dataset.indicators,
		conflicts: dataset.conflicts,
		observations: dataset.columns.observations,
		targets: FigureColumns.select(t, rows)
	});
}
