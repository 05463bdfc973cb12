/**
 * The one check of every record, with zod: each cell parsed once by its column's schema
 * (cellSchemas.ts), then the rules of the row — the value read against the unit it is stored
 * in, a target's comparator and range, the plausible range of the indicator. Names are
 * already resolved (resolve.ts), so the rules that need the indicator see it. What is wrong
 * comes back as issues on the cells' columns; warnings (an approximate value, a unit that
 * differs) do not reject a row and come back beside the parsed record.
 */
import { z } from 'zod';
import { importMessage as m, type ImportKey } from '../../i18n/import.ts';
import { foldWidth, nameKey } from '../../domain/text.ts';
import { parseNumber } from '../../domain/numbers.ts';
import { defaultBounds } from '../../domain/engine/bounds.ts';
import { MULTI_SEPARATOR, type CanonicalRecord, type ColumnKey } from '../canonical.ts';
import { unescapeCell } from '../csv.ts';
import type { Indicator } from '../model.ts';
import type { Comparator } from '../vocabulary.ts';
import type { Bounds } from '../../domain/engine/types.ts';
import { isMissing } from './cells.ts';
import { cell, FIELDS, type Cells } from './cellSchemas.ts';
import type { CellProblem, Checked, CheckContext, CheckedRecord } from './checked.ts';

export type { CellProblem, Checked, CheckContext, CheckedRecord } from './checked.ts';

const RATE_UNITS = new Set(['个百分点', '百分点', 'pp', 'percentagepoints']);

/** Above this a figure is no count, share or amount of education (1e15 = a thousand trillion). */
const IMPLAUSIBLE = 1e15;

/** The context of the record being parsed: set by {@link checkRecord}, read by the transform. */
let current: CheckContext = { region: null, indicator: null, decimalComma: false, defaultUnit: '' };

/** In a semicolon file, `93,1` is 93.1 (and `1.234,5` is 1234.5). */
function decimalPoint(s: string): string {
	if (/^[+-]?\d{1,3}(\.\d{3})+,\d+$/.test(s)) return s.replace(/\./g, '').replace(',', '.');
	if (/^[+-]?\d+,\d+$/.test(s) && !/^[+-]?\d{1,3},\d{3}$/.test(s)) return s.replace(',', '.');
	return s;
}

/** The empty list, shared (records are read-only once checked). */
const NONE: string[] = [];

const splitCell = (s: string | undefined) =>
	s && s.trim()
		? unescapeCell(s)
				.split(MULTI_SEPARATOR)
				.map((p) => p.trim())
		: [];

interface Problems {
	errors: z.RefinementCtx;
	warnings: CellProblem[];
}

/** No warnings (shared; a list is made on the first one). */
const NO_WARNINGS: CellProblem[] = [];
/** The problems of the record being checked (one object for all: a large file has millions). */
const problems: Problems = {
	errors: undefined as unknown as z.RefinementCtx,
	warnings: NO_WARNINGS
};

const issueAt = (
	p: Problems,
	column: ColumnKey,
	key: ImportKey,
	params?: Record<string, string | number>
) => {
	const { zh, en } = m(key, params);
	p.errors.addIssue({ code: 'custom', path: [column], message: en, params: { zh } });
};
const warnAt = (
	p: Problems,
	column: ColumnKey | '',
	key: ImportKey,
	params?: Record<string, string | number>
) => {
	if (p.warnings === NO_WARNINGS) p.warnings = [];
	p.warnings.push({ column, message: m(key, params), severity: 'warning' });
};

const bounds = new WeakMap<Indicator, Bounds>();

/** A loaded indicator's bounds, worked out once. */
function boundsOf(indicator: Indicator): Bounds {
	let b = bounds.get(indicator);
	if (!b)
		bounds.set(
			indicator,
			(b = defaultBounds(indicator.unit, indicator.lowerBound, indicator.upperBound))
		);
	return b;
}

