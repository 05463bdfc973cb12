/**
 * Wide tables: one row per region × indicator, one column per year (`2019`, `2019年`,
 * `2019 [YR2019]`). The World Bank WDI download, the DataBank export and the 国家统计局 export
 * are wide tables with their own column names and habits, so they are read here too.
 */
import type { ColumnKey } from '../canonical.ts';
import { issue, type Bilingual } from '../issues.ts';
import { indexDataset } from '../registry.ts';
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
import { isWorldBankAggregate, splitUnit, worldBankUnit } from './names.ts';

/** Which column holds what (indexes into the row), as found by shape detection. */
export interface WideColumns {
	region: number | null;
	regionCode: number | null;
	indicator: number | null;
	indicatorCode: number | null;
	unit: number | null;
	source: number | null;
	note: number | null;
	years: { index: number; year: number }[];
	/** Non-empty headers of columns that are not used. */
	ignored: string[];
}

export type WideKind = 'wide' | 'wdi' | 'databank' | 'nbs';

const LABELS: Record<WideKind, Bilingual> = {
	wide: {
		zh: '宽表：每行一个地区 × 指标，每列一个年份',
		en: 'Wide table: one row per region × indicator, one column per year'
	},
	wdi: { zh: '世界银行 WDI 下载文件（API_….csv）', en: 'World Bank WDI download (API_….csv)' },
	databank: { zh: '世界银行 DataBank 导出文件', en: 'World Bank DataBank export' },
	nbs: {
		zh: '国家统计局（国家数据）导出文件：每行一个地区，每列一个年份',
		en: 'National Bureau of Statistics (国家数据) export: one row per region, one column per year'
	}
};

function wideLabel(kind: WideKind, cols: WideColumns): Bilingual {
	if (kind !== 'wide' && kind !== 'nbs') return LABELS[kind];
	if (cols.region !== null && cols.indicator !== null) return LABELS.wide;
	if (cols.indicator !== null) {
		return kind === 'nbs'
			? {
					zh: '国家统计局（国家数据）导出文件：每行一个指标，每列一个年份',
					en: 'National Bureau of Statistics (国家数据) export: one row per indicator, one column per year'
				}
			: {
					zh: '宽表：每行一个指标，每列一个年份（没有地区列）',
					en: 'Wide table: one row per indicator, one column per year (no region column)'
				};
	}
	return kind === 'nbs'
		? LABELS.nbs
		: {
				zh: '宽表：每行一个地区，每列一个年份（没有指标列）',
				en: 'Wide table: one row per region, one column per year (no indicator column)'
			};
}

