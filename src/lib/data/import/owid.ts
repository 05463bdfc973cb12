/**
 * Our World in Data grapher CSV: `Entity, Code, Year, <value column>…`. Each value column is an
 * indicator named by its header (which may contain commas inside quotes). Rows without a code
 * (or with an `OWID_` code) are aggregates: World, High-income countries, continents.
 */
import { importMessage as m } from '../../i18n/import.ts';
import { parseYear } from '../../domain/numbers.ts';
import type { ColumnKey } from '../canonical.ts';
import { isMissing } from './cells.ts';
import { begin, eachRow, rowIssue, type Context, type Plan } from './convert.ts';
import { isOwidAggregate } from './roles.ts';

/** Column indexes of an OWID file. */
export interface OwidColumns {
	entity: number;
	code: number | null;
	year: number;
	values: number[];
}

export function planOwid(ctx: Context, cols: OwidColumns): Plan {
	return {
		columns: ['region', 'indicator', 'year', 'value', 'region_level'],
		names: 'worldBank',
		convert: () => convertOwid(ctx, cols)
	};
}

function convertOwid(ctx: Context, cols: OwidColumns) {
	const { conv } = begin(ctx, m('shape.owid'), [], []);
	const head = ctx.rows[ctx.header] as string[];
	const region = head[cols.entity] ?? 'Entity';
	const year = head[cols.year] ?? 'Year';
	const columns = cols.values.map((index) => ({
		index,
		name: (head[index] ?? '').trim(),
		headers: { region, year, value: head[index] ?? '' } as Partial<Record<ColumnKey, string>>
	}));
	let outOfRange = 0;
	eachRow(
		ctx,
		conv,
		(row) => columns.some((c) => !isMissing(row[c.index])),
		(row, line) => {
			const entity = (row[cols.entity] ?? '').trim();
			const code = cols.code === null ? '' : (row[cols.code] ?? '').trim();
			const yearCell = (row[cols.year] ?? '').trim();
			if (!entity) return void conv.issues.push(rowIssue(line, region, '', m('cell.noRegionRow')));
			if (parseYear(yearCell) === null) {
				// OWID series reach back centuries; the model starts at 1900. Skip those quietly.
				if (/^-?\d{1,4}$/.test(yearCell)) return void outOfRange++;
				return void conv.issues.push(
					rowIssue(line, year, yearCell, m('cell.year', { year: yearCell }))
				);
			}
			if (isOwidAggregate(code)) conv.aggregates.add(entity);
			const codes = code ? { region: code } : undefined;
			for (const c of columns) {
				const value = row[c.index];
				if (isMissing(value)) continue;
				const cells: Partial<Record<ColumnKey, string>> = {
					region: entity,
					indicator: c.name,
					year: yearCell,
					value,
					region_level: 'national'
				};
				ctx.emit({ row: line, cells, headers: c.headers, ...(codes ? { codes } : {}) });
			}
		}
	);
	if (outOfRange > 0) conv.notes.push(m('note.owidYears', { n: outOfRange }));
	return conv;
}