/** The value cell, read against the unit it will be stored in. */
function readValue(raw: string, unit: string, p: Problems) {
	const s = current.decimalComma ? decimalPoint(raw) : raw;
	const parsed = parseNumber(s, unit);
	if (parsed.kind === 'invalid') {
		const numeric = /^[+-]?(\d|\.\d)/.test(foldWidth(s).trim()) && /e/i.test(s);
		issueAt(p, 'value', numeric ? 'cell.valueHuge' : 'cell.value', { value: raw });
		return null;
	}
	if (parsed.kind === 'missing') return null;
	if (Math.abs(parsed.value) > IMPLAUSIBLE) {
		issueAt(p, 'value', 'cell.valueHuge', { value: raw });
		return null;
	}
	if (parsed.approximate) warnAt(p, 'value', 'cell.approximate', { value: parsed.value });
	if (parsed.scale !== 1)
		warnAt(p, 'value', 'cell.scaled', {
			word: parsed.scale === 1e4 ? '万' : '亿',
			value: parsed.value
		});
	return parsed;
}

/** The target's comparator, its default by direction, and a range's upper end. */
function readTarget(c: Cells, value: number, p: Problems) {
	const dir = current.indicator?.existing?.direction ?? c.direction ?? 'up';
	const comparator = c.comparator ?? (dir === 'down' ? '<=' : '>=');
	let valueMax: number | null = null;
	if (comparator === 'range') {
		const max = parseNumber(cell(c.value_max ?? ''), c.unit ?? '');
		if (max.kind !== 'number') issueAt(p, 'value_max', 'cell.rangeMax');
		else if (max.value < value)
			issueAt(p, 'value_max', 'cell.rangeBelow', { max: max.value, value });
		else valueMax = max.value;
	}
	return { comparator, valueMax };
}

/**
 * Whether a value lies within the indicator's range: a loaded indicator's own bounds (or those
 * its unit implies, `%` → 0–100; gross ratios carry an upper bound of 120), or the bounds the
 * row states. A new indicator outside what its unit merely implies is kept and noted once.
 */
function checkRange(c: Cells, value: number, unit: string, isRate: boolean, p: Problems): boolean {
	if (isRate) return false;
	const known = current.indicator?.existing;
	if (known) {
		const b = boundsOf(known);
		if (value < b.lo || value > b.hi)
			issueAt(p, 'value', 'cell.outOfRange', {
				value,
				lo: b.lo,
				hi: b.hi,
				name: known.zh,
				nameEn: known.en
			});
		return false;
	}
	if (c.lower_bound !== undefined || c.upper_bound !== undefined) {
		const b = defaultBounds(unit, c.lower_bound, c.upper_bound);
		// Inverted bounds are an issue of their own; the value is not measured against them.
		if (b.lo > b.hi) return false;
		if (value < b.lo || value > b.hi)
			issueAt(p, 'value', 'cell.outOfStated', { value, lo: b.lo, hi: b.hi });
		return false;
	}
	// What the unit alone implies (engine.md: `%` → 0–100, else not below 0), without an object.
	return value < 0 || ((unit === '%' || unit === '％') && value > 100);
}

