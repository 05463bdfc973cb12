/**
 * One figure's fields to and from its columns (./columns.ts): how each key of an observation or
 * a target is stored in its typed array or table (a number for a string, a bit for a flag, a
 * code for a comparator), and the object rebuilt from them with the same keys in the same
 * order. A value that does not fit its column is left to the caller to keep as it is.
 */
import type { FigureColumns } from './columns.ts';
import type { Observation, Provenance, Target } from './model.ts';
import { COMPARATORS } from './vocabulary.ts';

export type Figure = Observation | Target;

/** The year column's "not stated" (null). */
export const NO_YEAR = -32768;

const FLAG_APPROXIMATE = 1;
const FLAG_YEAR_INFERRED = 2;
const CMP_CODE = new Map<string, number>(COMPARATORS.map((c, i) => [c, i]));

/** The columns a figure's fields are stored in: those of `FigureColumns` this module reads. */
export type FieldColumns = Pick<
	FigureColumns,
	| 'kind'
	| 'length'
	| 'strings'
	| 'lists'
	| 'region'
	| 'indicator'
	| 'year'
	| 'value'
	| 'provenance'
	| 'comparator'
	| 'valueMax'
	| 'horizon'
	| 'shape'
	| 'shapes'
	| 'flags'
	| 'unit'
	| 'notes'
	| 'extra'
>;

/** Store `v` as figure `i`'s `key` in its column; false when it does not fit the column. */
export function putField(c: FieldColumns, i: number, key: string, v: unknown): boolean {
	switch (key) {
		case 'region':
			if (typeof v !== 'string') return false;
			c.region[i] = c.strings.id(v);
			return true;
		case 'indicator':
			if (typeof v !== 'string') return false;
			c.indicator[i] = c.strings.id(v);
			return true;
		case 'value':
			if (typeof v !== 'number') return false;
			c.value[i] = v;
			return true;
		case 'year':
			if (v === null) c.year[i] = NO_YEAR;
			else if (isShortInt(v)) c.year[i] = v;
			else return false;
			return true;
		case 'provenance':
			if (!Array.isArray(v)) return false;
			c.provenance[i] = c.lists.id(v as Provenance[]);
			return true;
		case 'unit':
			if (typeof v !== 'string') return false;
			(c.unit ??= new Int32Array(c.length))[i] = c.strings.id(v);
			return true;
		case 'approximate':
			if (typeof v !== 'boolean') return false;
			if (v) c.flags[i]! |= FLAG_APPROXIMATE;
			return true;
		case 'yearInferred':
			if (typeof v !== 'boolean') return false;
			if (v) c.flags[i]! |= FLAG_YEAR_INFERRED;
			return true;
		case 'note':
			if (typeof v !== 'string') return false;
			c.notes.set(i, v);
			return true;
		case 'comparator': {
			const code = c.kind === 'target' && typeof v === 'string' ? CMP_CODE.get(v) : undefined;
			if (code === undefined) return false;
			c.comparator[i] = code;
			return true;
		}
		case 'valueMax':
			if (c.kind !== 'target') return false;
			if (v === null) c.valueMax[i] = NaN;
			else if (typeof v === 'number' && !Number.isNaN(v)) c.valueMax[i] = v;
			else return false;
			return true;
		case 'horizon':
			if (c.kind !== 'target' || !isShortInt(v)) return false;
			c.horizon[i] = v;
			return true;
		default:
			return false;
	}
}

export function buildFigure<T extends Figure>(c: FieldColumns, i: number): T {
	const keys = c.shapes[c.shape[i]!]!;
	const extra = c.extra.size > 0 ? c.extra.get(i) : undefined;
	const o: Record<string, unknown> = {};
	for (const key of keys) {
		if (extra !== undefined && key in extra) {
			o[key] = extra[key];
			continue;
		}
		switch (key) {
			case 'region':
				o.region = c.strings.list[c.region[i]!];
				break;
			case 'indicator':
				o.indicator = c.strings.list[c.indicator[i]!];
				break;
			case 'value':
				o.value = c.value[i];
				break;
			case 'year': {
				const y = c.year[i]!;
				o.year = y === NO_YEAR ? null : y;
				break;
			}
			case 'provenance':
				o.provenance = c.lists.lists[c.provenance[i]!];
				break;
			case 'unit':
				o.unit = c.strings.list[c.unit![i]!];
				break;
			case 'approximate':
				o.approximate = (c.flags[i]! & FLAG_APPROXIMATE) !== 0;
				break;
			case 'yearInferred':
				o.yearInferred = (c.flags[i]! & FLAG_YEAR_INFERRED) !== 0;
				break;
			case 'note':
				o.note = c.notes.get(i);
				break;
			case 'comparator':
				o.comparator = COMPARATORS[c.comparator[i]!];
				break;
			case 'valueMax': {
				const v = c.valueMax[i]!;
				o.valueMax = Number.isNaN(v) ? null : v;
				break;
			}
			case 'horizon':
				o.horizon = c.horizon[i];
				break;
		}
	}
	return o as T;
}

function isShortInt(v: unknown): v is number {
	return typeof v === 'number' && Number.isInteger(v) && v > NO_YEAR && v <= 32767;
}
