/**
 * The canonical long CSV (data-format.md §1): its columns, the records every file shape is
 * turned into, and the export. Export then import gives back the same dataset: figures with
 * their provenance, and the regions and indicators they name with levels, parents (regions that
 * are only parents get a row of their own, `kind` = `region`), English names and aliases.
 * Reading records is the import pipeline's job (import/read.ts); this module stays small and
 * free of zod because the first screen exports through it.
 */
import { nameKey } from '../domain/text.ts';
import { toCsv, type Cell } from './csv.ts';
import type { Dataset, Indicator, Observation, Provenance, Region } from './model.ts';
import { indexDataset } from './registry.ts';

/** The columns in export order, with the Chinese headers accepted on import. */
export const COLUMNS = [
	{ key: 'region', zh: ['地区', '区域', '地区名称'] },
	{ key: 'indicator', zh: ['指标', '指标名称'] },
	{ key: 'year', zh: ['年份', '年度', '时间'] },
	{ key: 'value', zh: ['数值', '值'] },
	{ key: 'unit', zh: ['单位'] },
	{ key: 'kind', zh: ['类型'] },
	{ key: 'comparator', zh: ['比较', '比较符'] },
	{ key: 'value_max', zh: ['上限'] },
	{ key: 'direction', zh: ['方向'] },
	{ key: 'lower_bound', zh: ['下界'] },
	{ key: 'upper_bound', zh: ['上界'] },
	{ key: 'source', zh: ['来源'] },
	{ key: 'section', zh: ['章节'] },
	{ key: 'excerpt', zh: ['原文'] },
	{ key: 'note', zh: ['备注'] },
	{ key: 'region_level', zh: ['层级'] },
	{ key: 'parent_region', zh: ['上级地区'] },
	{ key: 'approximate', zh: ['约数'] },
	{ key: 'region_en', zh: ['地区英文名'] },
	{ key: 'region_aliases', zh: ['地区别名'] },
	{ key: 'indicator_en', zh: ['指标英文名'] },
	{ key: 'indicator_aliases', zh: ['指标别名'] },
	{ key: 'year_inferred', zh: ['年份推定'] },
	{ key: 'horizon', zh: ['研判年份'] }
] as const;
export type ColumnKey = (typeof COLUMNS)[number]['key'];

const HEADER_KEYS = new Map<string, ColumnKey>();
for (const c of COLUMNS) {
	HEADER_KEYS.set(nameKey(c.key), c.key);
	for (const zh of c.zh) HEADER_KEYS.set(nameKey(zh), c.key);
}

/** The column a header cell names, or null. */
export function columnKey(header: string): ColumnKey | null {
	return HEADER_KEYS.get(nameKey(header)) ?? null;
}

/** One data row of a file, by canonical column, with its line number and original headers. */
export interface CanonicalRecord {
	row: number;
	cells: Partial<Record<ColumnKey, string>>;
	/**
	 * The header each cell had in the file, when it differs from row to row (a wide file's
	 * value sits under `2019年`, `2020年`, …); falls back to the read's own headers.
	 */
	headers?: Partial<Record<ColumnKey, string>>;
	/** Codes beside the names (`Country Code`, `Series Code`), tried when a name is unknown. */
	codes?: { region?: string; indicator?: string };
}

/** Several provenances of one figure, or several aliases, are written in one cell, joined by this. */
export const MULTI_SEPARATOR = ' | ';

/** The `kind` of a row that only describes a region (one that is only a parent). */
export const REGION_ROW = 'region';

const joinList = (list: readonly string[]) => list.join(MULTI_SEPARATOR);

/** The regions the figures name, and every ancestor of theirs, ancestors after. */
function regionsWithAncestors(dataset: Dataset, named: ReadonlySet<string>): Region[] {
	const idx = indexDataset(dataset);
	const out: Region[] = [];
	const seen = new Set<string>();
	const visit = (id: string) => {
		for (let r = idx.regions.byId(id); r && !seen.has(r.id); r = idx.regions.byId(r.parent ?? '')) {
			seen.add(r.id);
			if (!named.has(r.id)) out.push(r);
		}
	};
	for (const id of named) visit(id);
	return out;
}

/**
 * The dataset's observations and targets as canonical rows (header first), then a `region` row
 * for each parent region that has no figure of its own. A region's and an indicator's English
 * name and aliases are written on the first row that names them.
 */
