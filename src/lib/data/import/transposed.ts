/**
 * Transposed tables: years down the first column, regions or indicators across. Which of the
 * two run across is read from the headers (names the dataset knows, `名称(单位)`, `…省`); the
 * other dimension comes from the preamble, the title or the caller's default.
 */
import { importMessage as m } from '../../i18n/import.ts';
import { parseYear } from '../../domain/numbers.ts';
import type { ColumnKey } from '../canonical.ts';
import { isMissing } from './cells.ts';
import { begin, eachRow, rowIssue, type Context, type Plan } from './convert.ts';
import { metaValue } from './layout.ts';
import { headerRole, nameScores } from './roles.ts';
import type { Dimension } from './types.ts';

/** Roles of headers that are not a series across (a unit, source or note column). */
const NOT_SERIES = new Set(['unit', 'source', 'note', 'regionCode', 'indicatorCode']);

/** Plan a table whose first column holds years; `across` says what the other headers name. */
export function planTransposed(ctx: Context, across: Dimension): Plan {
	return {
		columns: ['region', 'indicator', 'year', 'value', 'unit'],
		names: 'split',
		convert: () => convertTransposed(ctx, across)
	};
}

function convertTransposed(ctx: Context, across: Dimension) {
	const down: Dimension = across === 'region' ? 'indicator' : 'region';
	const head = ctx.rows[ctx.header] as string[];
	const ignored: string[] = [];
	const series: { index: number; header: string }[] = [];
	head.forEach((h, index) => {
		if (index === 0 || h.trim() === '') return;
		if (NOT_SERIES.has(headerRole(h) ?? '')) ignored.push(h.trim());
		else series.push({ index, header: h });
	});
	const label = m(across === 'region' ? 'shape.transposedRegions' : 'shape.transposedIndicators');
	const { conv, fixed } = begin(ctx, label, ignored, [down]);
	const yearHeader = head[0] ?? '';
	const columns = series.map(({ index, header }) => ({
		index,
		cells: { ...fixed, [across]: header.trim() } as Partial<Record<ColumnKey, string>>,
		headers: { year: yearHeader, [across]: header, value: header } as Partial<
			Record<ColumnKey, string>
		>
	}));
	eachRow(
		ctx,
		conv,
		(row) => columns.some((c) => !isMissing(row[c.index])),
		(row, line) => {
			const yearCell = (row[0] ?? '').trim();
			const year = parseYear(yearCell);
			if (year === null)
				return void conv.issues.push(
					rowIssue(line, yearHeader, yearCell, m('cell.firstColumnYear'))
				);
			for (const c of columns) {
				const value = row[c.index];
				if (isMissing(value)) continue;
				const cells: Partial<Record<ColumnKey, string>> = {
					region: c.cells.region,
					indicator: c.cells.indicator,
					year: String(year),
					value,
					unit: c.cells.unit
				};
				ctx.emit({ row: line, cells, headers: c.headers });
			}
		}
	);
	return conv;
}

/** Whether the headers across a transposed table name regions or indicators. */
export function acrossOf(ctx: Context): Dimension {
	const head = ctx.rows[ctx.header] as string[];
	const { region, indicator } = nameScores(
		head.slice(1).filter((h) => h.trim() !== ''),
		ctx.base
	);
	if (region !== indicator) return indicator > region ? 'indicator' : 'region';
	// The names say nothing: a preamble naming a region means the columns are indicators.
	return metaValue(ctx.meta, '地区', 'region', 'country') ? 'indicator' : 'region';
}
