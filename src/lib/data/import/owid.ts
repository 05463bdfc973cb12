/**
 * Our World in Data grapher CSV: `Entity, Code, Year, <value column>…`. Each value column is an
 * indicator named by its header (which may contain commas inside quotes). Rows without a code
 * (or with an `OWID_` code) are aggregates: World, High-income countries, continents.
 */
import type { CanonicalRecord, ColumnKey } from '../canonical.ts';
import { parseYear } from '../../domain/numbers.ts';
import { issue } from '../issues.ts';
import { indexDataset } from '../registry.ts';
import {
	emptyConversion,
	isMissing,
	normaliseValue,
	regionResolver,
	type Context,
	type Conversion
} from './context.ts';
import { filled } from './layout.ts';
import { isOwidAggregate, worldBankUnit } from './names.ts';

/** Column indexes of an OWID file. */
export interface OwidColumns {
	entity: number;
	code: number | null;
	year: number;
	values: number[];
}

export function convertOwid(ctx: Context, cols: OwidColumns): Conversion {
	const conv = emptyConversion({
		zh: 'Our World in Data 图表数据（Entity, Code, Year, 数值列）',
		en: 'Our World in Data grapher CSV (Entity, Code, Year, value column)'
	});
	const head = ctx.rows[ctx.header] as string[];
	const idx = indexDataset(ctx.base);
	conv.headers.region = head[cols.entity] ?? 'Entity';
	conv.headers.year = head[cols.year] ?? 'Year';
	const columns = cols.values.map((index) => {
		const name = (head[index] ?? '').trim();
		const known = idx.indicators.resolve(name);
		const headers: Partial<Record<ColumnKey, string>> = {
			...conv.headers,
			value: head[index] ?? ''
		};
		return { index, name, unit: known ? '' : worldBankUnit(name), headers };
	});
	const resolveRegion = regionResolver(ctx.base, conv.notes);
	let outOfRange = 0;

	for (let i = ctx.header + 1; i < ctx.end; i++) {
		const row = ctx.rows[i] as string[];
		if (filled(row) === 0) continue;
		conv.dataRows++;
		const line = ctx.lines[i] ?? 0;
		const values = columns.filter((c) => !isMissing(row[c.index]));
		if (values.length === 0) {
			conv.emptyRows++;
			continue;
		}
		const entity = (row[cols.entity] ?? '').trim();
		const code = cols.code === null ? '' : (row[cols.code] ?? '').trim();
		const yearCell = (row[cols.year] ?? '').trim();
		if (!entity) {
			conv.issues.push(
				issue(
					line,
					conv.headers.region,
					'',
					'缺少地区名称，此行跳过。',
					'The entity is missing: row skipped.'
				)
			);
			conv.rejectedRows.add(line);
			continue;
		}
		if (parseYear(yearCell) === null) {
			// OWID series reach back centuries; the model starts at 1900. Skip those quietly.
			if (/^-?\d{1,4}$/.test(yearCell)) {
				outOfRange++;
				conv.rejectedRows.add(line);
				continue;
			}
			conv.issues.push(
				issue(
					line,
					conv.headers.year,
					yearCell,
					'年份应为四位数字，如 2024。',
					'Year must be four digits, e.g. 2024.'
				)
			);
			conv.rejectedRows.add(line);
			continue;
		}
		const region = resolveRegion(entity, code);
		if (region === entity && isOwidAggregate(code)) conv.aggregates.add(region);
		for (const c of values) {
			const cells: Partial<Record<ColumnKey, string>> = {
				region,
				indicator: c.name,
				year: yearCell,
				value: normaliseValue(row[c.index] as string, ctx.delimiter),
				region_level: 'national',
				unit: c.unit || undefined
			};
			const rec: CanonicalRecord = { row: line, cells, headers: c.headers };
			ctx.emit(rec);
		}
	}
	if (outOfRange > 0) {
		conv.notes.push({
			zh: `${outOfRange} 行的年份早于 1900 年或晚于 2200 年，已跳过。`,
			en: `${outOfRange} rows with years before 1900 or after 2200 were skipped.`
		});
	}
	return conv;
}
