/**
 * The canonical long table (one figure per row, English or Chinese headers), and long tables
 * that leave out the region or the indicator column (`年份, 数值` under a title line).
 */
import type { CanonicalRecord, ColumnKey } from '../canonical.ts';
import { issue } from '../issues.ts';
import {
	emptyConversion,
	fallback,
	fallbackNote,
	isMissing,
	missingMessage,
	normaliseValue,
	regionResolver,
	type Context,
	type Conversion
} from './context.ts';
import { filled } from './layout.ts';
import { indexDataset } from '../registry.ts';
import type { Role } from './names.ts';

/** Convert a canonical long table; `roles` holds each header cell's role (or null). */
export function convertLong(ctx: Context, roles: readonly (Role | null)[]): Conversion {
	const conv = emptyConversion({
		zh: '标准长表（每行一个数值）',
		en: 'Canonical long table (one value per row)'
	});
	const head = ctx.rows[ctx.header] as string[];
	const headerLine = ctx.lines[ctx.header] ?? 1;
	const columns: { index: number; key: ColumnKey }[] = [];
	const unknown: string[] = [];
	roles.forEach((role, index) => {
		const h = head[index] ?? '';
		if (role && role !== 'regionCode' && role !== 'indicatorCode' && !(role in conv.headers)) {
			conv.headers[role] = h;
			columns.push({ index, key: role });
		} else if (!role && h.trim()) unknown.push(h.trim());
	});
	if (unknown.length > 0) {
		conv.issues.push(
			issue(
				headerLine,
				'',
				unknown.join(', '),
				`以下列未使用，已忽略：${unknown.join('、')}。`,
				`Columns not used, ignored: ${unknown.join(', ')}.`,
				'warning'
			)
		);
	}
	const codeColumn = roles.indexOf('regionCode');
	const indicatorCodeColumn = roles.indexOf('indicatorCode');
	const indicators = indexDataset(ctx.base).indicators;

	const fixed: Partial<Record<ColumnKey, string>> = {};
	for (const dim of ['region', 'indicator'] as const) {
		if (dim in conv.headers) continue;
		const f = fallback(dim, ctx);
		if (!f) {
			conv.missing.push(dim);
			const m = missingMessage(dim);
			conv.issues.push(issue(headerLine, '', '', m.zh, m.en));
			continue;
		}
		fixed[dim] = f.value;
		if (dim === 'indicator' && f.unit && !('unit' in conv.headers)) fixed.unit = f.unit;
		conv.notes.push(fallbackNote(dim, f));
	}
	if (!('unit' in conv.headers) && !fixed.unit && ctx.defaults.unit) fixed.unit = ctx.defaults.unit;

	const hasFixed = Object.keys(fixed).length > 0;
	const resolveRegion = regionResolver(ctx.base, conv.notes);
	const valueColumn = columns.find((c) => c.key === 'value')?.index ?? -1;
	for (let i = ctx.header + 1; i < ctx.end; i++) {
		const row = ctx.rows[i] as string[];
		if (filled(row) === 0) continue;
		conv.dataRows++;
		const line = ctx.lines[i] ?? 0;
		if (isMissing(row[valueColumn])) conv.emptyRows++;
		if (conv.missing.length > 0) {
			if (!isMissing(row[valueColumn])) conv.rejectedRows.add(line);
			continue;
		}
		const rec: CanonicalRecord = {
			row: line,
			cells: hasFixed ? { ...fixed } : {},
			headers: conv.headers
		};
		for (const { index, key } of columns) {
			const cell = row[index];
			if (cell) rec.cells[key] = cell;
		}
		const region = rec.cells.region;
		if (region !== undefined && region.trim() !== '') {
			rec.cells.region = resolveRegion(region, codeColumn >= 0 ? (row[codeColumn] ?? '') : '');
		}
		// An indicator code the dataset knows (DataBank's Series Code) wins over an unknown name.
		const indicatorCode = indicatorCodeColumn >= 0 ? row[indicatorCodeColumn]?.trim() : '';
		if (indicatorCode && !indicators.resolve(rec.cells.indicator ?? '')) {
			const known = indicators.resolve(indicatorCode);
			if (known) rec.cells.indicator = known.id;
		}
		if (rec.cells.value !== undefined)
			rec.cells.value = normaliseValue(rec.cells.value, ctx.delimiter);
		ctx.emit(rec);
	}
	return conv;
}
