/**
 * Wide tables: one row per region × indicator, one column per year (`2019`, `2019年`,
 * `2019 [YR2019]`). The World Bank WDI download, the DataBank export, the 国家统计局 export and
 * the IMF / OECD tables (several descriptive columns before the years) are wide tables with
 * their own column names and habits, so they are read here too.
 */
import { importMessage as m, type ImportKey } from '../../i18n/import.ts';
import type { ColumnKey } from '../canonical.ts';
import type { Bilingual } from '../issues.ts';
import { isMissing } from './cells.ts';
import { begin, eachRow, rowIssue, type Context, type Plan } from './convert.ts';
import { isWorldBankAggregate } from './roles.ts';

/** Which column holds what (indexes into the row), as found by shape detection. */
export interface WideColumns {
	region: number | null;
	regionCode: number | null;
	indicator: number | null;
	indicatorCode: number | null;
	unit: number | null;
	source: number | null;
	note: number | null;
	/** A region's parent and level, for new regions. */
	parent: number | null;
	level: number | null;
	years: { index: number; year: number }[];
	/** Non-empty headers of columns that are not used. */
	ignored: string[];
}

export type WideKind = 'wide' | 'wdi' | 'databank' | 'nbs';

function wideLabel(kind: WideKind, cols: WideColumns): Bilingual {
	if (kind === 'wdi' || kind === 'databank') return m(`shape.${kind}`);
	const across: ImportKey =
		cols.region !== null || cols.regionCode !== null
			? cols.indicator !== null
				? 'shape.wide'
				: 'shape.wideRegions'
			: 'shape.wideIndicators';
	if (kind === 'nbs')
		return m(across === 'shape.wideIndicators' ? 'shape.nbsIndicators' : 'shape.nbs');
	return m(across);
}

/** Plan a wide table. World Bank files name countries: new ones get the national level. */
export function planWide(ctx: Context, cols: WideColumns, kind: WideKind): Plan {
	const worldBank = kind === 'wdi' || kind === 'databank';
	const columns: ColumnKey[] = ['region', 'indicator', 'year', 'value', 'unit'];
	if (worldBank || cols.level !== null) columns.push('region_level');
	if (cols.parent !== null) columns.push('parent_region');
	if (cols.source !== null) columns.push('source');
	if (cols.note !== null) columns.push('note');
	return {
		columns,
		names: worldBank ? 'worldBank' : 'split',
		convert: () => convertWide(ctx, cols, kind)
	};
}

function convertWide(ctx: Context, cols: WideColumns, kind: WideKind) {
	const head = ctx.rows[ctx.header] as string[];
	const absent = (['region', 'indicator'] as const).filter((d) =>
		d === 'region' ? cols.region === null && cols.regionCode === null : cols.indicator === null
	);
	const { conv, fixed } = begin(ctx, wideLabel(kind, cols), cols.ignored, absent);
	const worldBank = kind === 'wdi' || kind === 'databank';
	const headers: Partial<Record<ColumnKey, string>> = {};
	for (const [key, i] of [
		['region', cols.region ?? cols.regionCode],
		['indicator', cols.indicator],
		['unit', cols.unit],
		['source', cols.source],
		['note', cols.note]
	] as const) {
		const header = i === null ? undefined : head[i];
		if (header !== undefined) headers[key] = header;
	}
	// One headers object per year column, shared by that column's records.
	const years = cols.years.map(({ index, year }) => {
		const header = head[index] ?? String(year);
		return { index, year: String(year), headers: { ...headers, year: header, value: header } };
	});
	const at = (i: number | null, row: readonly string[]) =>
		i === null ? '' : (row[i] ?? '').trim();
	const national = worldBank ? 'national' : undefined;

	eachRow(
		ctx,
		conv,
		(row) => years.some((y) => !isMissing(row[y.index])),
		(row, line) => {
			const regionCode = at(cols.regionCode, row);
			// A file with codes only names its regions by code (the resolver reads them).
			const region = cols.region === null ? (fixed.region ?? '') : at(cols.region, row);
			const indicator = cols.indicator === null ? (fixed.indicator ?? '') : at(cols.indicator, row);
			if (!(region || regionCode) || !indicator) {
				const dim = !(region || regionCode) ? 'region' : 'indicator';
				conv.issues.push(
					rowIssue(
						line,
						headers[dim] ?? dim,
						'',
						m(dim === 'region' ? 'cell.noRegionRow' : 'cell.noIndicatorRow')
					)
				);
				return;
			}
			const indicatorCode = at(cols.indicatorCode, row);
			const codes =
				regionCode || indicatorCode ? { region: regionCode, indicator: indicatorCode } : undefined;
			if (worldBank && isWorldBankAggregate(region, regionCode))
				conv.aggregates.add(region || regionCode);
			const unit = at(cols.unit, row) || fixed.unit || undefined;
			const source = cols.source === null ? undefined : row[cols.source] || undefined;
			const note = cols.note === null ? undefined : row[cols.note] || undefined;
			const level = (cols.level === null ? '' : row[cols.level]) || national;
			const parent = cols.parent === null ? undefined : row[cols.parent] || undefined;
			for (const y of years) {
				const value = row[y.index];
				if (isMissing(value)) continue;
				// One object literal shape for every record: large files stay on V8's fast path.
				const cells: Partial<Record<ColumnKey, string>> = {
					region,
					indicator,
					year: y.year,
					value,
					unit,
					region_level: level,
					parent_region: parent,
					source,
					note
				};
				ctx.emit({ row: line, cells, headers: y.headers, ...(codes ? { codes } : {}) });
			}
		}
	);
	return conv;
}