export function datasetRows(dataset: Dataset): Cell[][] {
	const idx = indexDataset(dataset);
	const rows: Cell[][] = [COLUMNS.map((c) => c.key)];
	// A region's or an indicator's English name and aliases go on the first row naming it.
	const described = new Set<string>();
	const first = (key: string) => !described.has(key) && described.add(key) !== undefined;
	const regionCells = (region: Region | undefined, id: string) => {
		const parent = region?.parent ? idx.regions.byId(region.parent) : undefined;
		const names = region !== undefined && first(`r:${id}`);
		return {
			level: region?.level ?? '',
			parent: parent?.zh ?? '',
			en: names ? region.en : '',
			aliases: names ? joinList(region.aliases) : ''
		};
	};
	const indicatorCells = (indicator: Indicator | undefined, id: string) => {
		const names = indicator !== undefined && first(`i:${id}`);
		return { en: names ? indicator.en : '', aliases: names ? joinList(indicator.aliases) : '' };
	};
	const push = (
		f: Observation & { comparator?: string; valueMax?: number | null; horizon?: number },
		kind: 'actual' | 'target'
	) => {
		const region = idx.regions.byId(f.region);
		const indicator = idx.indicators.byId(f.indicator);
		const join = (pick: (p: Provenance) => string | undefined) => {
			const parts = f.provenance.map((p) => pick(p) ?? '');
			return parts.every((p) => p === '') ? '' : parts.join(MULTI_SEPARATOR);
		};
		const r = regionCells(region, f.region);
		const i = indicatorCells(indicator, f.indicator);
		rows.push([
			region?.zh ?? f.region,
			indicator?.zh ?? f.indicator,
			f.year,
			f.value,
			f.unit ?? indicator?.unit ?? '',
			kind,
			f.comparator ?? '',
			f.valueMax ?? null,
			indicator?.direction ?? '',
			indicator?.lowerBound,
			indicator?.upperBound,
			join((p) => p.source),
			join((p) => p.section),
			join((p) => p.excerpt),
			f.note,
			r.level,
			r.parent,
			f.approximate ? 'true' : '',
			r.en,
			r.aliases,
			i.en,
			i.aliases,
			f.yearInferred ? 'true' : '',
			f.horizon
		]);
	};
	for (const o of dataset.observations) push(o, 'actual');
	for (const t of dataset.targets) push(t, 'target');
	const named = new Set([...dataset.observations, ...dataset.targets].map((f) => f.region));
	for (const region of regionsWithAncestors(dataset, named)) {
		const r = regionCells(region, region.id);
		const row: Cell[] = COLUMNS.map(() => '');
		const set = (key: ColumnKey, value: Cell) =>
			(row[COLUMNS.findIndex((c) => c.key === key)] = value);
		set('region', region.zh);
		set('kind', REGION_ROW);
		set('region_level', r.level);
		set('parent_region', r.parent);
		set('region_en', r.en);
		set('region_aliases', r.aliases);
		rows.push(row);
	}
	return rows;
}

/** The whole dataset as canonical long CSV text. */
export function writeCanonical(dataset: Dataset): string {
	return toCsv(datasetRows(dataset));
}

/** Rows of a canonical file (header first) → records, with the header each column had. */
export function recordsFromRows(
	rows: readonly (readonly string[])[],
	firstLine = 1
): { records: CanonicalRecord[]; headers: Partial<Record<ColumnKey, string>>; unknown: string[] } {
	const [head = [], ...body] = rows;
	const keys = head.map(columnKey);
	const headers: Partial<Record<ColumnKey, string>> = {};
	const unknown: string[] = [];
	head.forEach((h, i) => {
		const k = keys[i];
		if (k) headers[k] ??= h;
		else if (h.trim()) unknown.push(h);
	});
	const records: CanonicalRecord[] = [];
	body.forEach((cells, i) => {
		if (cells.every((c) => c.trim() === '')) return;
		const rec: CanonicalRecord = { row: firstLine + 1 + i, cells: {} };
		cells.forEach((c, j) => {
			const k = keys[j];
			if (k && rec.cells[k] === undefined) rec.cells[k] = c;
		});
		records.push(rec);
	});
	return { records, headers, unknown };
}
