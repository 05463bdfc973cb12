/**
 * What checking a record gives (validate.ts): the record parsed, the problems of its cells,
 * and what the check needs to know beyond the cells. Types only: the builder of figures
 * (figures.ts) takes them without loading the checks.
 */
import type { ColumnKey } from '../canonical.ts';
import type { Bilingual } from '../issues.ts';
import type { Comparator, Direction, RegionLevel } from '../vocabulary.ts';
import type { RecordKind } from './cellSchemas.ts';
import type { IndicatorRef, RegionRef } from './resolve.ts';

/** What a record says, parsed. */
export interface CheckedRecord {
	kind: RecordKind;
	year: number | null;
	value: number;
	valueMax: number | null;
	comparator: Comparator | null;
	/** The unit the row states (width-folded), or '' (a `%` on the value says `%`). */
	unit: string;
	approximate: boolean;
	note: string;
	sources: string[];
	sections: string[];
	excerpts: string[];
	level: RegionLevel | undefined;
	parent: string;
	regionEn: string;
	regionAliases: string[];
	direction: Direction | undefined;
	lower: number | undefined;
	upper: number | undefined;
	indicatorEn: string;
	indicatorAliases: string[];
	/** The value lies outside the default range a new indicator's unit implies (noted once). */
	outsideDefault: boolean;
	/** The year is read from context, not stated. */
	yearInferred: boolean;
	/** Where a target without a year is judged; null for the source's horizon. */
	horizon: number | null;
}

/** A problem with one cell: `column` is a canonical column key ('' for the row). */
export interface CellProblem {
	column: ColumnKey | '';
	message: Bilingual;
	severity: 'error' | 'warning';
}

export type Checked =
	| { status: 'ok'; record: CheckedRecord; warnings: CellProblem[] }
	| { status: 'missing'; warnings: CellProblem[] }
	| { status: 'rejected'; problems: CellProblem[] };

/** What the check needs to know beyond the cells: the resolved names, the file's habits. */
export interface CheckContext {
	region: RegionRef | null;
	indicator: IndicatorRef | null;
	/** `93,1` means 93.1 (semicolon-separated files). */
	decimalComma: boolean;
	/** The unit of figures for which neither the file nor the name says one. */
	defaultUnit: string;
}
