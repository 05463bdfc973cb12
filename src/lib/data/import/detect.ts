/**
 * Which shape a table has, from its header row (and, for a few shapes, its preamble and first
 * column), and the plan of its conversion to canonical records. The order of the checks
 * matters: the specific publishers' layouts first, the general wide and long tables last.
 */
import { nameKey } from '../../domain/text.ts';
import { parseYear } from '../../domain/numbers.ts';
import { importMessage as m } from '../../i18n/import.ts';
import { InputError } from '../issues.ts';
import { filled } from './cells.ts';
import type { Context, Plan } from './convert.ts';
import { metaValue } from './layout.ts';
import { planLong } from './long.ts';
import { classifyNames, headerRole, type Role } from './roles.ts';
import { planOwid } from './owid.ts';
import { acrossOf, planTransposed } from './transposed.ts';
import type { ShapeId } from './types.ts';
import { planWide, type WideColumns, type WideKind } from './wide.ts';

/** The detected shape, and the plan of its conversion. */
export interface Detected {
	shape: ShapeId;
	plan: Plan;
}

const YEAR_LABEL = /^(年份?|年度|时间|year|years|time|date|period|)$/;

/** Refuse the companion sheets of a World Bank download. */
function refuseMetadata(keys: Set<string>): void {
	if (
		keys.has('incomegroup') ||
		keys.has('specialnotes') ||
		(keys.has('countrycode') && keys.has('tablename'))
	)
		throw InputError.from(m('detect.metadataCountry'));
	if (
		(keys.has('indicator_code') || keys.has('indicatorcode')) &&
		(keys.has('source_note') || keys.has('sourcenote'))
	)
		throw InputError.from(m('detect.metadataIndicator'));
}

/** The first `limit` non-blank cells of a column, below the header. */
function columnSample(ctx: Context, index: number, limit = 200): string[] {
	const values: string[] = [];
	for (let i = ctx.header + 1; i < ctx.end && values.length < limit; i++) {
		const row = ctx.rows[i] as string[];
		if (filled(row) === 0) continue;
		const v = (row[index] ?? '').trim();
		if (v !== '') values.push(v);
	}
	return values;
}

/** Whether most non-blank values of a column are years (`Estimates Start After`, `First year`). */
function holdsYears(ctx: Context, index: number): boolean {
	const values = columnSample(ctx, index);
	const years = values.filter((v) => parseYear(v) !== null).length;
	return values.length > 0 && years >= values.length * 0.6;
}

function owidPlan(ctx: Context, head: readonly string[]): Detected | null {
	const entity = head.findIndex((h) => nameKey(h) === 'entity');
	const year = head.findIndex((h) => nameKey(h) === 'year');
	const code = head.findIndex((h) => nameKey(h) === 'code');
	const values = head.flatMap((h, i) =>
		i !== entity && i !== year && i !== code && h !== '' ? [i] : []
	);
	if (values.length === 0) return null;
	return {
		shape: 'owid',
		plan: planOwid(ctx, { entity, year, code: code < 0 ? null : code, values })
	};
}

function widePlan(
	ctx: Context,
	head: readonly string[],
	roles: readonly (Role | null)[],
	years: readonly (number | null)[],
	has: (...names: string[]) => boolean
): Detected {
	const first = (role: Role) => {
		const i = roles.indexOf(role);
		return i < 0 ? null : i;
	};
	const cols: WideColumns = {
		region: first('region'),
		regionCode: first('regionCode'),
		indicator: first('indicator'),
		indicatorCode: first('indicatorCode'),
		unit: first('unit'),
		source: first('source'),
		note: first('note'),
		parent: first('parent_region'),
		level: first('region_level'),
		years: years.flatMap((year, index) => (year === null ? [] : [{ index, year }])),
		ignored: []
	};
	let kind: WideKind = 'wide';
	if (has('Country Name', 'Country Code', 'Indicator Name', 'Indicator Code')) kind = 'wdi';
	else if (
		has('Series Name') ||
		has('Country Code', 'Series Code') ||
		/\[yr\d{4}\]/i.test(head.join(' '))
	)
		kind = 'databank';
	else if (
		metaValue(ctx.meta, '数据库') ||
		/国家统计局/.test(metaValue(ctx.meta, '数据来源') ?? '')
	)
		kind = 'nbs';
	// Columns with no role and no year header; those whose values are years are not labels.
	const unknown = head.flatMap((h, i) =>
		roles[i] === null && years[i] === null && h !== '' && !holdsYears(ctx, i) ? [i] : []
	);
	// A label column whose header says nothing (`项目`, blank, `Name`): regions or indicators?
	const noRegion = cols.region === null && cols.regionCode === null;
	if ((noRegion || cols.indicator === null) && unknown.length > 0) {
		const label = unknown[0] as number;
		const dim =
			noRegion && cols.indicator === null
				? classifyNames(columnSample(ctx, label), ctx.base)
				: noRegion
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
		cols.note,
		cols.parent,
		cols.level
	]);
	cols.ignored = head.filter((h, i) => h !== '' && years[i] === null && !used.has(i));
	return { shape: kind, plan: planWide(ctx, cols, kind) };
}

/** Whether most non-blank data rows start with a year. */
function firstColumnHoldsYears(ctx: Context): boolean {
	return holdsYears(ctx, 0);
}

/** Detect the shape. Throws {@link InputError} for a table the importer cannot use. */
export function detectShape(ctx: Context): Detected {
	const head = (ctx.rows[ctx.header] as string[]).map((h) => h.trim());
	const keys = new Set(head.map(nameKey));
	refuseMetadata(keys);
	const roles: (Role | null)[] = head.map(headerRole);
	const years = head.map((h, i) => (roles[i] ? null : parseYear(h)));
	const has = (...names: string[]) => names.every((n) => keys.has(nameKey(n)));

	if (has('Entity', 'Year') && years.every((y) => y === null)) {
		const owid = owidPlan(ctx, head);
		if (owid) return owid;
	}
	if (years.some((y) => y !== null)) return widePlan(ctx, head, roles, years, has);
	if (roles.includes('value')) return { shape: 'canonical', plan: planLong(ctx, roles) };

	// Years down the first column (its header `年份`, `Year`, blank or anything but a name), names across.
	const acrossHeaders = head.slice(1).filter((h) => h !== '');
	const yearish =
		YEAR_LABEL.test(nameKey(head[0] ?? '')) || (roles[0] !== 'region' && roles[0] !== 'indicator');
	if (acrossHeaders.length > 0 && yearish && firstColumnHoldsYears(ctx))
		return { shape: 'transposed', plan: planTransposed(ctx, acrossOf(ctx)) };

	const shown = head.filter((h) => h !== '').slice(0, 8);
	throw InputError.from(m('detect.unknown', { list: shown.join('、'), listEn: shown.join(', ') }));
}