/** Row-level rules over the parsed cells: the cross-column checks, and the figure's fields. */
function combine(c: Cells, ctx: z.RefinementCtx) {
	const p = problems;
	p.errors = ctx;
	p.warnings = NO_WARNINGS;
	const kind = c.kind ?? 'actual';
	if (!current.region) issueAt(p, 'region', 'cell.noRegion');
	if (kind !== 'region' && !current.indicator) issueAt(p, 'indicator', 'cell.noIndicator');
	if (c.lower_bound !== undefined && c.upper_bound !== undefined && c.lower_bound > c.upper_bound)
		issueAt(p, 'upper_bound', 'cell.boundsInverted', { lo: c.lower_bound, hi: c.upper_bound });
	// One object literal per record, filled in below (spreads were most of a large file's time).
	const record: CheckedRecord = {
		kind,
		year: c.year ?? null,
		value: 0,
		valueMax: null,
		comparator: null,
		unit: '',
		approximate: c.approximate ?? false,
		note: c.note ?? '',
		sources: c.source ? splitCell(c.source).filter((s) => s !== '') : NONE,
		sections: c.section ? splitCell(c.section) : NONE,
		excerpts: c.excerpt ? splitCell(c.excerpt) : NONE,
		level: c.region_level,
		parent: c.parent_region ?? '',
		regionEn: c.region_en ?? '',
		regionAliases: c.region_aliases ?? NONE,
		direction: c.direction,
		lower: c.lower_bound,
		upper: c.upper_bound,
		indicatorEn: c.indicator_en ?? '',
		indicatorAliases: c.indicator_aliases ?? NONE,
		outsideDefault: false,
		yearInferred: (c.year ?? null) !== null && (c.year_inferred ?? false),
		horizon: kind === 'target' && (c.year ?? null) === null ? (c.horizon ?? null) : null
	};
	if (kind === 'region') return { missing: false as const, record, warnings: p.warnings };
	const raw = cell(c.value ?? '');
	if (isMissing(raw)) return { missing: true as const, record: null, warnings: p.warnings };
	const ownUnit = c.unit || current.indicator?.unit || current.defaultUnit;
	const unitContext = ownUnit || current.indicator?.existing?.unit || '';
	const parsed = readValue(raw, unitContext, p);
	if (!parsed) return { missing: false as const, record: null, warnings: p.warnings };
	const unit = ownUnit || (parsed.percent ? '%' : '');
	let target: { comparator: Comparator | null; valueMax: number | null } = {
		comparator: null,
		valueMax: null
	};
	if (kind === 'target') target = readTarget(c, parsed.value, p);
	else if (c.comparator || cell(c.value_max ?? ''))
		warnAt(p, 'comparator', 'cell.actualComparator');
	const isRate = target.comparator === 'rate<=' || target.comparator === 'rate>=';
	const indicatorUnit = current.indicator?.existing?.unit ?? unit;
	const outsideDefault = checkRange(c, parsed.value, indicatorUnit, isRate, p);
	const known = current.indicator?.existing;
	if (known && c.direction && c.direction !== known.direction)
		warnAt(p, 'direction', 'cell.directionKept', {
			name: known.zh,
			nameEn: known.en,
			direction: known.direction
		});
	if (known && unit && unit !== known.unit && !(isRate && RATE_UNITS.has(nameKey(unit))))
		warnAt(p, 'unit', 'cell.unitDiffers', { unit, known: known.unit });
	if (c.year === null || c.year === undefined)
		if (kind === 'actual') warnAt(p, 'year', 'cell.noYear');
	record.value = parsed.value;
	record.valueMax = target.valueMax;
	record.comparator = target.comparator;
	record.unit = unit;
	record.approximate ||= parsed.approximate;
	record.outsideDefault = outsideDefault;
	return { missing: false as const, record, warnings: p.warnings };
}

type RowSchema = z.ZodType<ReturnType<typeof combine>>;

/** A compiled schema per set of columns (a file has the same columns on every row). */
const schemas = new Map<string, RowSchema>();

function schemaFor(columns: readonly ColumnKey[]): RowSchema {
	const key = columns.join(',');
	let schema = schemas.get(key);
	if (!schema) {
		const shape: Partial<Record<ColumnKey, z.ZodOptional<z.ZodType>>> = {};
		for (const c of columns) shape[c] = FIELDS[c].optional();
		schema = z.compile(z.object(shape).transform((cells, ctx) => combine(cells as Cells, ctx)));
		schemas.set(key, schema);
	}
	return schema;
}

/** Which columns a record has (its cells' keys). */
export function columnsOf(records: readonly CanonicalRecord[]): ColumnKey[] {
	const seen = new Set<ColumnKey>();
	for (const r of records) for (const k in r.cells) seen.add(k as ColumnKey);
	return [...seen].sort();
}

/** A check of records that have (some of) `columns`, each record in its context. */
export function recordChecker(
	columns: readonly ColumnKey[]
): (rec: CanonicalRecord, context: CheckContext) => Checked {
	const schema = schemaFor([...columns].sort());
	return (rec, context) => {
		current = context;
		const result = schema.safeParse(rec.cells);
		if (!result.success) {
			const problems: CellProblem[] = result.error.issues.map((i) => ({
				column: (i.path[0] as ColumnKey | undefined) ?? '',
				message: { zh: (i as { params?: { zh?: string } }).params?.zh ?? i.message, en: i.message },
				severity: 'error'
			}));
			return { status: 'rejected', problems };
		}
		const { missing, record, warnings } = result.data;
		if (missing) return { status: 'missing', warnings };
		if (!record) return { status: 'rejected', problems: warnings };
		return { status: 'ok', record, warnings };
	};
}
