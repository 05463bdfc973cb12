/**
 * The vocabulary of the import pipeline: what it detects in a file, what it reports back, and
 * how the analyst's answers (a region or indicator mapping) come back in.
 */
import type { ChosenEncoding, EncodingId } from '../decode.ts';
import type { Delimiter, LineEnding } from '../csvParse.ts';
import type { Bilingual, DataIssue } from '../issues.ts';
import type { Dataset } from '../model.ts';
import type { SheetInfo, WorkbookFormat } from './sheet.ts';

export { ENCODINGS, CHOSEN_ENCODINGS, type EncodingId, type ChosenEncoding } from '../decode.ts';
export { DELIMITERS, type Delimiter, type LineEnding } from '../csvParse.ts';
export type { SheetInfo, WorkbookFormat } from './sheet.ts';

/** The file shapes the importer recognises (data-format.md §1–2). */
export const SHAPES = [
	'canonical',
	'wide',
	'wdi',
	'databank',
	'owid',
	'nbs',
	'transposed'
] as const;
export type ShapeId = (typeof SHAPES)[number];

/** What kind of file it was: delimited text, or a spreadsheet. */
export type FileFormat = 'text' | WorkbookFormat;

/** A dimension a file may leave out (a regions × years table names no indicator). */
export type Dimension = 'region' | 'indicator';

/** What the analyst supplies for a dimension the file does not give. */
export interface ImportDefaults {
	/** Region id or name for every row of a file without a region column. */
	region?: string;
	/** Indicator id or name for every row of a file without an indicator column. */
	indicator?: string;
	/** Unit for figures whose file states none. */
	unit?: string;
}

export interface ImportOptions {
	/** Shown in the report, and the title of the source the file's rows are attributed to. */
	fileName?: string;
	defaults?: ImportDefaults;
	/** Read text in this encoding instead of the detected one. */
	encoding?: ChosenEncoding;
	/** The sheet of a workbook: its name, or its number from 1 (default: the first with data). */
	sheet?: string | number;
	/** Called with 0..1 while the file is read (parsing dominates). */
	onProgress?: (fraction: number) => void;
}

/** An existing region or indicator a new name may mean. */
export interface Suggestion {
	id: string;
	/** Display name (Chinese where the dataset has it). */
	name: string;
	/** 0..1, higher is closer. */
	score: number;
}

/** A region or indicator the import would create. */
export interface NewItem {
	/** The id it gets (its name as the file writes it); the key of {@link ImportMapping}. */
	id: string;
	name: string;
	/** Figures that point at it. */
	figures: number;
	/** A World Bank / OWID aggregate (World, High income, …), not a country or province. */
	aggregate?: boolean;
	/** Existing items with a similar name, best first (possibly empty). */
	suggestions: Suggestion[];
}

/** An incoming figure whose region × indicator × year already has a different loaded value. */
export interface Conflict {
	kind: 'actual' | 'target';
	region: string;
	indicator: string;
	year: number | null;
	/** File line of the incoming figure. */
	row: number;
	incoming: number;
	loaded: { value: number; source: string; sourceTitle: string };
}

/** Everything the preview shows, and what {@link applyImport} applies. */
export interface ImportReport {
	fileName: string;
	format: FileFormat;
	/** How text was decoded; null for a workbook (its cells are text already). */
	encoding: EncodingId | null;
	/** Whether `encoding` is the analyst's choice rather than the detected one. */
	encodingChosen: boolean;
	/** Null for a workbook. */
	delimiter: Delimiter | null;
	lineEnding: LineEnding | null;
	/** A workbook's sheets, and the one read (empty and null for text). */
	sheets: SheetInfo[];
	sheet: string | null;
	shape: ShapeId;
	/** What was detected, in words (e.g. which way a transposed table runs). */
	shapeLabel: Bilingual;
	/** File line of the header row. */
	headerLine: number;
	/** Number of lines before the header (title, `数据库：…`, `Data Source`, blank lines). */
	preambleLines: number;
	/** Number of lines after the data (`注：…`, `Data from database…`, blank lines). */
	footerLines: number;
	/** The non-blank preamble and footer lines, as text. */
	preamble: string[];
	footer: string[];
	/** Data lines between header and footer (blank lines not counted). */
	rowsRead: number;
	/** Data lines that gave at least one figure. */
	rowsAccepted: number;
	/** Data lines with values that gave no figure (see the issues for why). */
	rowsRejected: number;
	/** Data lines with no value at all (every value cell empty or a missing marker). */
	rowsEmpty: number;
	/** Observations + targets in `addition`. */
	figures: number;
	/** Figures left out because the loaded data holds them already (same value and sources). */
	alreadyLoaded: number;
	/** Dimensions the file does not give and no default supplied (the caller should ask). */
	missing: Dimension[];
	/** Every problem, errors and warnings, in file order. */
	issues: DataIssue[];
	/** Things the importer decided that the analyst should know (e.g. `China` read as 全国). */
	notes: Bilingual[];
	/** New regions, indicators and sources, and every accepted figure. */
	addition: Dataset;
	/** The file line of each figure of `addition`, list by list. */
	rows: { observations: number[]; targets: number[] };
	newRegions: NewItem[];
	newIndicators: NewItem[];
	conflicts: Conflict[];
	/** The first figures as they will be imported (see {@link PreviewRow}). */
	preview: PreviewRow[];
}

/** One figure as the preview shows it: where it goes once mapped, and its value and unit. */
export interface PreviewRow {
	row: number;
	kind: 'actual' | 'target';
	/** Ids (of loaded items, or of new ones: their names), and the names to show. */
	region: string;
	indicator: string;
	regionName: Bilingual;
	indicatorName: Bilingual;
	year: number | null;
	value: number;
	unit: string;
	comparator: string | null;
}

/** New item id → existing id or name, or `null` to leave its figures out. */
export type ItemMapping =
	ReadonlyMap<string, string | null> | Readonly<Record<string, string | null>>;

/**
 * The analyst's answers to the preview: a new region or indicator (by its {@link NewItem.id})
 * mapped onto an existing one, or `null` to leave its figures out. A Map (names from files are
 * never object keys); a plain object is read by its own keys only.
 */
export interface ImportMapping {
	regions?: ItemMapping;
	indicators?: ItemMapping;
}
