/**
 * Transposed tables: years down the first column, regions or indicators across. Which of the
 * two run across is read from the headers (names the dataset knows, `名称(单位)`, `…省`); the
 * other dimension comes from the preamble, the title or the caller's default.
 */
import type { CanonicalRecord, ColumnKey } from '../canonical.ts';
import { parseYear } from '../../domain/numbers.ts';
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
import { filled, metaValue } from './layout.ts';
import { headerRole, nameScores, splitUnit } from './names.ts';
import type { Dimension } from './types.ts';

/** Convert a table whose first column holds years; `across` says what the other headers name. */
export function convertTransposed(ctx: Context, across: Dimension): Conversion {
	const down: Dimension = across === 'region' ? 'indicator' : 'region';
	const conv = emptyConversion(
		across === 'region'
			? {
					zh: '转置表：年份在第一列，各列为地区',
					en: 'Transposed table: years down the first column, regions across'
				}
			: {
					zh: '转置表：年份在第一列，各列为指标',
					en: 'Transposed table: years down the first column, indicators across'
				}
	);
	const head = ctx.rows[ctx.header] as string[];
	const headerLine = ctx.lines[ctx.header] ?? 1;
	const yearHeader = head[0] ?? '';
	conv.headers.year = yearHeader;

	const fixed: Partial<Record<ColumnKey, string>> = {};
	const f = fallback(down, ctx);
	if (f) {
		fixed[down] = f.value;
		if (f.unit) fixed.unit = f.unit;
		conv.notes.push(fallbackNote(down, f));
	} else {
		conv.missing.push(down);
		const m = missingMessage(down);
		conv.issues.push(issue(headerLine, '', '', m.zh, m.en));
	}
	const defaultUnit = fixed.unit ?? ctx.defaults.unit ?? '';

	const resolveRegion = regionResolver(ctx.base, conv.notes);
	const columns: {
		index: number;
		cells: Partial<Record<ColumnKey, string>>;
		headers: Partial<Record<ColumnKey, string>>;
	}[] = [];
	const ignored: string[] = [];
	head.forEach((h, index) => {
		if (index === 0 || h.trim() === '') return;
		// A unit, source or note column is not a series.
		const role = headerRole(h);
		if (
			role === 'unit' ||
			role === 'source' ||
			role === 'note' ||
			role === 'regionCode' ||
			role === 'indicatorCode'
		) {
			ignored.push(h.trim());
			return;
		}
		const cells: Partial<Record<ColumnKey, string>> = { ...fixed };
		if (across === 'region') cells.region = resolveRegion(h);
		else {
			const { name, unit } = splitUnit(h);
			cells.indicator = name;
			if (unit) cells.unit = unit;
		}
		if (!cells.unit && defaultUnit) cells.unit = defaultUnit;
		columns.push({ index, cells, headers: { ...conv.headers, [across]: h, value: h } });
	});

	if (ignored.length > 0) {
		conv.issues.push(
			issue(
				headerLine,
				'',
				ignored.join(', '),
				`以下列未使用，已忽略：${ignored.join('、')}。`,
				`Columns not used, ignored: ${ignored.join(', ')}.`,
				'warning'
			)
		);
	}
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
		const yearCell = (row[0] ?? '').trim();
		const year = parseYear(yearCell);
		if (year === null) {
			conv.issues.push(
				issue(
					line,
					yearHeader,
					yearCell,
					'第一列应为年份（如 2024 或 2024年），此行跳过。',
					'The first column must hold a year (e.g. 2024): row skipped.'
				)
			);
			conv.rejectedRows.add(line);
			continue;
		}
		if (conv.missing.length > 0) {
			conv.rejectedRows.add(line);
			continue;
		}
		for (const c of values) {
			const rec: CanonicalRecord = {
				row: line,
				cells: {
					region: c.cells.region,
					indicator: c.cells.indicator,
					year: String(year),
					value: normaliseValue(row[c.index] as string, ctx.delimiter),
					unit: c.cells.unit
				},
				headers: c.headers
			};
			ctx.emit(rec);
		}
	}
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
