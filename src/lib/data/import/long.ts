/**
 * The canonical long table (one figure per row, English or Chinese headers), and long tables
 * that leave out the region or the indicator column (`年份, 数值` under a title line).
 */
import { importMessage as m } from '../../i18n/import.ts';
import { nameKey } from '../../domain/text.ts';
import { REGION_ROW, type CanonicalRecord, type ColumnKey } from '../canonical.ts';
import { isMissing } from './cells.ts';
import { begin, eachRow, type Context, type Plan } from './convert.ts';
import type { Role } from './roles.ts';

/** Plan a canonical long table; `roles` holds each header cell's role (or null). */
export function planLong(ctx: Context, roles: readonly (Role | null)[]): Plan {
	const head = ctx.rows[ctx.header] as string[];
	const headers: Partial<Record<ColumnKey, string>> = {};
	const columns: { index: number; key: ColumnKey }[] = [];
	const ignored: string[] = [];
	roles.forEach((role, index) => {
		const h = head[index] ?? '';
		if (role && role !== 'regionCode' && role !== 'indicatorCode' && !(role in headers)) {
			headers[role] = h;
			columns.push({ index, key: role });
		} else if (!role && h.trim()) ignored.push(h.trim());
	});
	const absent = (['region', 'indicator'] as const).filter((d) => !(d in headers));
	// A column empty on every row (an export's `section` in a file of statistics) is not read.
	const used = columns.filter((c) => c.key === 'value' || holdsSomething(ctx, c.index));
	const keys = new Set<ColumnKey>([...used.map((c) => c.key), ...absent, 'unit']);
	return {
		columns: [...keys],
		names: 'plain',
		convert: () => convertLong(ctx, { headers, columns: used, ignored, absent, roles })
	};
}

/** Whether any data row has something in a column. */
function holdsSomething(ctx: Context, index: number): boolean {
	for (let i = ctx.header + 1; i < ctx.end; i++) {
		const cell = (ctx.rows[i] as string[])[index];
		if (cell && cell.trim() !== '') return true;
	}
	return false;
}

function convertLong(
	ctx: Context,
	plan: {
		headers: Partial<Record<ColumnKey, string>>;
		columns: { index: number; key: ColumnKey }[];
		ignored: string[];
		absent: ('region' | 'indicator')[];
		roles: readonly (Role | null)[];
	}
) {
	const { conv, fixed } = begin(ctx, m('shape.canonical'), plan.ignored, plan.absent);
	// A unit from a preamble or default applies only when the file has no unit column.
	if ('unit' in plan.headers) delete fixed.unit;
	const hasFixed = Object.keys(fixed).length > 0;
	const regionCode = plan.roles.indexOf('regionCode');
	const indicatorCode = plan.roles.indexOf('indicatorCode');
	const valueColumn = plan.columns.find((c) => c.key === 'value')?.index ?? -1;
	const kindColumn = plan.columns.find((c) => c.key === 'kind')?.index ?? -1;
	// A row describing a region has no value, and is not empty.
	const describes = (row: readonly string[]) =>
		[REGION_ROW, '地区'].includes(nameKey(row[kindColumn] ?? ''));
	eachRow(
		ctx,
		conv,
		(row) => !isMissing(row[valueColumn]) || describes(row),
		(row, line) => {
			const rec: CanonicalRecord = {
				row: line,
				cells: hasFixed ? { ...fixed } : {},
				headers: plan.headers
			};
			for (const { index, key } of plan.columns) {
				const cell = row[index];
				if (cell) rec.cells[key] = cell;
			}
			const codes = {
				...(regionCode >= 0 && row[regionCode] ? { region: row[regionCode] } : {}),
				...(indicatorCode >= 0 && row[indicatorCode] ? { indicator: row[indicatorCode] } : {})
			};
			if (codes.region !== undefined || codes.indicator !== undefined) rec.codes = codes;
			ctx.emit(rec);
		},
		true
	);
	return conv;
}