/** Convert a wide table. World Bank files name countries: new ones get the national level. */
export function convertWide(ctx: Context, cols: WideColumns, kind: WideKind): Conversion {
	const conv = emptyConversion(wideLabel(kind, cols));
	const head = ctx.rows[ctx.header] as string[];
	const headerLine = ctx.lines[ctx.header] ?? 1;
	const worldBank = kind === 'wdi' || kind === 'databank';
	const idx = indexDataset(ctx.base);
	const h = (i: number | null) => (i === null ? undefined : head[i]);
	const named: [ColumnKey, number | null][] = [
		['region', cols.region],
		['indicator', cols.indicator],
		['unit', cols.unit],
		['source', cols.source],
		['note', cols.note]
	];
	for (const [key, i] of named) {
		const header = h(i);
		if (header !== undefined) conv.headers[key] = header;
	}
	if (cols.ignored.length > 0) {
		conv.issues.push(
			issue(
				headerLine,
				'',
				cols.ignored.join(', '),
				`以下列未使用，已忽略：${cols.ignored.join('、')}。`,
				`Columns not used, ignored: ${cols.ignored.join(', ')}.`,
				'warning'
			)
		);
	}

	const fixed: Partial<Record<ColumnKey, string>> = {};
	for (const dim of ['region', 'indicator'] as const) {
		if (cols[dim] !== null) continue;
		const f = fallback(dim, ctx);
		if (!f) {
			conv.missing.push(dim);
			const m = missingMessage(dim);
			conv.issues.push(issue(headerLine, '', '', m.zh, m.en));
			continue;
		}
		fixed[dim] = f.value;
		if (dim === 'indicator' && f.unit) fixed.unit = f.unit;
		conv.notes.push(fallbackNote(dim, f));
	}
	const defaultUnit = fixed.unit ?? ctx.defaults.unit ?? '';

	// One headers object per year column, shared by that column's records.
	const years = cols.years.map(({ index, year }) => {
		const header = head[index] ?? String(year);
		return { index, year: String(year), headers: { ...conv.headers, year: header, value: header } };
	});
	const resolveRegion = regionResolver(ctx.base, conv.notes);
	const indicatorCache = new Map<string, { name: string; unit: string }>();
	const indicatorOf = (name: string, code: string) => {
		const key = `${name}\u0000${code}`;
		let hit = indicatorCache.get(key);
		if (!hit) {
			if (idx.indicators.resolve(name)) hit = { name: name.trim(), unit: '' };
			else if (code && idx.indicators.resolve(code))
				hit = { name: (idx.indicators.resolve(code) as { id: string }).id, unit: '' };
			else hit = worldBank ? { name: name.trim(), unit: worldBankUnit(name) } : splitUnit(name);
			indicatorCache.set(key, hit);
		}
		return hit;
	};

	for (let i = ctx.header + 1; i < ctx.end; i++) {
		const row = ctx.rows[i] as string[];
		if (filled(row) === 0) continue;
		conv.dataRows++;
		const line = ctx.lines[i] ?? 0;
		const values = years.filter((y) => !isMissing(row[y.index]));
		if (values.length === 0) {
			conv.emptyRows++;
			continue;
		}
		if (conv.missing.length > 0) {
			conv.rejectedRows.add(line);
			continue;
		}
		const regionName =
			cols.region === null ? (fixed.region as string) : (row[cols.region] ?? '').trim();
		const regionCode = cols.regionCode === null ? '' : (row[cols.regionCode] ?? '').trim();
		const indicatorName =
			cols.indicator === null ? (fixed.indicator as string) : (row[cols.indicator] ?? '').trim();
		const indicatorCode = cols.indicatorCode === null ? '' : (row[cols.indicatorCode] ?? '').trim();
		let bad = false;
		for (const [dim, name, zh, en] of [
			['region', regionName, '缺少地区名称，此行跳过。', 'The region is missing: row skipped.'],
			[
				'indicator',
				indicatorName,
				'缺少指标名称，此行跳过。',
				'The indicator is missing: row skipped.'
			]
		] as const) {
			if (name) continue;
			conv.issues.push(issue(line, conv.headers[dim] ?? dim, '', zh, en));
			bad = true;
		}
		if (bad) {
			conv.rejectedRows.add(line);
			continue;
		}
		const region = resolveRegion(regionName, regionCode);
		if (worldBank && region === regionName && isWorldBankAggregate(regionName, regionCode))
			conv.aggregates.add(region);
		const indicator = indicatorOf(indicatorName, indicatorCode);
		const unitCell = cols.unit === null ? '' : (row[cols.unit] ?? '').trim();
		const unit = unitCell || indicator.unit || defaultUnit || undefined;
		const level = worldBank ? 'national' : undefined;
		const source = cols.source === null ? undefined : row[cols.source] || undefined;
		const note = cols.note === null ? undefined : row[cols.note] || undefined;
		for (const y of values) {
			// One object literal shape for every record: large files stay on V8's fast path.
			const cells: Partial<Record<ColumnKey, string>> = {
				region,
				indicator: indicator.name,
				year: y.year,
				value: normaliseValue(row[y.index] as string, ctx.delimiter),
				unit,
				region_level: level,
				source,
				note
			};
			ctx.emit({ row: line, cells, headers: y.headers });
		}
	}
	return conv;
}
