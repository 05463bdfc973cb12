/**
 * Which shape a table has, from its header row (and, for a few shapes, its preamble and first
 * column), and the conversion of its rows to canonical records. The order of the checks
 * matters: the specific publishers' layouts first, the general wide and long tables last.
 */
import { nameKey } from '../../domain/text.ts';
import { parseYear } from '../../domain/numbers.ts';
import { InputError } from '../issues.ts';
import type { Context, Conversion } from './context.ts';
import { filled, metaValue } from './layout.ts';
import { convertLong } from './long.ts';
import { classifyNames, headerRole, type Role } from './names.ts';
import { convertOwid } from './owid.ts';
import { acrossOf, convertTransposed } from './transposed.ts';
import type { ShapeId } from './types.ts';
import { convertWide, type WideColumns, type WideKind } from './wide.ts';

/** The detected shape, and the conversion to run (it emits the rows as canonical records). */
export interface Detected {
	shape: ShapeId;
	convert: () => Conversion;
}

const YEAR_LABEL = /^(年份?|年度|时间|year|years|time|date|period|)$/;

function notData(zh: string, en: string): never {
	throw new InputError(zh, en);
}

/** Refuse the companion sheets of a World Bank download. */
function refuseMetadata(keys: Set<string>): void {
	if (
		keys.has('incomegroup') ||
		keys.has('specialnotes') ||
		(keys.has('countrycode') && keys.has('tablename'))
	) {
		notData(
			'这是世界银行下载包中的国家元数据表（Metadata_Country），不含数据：请导入同一下载包中以 API_ 开头的文件。',
			"This is the World Bank download's country metadata sheet (Metadata_Country), not data: import the file starting with API_ from the same download."
		);
	}
	if (
		(keys.has('indicator_code') || keys.has('indicatorcode')) &&
		(keys.has('source_note') || keys.has('sourcenote'))
	) {
		notData(
			'这是世界银行下载包中的指标元数据表（Metadata_Indicator），不含数据：请导入同一下载包中以 API_ 开头的文件。',
			"This is the World Bank download's indicator metadata sheet (Metadata_Indicator), not data: import the file starting with API_ from the same download."
		);
	}
}

/** Whether most non-blank data rows start with a year. */
function firstColumnHoldsYears(ctx: Context): boolean {
	let years = 0;
	let rows = 0;
	for (let i = ctx.header + 1; i < ctx.end && rows < 200; i++) {
		const row = ctx.rows[i] as string[];
		if (filled(row) === 0) continue;
		rows++;
		if (parseYear(row[0] ?? '') !== null) years++;
	}
	return rows > 0 && years >= rows * 0.6;
}

/** Detect the shape. Throws {@link InputError} for a table the importer cannot use. */
export function detectShape(ctx: Context): Detected {
	const head = (ctx.rows[ctx.header] as string[]).map((h) => h.trim());
	const keys = new Set(head.map(nameKey));
	refuseMetadata(keys);
	const roles: (Role | null)[] = head.map(headerRole);
	const years = head.map((h, i) => (roles[i] ? null : parseYear(h)));
	const yearColumns = years.flatMap((year, index) => (year === null ? [] : [{ index, year }]));
	const first = (role: Role) => {
		const i = roles.indexOf(role);
		return i < 0 ? null : i;
	};
	const has = (...names: string[]) => names.every((n) => keys.has(nameKey(n)));

	if (has('Entity', 'Year') && yearColumns.length === 0) {
		const entity = head.findIndex((h) => nameKey(h) === 'entity');
		const year = head.findIndex((h) => nameKey(h) === 'year');
		const code = head.findIndex((h) => nameKey(h) === 'code');
		const values = head.flatMap((h, i) =>
			i !== entity && i !== year && i !== code && h !== '' ? [i] : []
		);
		if (values.length > 0) {
			return {
				shape: 'owid',
				convert: () => convertOwid(ctx, { entity, year, code: code < 0 ? null : code, values })
			};
		}
	}

	if (yearColumns.length > 0) {
		const cols: WideColumns = {
			region: first('region'),
			regionCode: first('regionCode'),
			indicator: first('indicator'),
			indicatorCode: first('indicatorCode'),
			unit: first('unit'),
			source: first('source'),
			note: first('note'),
			years: yearColumns,
			ignored: []
		};
		let kind: WideKind = 'wide';
		if (has('Country Name', 'Country Code', 'Indicator Name', 'Indicator Code')) kind = 'wdi';
		else if (has('Series Name', 'Country Name')) kind = 'databank';
		else if (
			metaValue(ctx.meta, '数据库') ||
			/国家统计局/.test(metaValue(ctx.meta, '数据来源') ?? '')
		)
			kind = 'nbs';
		const unknown = head.flatMap((h, i) =>
			roles[i] === null && years[i] === null && h !== '' ? [i] : []
		);
		// A label column whose header says nothing (`项目`, blank, `Name`): regions or indicators?
		if ((cols.region === null || cols.indicator === null) && unknown.length > 0) {
			const label = unknown[0] as number;
			const values: string[] = [];
			for (let i = ctx.header + 1; i < ctx.end && values.length < 200; i++)
				values.push((ctx.rows[i] as string[])[label] ?? '');
			const dim =
				cols.region === null && cols.indicator === null
					? classifyNames(values, ctx.base)
					: cols.region === null
						? 'region'
						: 'indicator';
			cols[dim] = label;
		}
		const used = new Set([
			cols.region,
			cols.regionCode,
			cols.indicator,
			cols.indicatorCode,
			cols.unit,
			cols.source,
			cols.note
		]);
		cols.ignored = head.filter((h, i) => h !== '' && years[i] === null && !used.has(i));
		return { shape: kind, convert: () => convertWide(ctx, cols, kind) };
	}

	if (roles.includes('value'))
		return { shape: 'canonical', convert: () => convertLong(ctx, roles) };

	// Years down the first column (its header `年份`, `Year`, blank or anything but a name), names across.
	const acrossHeaders = head.slice(1).filter((h) => h !== '');
	const yearish =
		YEAR_LABEL.test(nameKey(head[0] ?? '')) || (roles[0] !== 'region' && roles[0] !== 'indicator');
	if (acrossHeaders.length > 0 && yearish && firstColumnHoldsYears(ctx)) {
		return { shape: 'transposed', convert: () => convertTransposed(ctx, acrossOf(ctx)) };
	}

	const shown = head
		.filter((h) => h !== '')
		.slice(0, 8)
		.join('、');
	return notData(
		`无法识别这张表的列（${shown}）：需要“地区、指标、年份、数值”列，或以年份为列名的宽表（如 2019、2019年）。`,
		`The columns of this table (${head
			.filter((h) => h !== '')
			.slice(0, 8)
			.join(
				', '
			)}) are not recognised: it needs region, indicator, year and value columns, or year columns (2019, 2019年) in a wide table.`
	);
}
