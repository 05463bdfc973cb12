/**
 * The zod schema of each canonical column: a cell parsed once into what it stands for (a
 * year, a comparator, a level, a bound …), or an issue saying what is wrong with it. The value
 * cell is read by the row's rules (validate.ts), which know the unit it refers to.
 */
import { z } from 'zod';
import { importMessage as m, type ImportKey } from '../../i18n/import.ts';
import { foldWidth, nameKey } from '../../domain/text.ts';
import { parseNumber, parseYear } from '../../domain/numbers.ts';
import { REGION_ROW, type ColumnKey } from '../canonical.ts';
import { unescapeCell } from '../csv.ts';
import { COMPARATORS, type Comparator, type Direction, type RegionLevel } from '../vocabulary.ts';

/** A record's kind: a figure, or a row that only describes a region. */
export type RecordKind = 'actual' | 'target' | 'region';

export const fail = (
	ctx: z.RefinementCtx,
	key: ImportKey,
	params?: Record<string, string | number>
) => {
	const { zh, en } = m(key, params);
	ctx.addIssue({ code: 'custom', message: en, params: { zh } });
	return z.NEVER;
};

export const cell = (s: string) => unescapeCell(s).trim();
const text = z.string().transform(cell);
const list = z.string().transform((s) =>
	cell(s)
		.split(/\s*\|\s*/)
		.map((a) => a.trim())
		.filter((a) => a !== '')
);

const LEVEL_WORDS = new Map<string, RegionLevel>([
	['national', 'national'],
	['全国', 'national'],
	['国家', 'national'],
	['province', 'province'],
	['省', 'province'],
	['省级', 'province'],
	['city', 'city'],
	['市', 'city'],
	['地市', 'city'],
	['district', 'district'],
	['区', 'district'],
	['county', 'county'],
	['县', 'county']
]);
const COMPARATOR_WORDS = new Map<string, Comparator>([
	['≥', '>='],
	['=>', '>='],
	['不低于', '>='],
	['达到', '>='],
	['以上', '>='],
	['≤', '<='],
	['=<', '<='],
	['不高于', '<='],
	['不超过', '<='],
	['以内', '<='],
	['超过', '>'],
	['高于', '>'],
	['低于', '<'],
	['区间', 'range'],
	['范围', 'range']
]);
const DIRECTION_WORDS = new Map<string, Direction>([
	['up', 'up'],
	['越高越好', 'up'],
	['正向', 'up'],
	['down', 'down'],
	['越低越好', 'down'],
	['逆向', 'down'],
	['负向', 'down']
]);
const KIND_WORDS = new Map<string, RecordKind>([
	['', 'actual'],
	['actual', 'actual'],
	['实际', 'actual'],
	['实际值', 'actual'],
	['target', 'target'],
	['目标', 'target'],
	['目标值', 'target'],
	[REGION_ROW, 'region'],
	['地区', 'region']
]);

const kind = z.string().transform((s, ctx) => {
	const k = KIND_WORDS.get(s) ?? KIND_WORDS.get(nameKey(cell(s)));
	return k ?? fail(ctx, 'cell.kind');
});
const year = z.string().transform((s, ctx) => {
	const raw = cell(s);
	if (raw === '') return null;
	const y = parseYear(raw);
	if (y !== null) return y;
	return /^\d+$/.test(foldWidth(raw))
		? fail(ctx, 'cell.yearRange', { year: raw })
		: fail(ctx, 'cell.year', { year: raw });
});
const comparator = z.string().transform((s, ctx): Comparator | null => {
	const raw = foldWidth(cell(s)).replace(/\s+/g, '').toLowerCase();
	if (raw === '') return null;
	if ((COMPARATORS as readonly string[]).includes(raw)) return raw as Comparator;
	return COMPARATOR_WORDS.get(raw) ?? fail(ctx, 'cell.comparator', { value: raw });
});
const direction = z.string().transform((s, ctx): Direction | undefined => {
	const plain = DIRECTION_WORDS.get(s);
	if (plain) return plain;
	const raw = cell(s);
	if (raw === '') return undefined;
	return (
		DIRECTION_WORDS.get(raw) ??
		DIRECTION_WORDS.get(nameKey(raw)) ??
		fail(ctx, 'cell.direction', { value: raw })
	);
});
const level = z.string().transform((s, ctx): RegionLevel | undefined => {
	const raw = cell(s);
	if (raw === '') return undefined;
	return (
		LEVEL_WORDS.get(raw) ?? LEVEL_WORDS.get(nameKey(raw)) ?? fail(ctx, 'cell.level', { value: raw })
	);
});
const bound = z.string().transform((s, ctx): number | undefined => {
	const raw = cell(s);
	if (raw === '') return undefined;
	const n = parseNumber(raw);
	return n.kind === 'number' ? n.value : fail(ctx, 'cell.bound', { value: raw });
});
const approximate = z.string().transform((s) => /^(true|1|是|yes|约)$/i.test(cell(s)));
/** The year is read from context, not stated (seeds/figures.csv, exports). */
const yearInferred = z.string().transform((s) => /^(true|1|是|yes|推定)$/i.test(cell(s)));

/** Every column's schema; a read uses those of the columns its file has. */
export const FIELDS = {
	region: z.string(),
	indicator: z.string(),
	year,
	value: z.string(),
	unit: z.string().transform((s) => foldWidth(cell(s))),
	kind,
	comparator,
	value_max: z.string(),
	direction,
	lower_bound: bound,
	upper_bound: bound,
	source: z.string(),
	section: z.string(),
	excerpt: z.string(),
	note: text,
	region_level: level,
	parent_region: text,
	approximate,
	region_en: text,
	region_aliases: list,
	indicator_en: text,
	indicator_aliases: list,
	year_inferred: yearInferred,
	/** Where a target without a year is judged (a "未来五年" counted from the document's date). */
	horizon: year
} satisfies Record<ColumnKey, z.ZodType>;

export type Cells = { [K in keyof typeof FIELDS]?: z.output<(typeof FIELDS)[K]> };
