/**
 * Figures read out of a policy document by the extractor, as the analyst reviews them (one
 * editable row per candidate), and the rows they accept turned into a dataset addition.
 *
 * The addition goes through {@link readRecords}, like every import: the same validation, the
 * same resolution of region and indicator names (ids, Chinese and English names, aliases), the
 * same creation of what is new. The document becomes one source of kind `document`.
 */
import type { Candidate, Span } from '../domain/extract/types.ts';
import { tx } from '../i18n/extract.ts';
import type { CanonicalRecord } from './canonical.ts';
import { loadedFigures, matchIndicator, type IndicatorMatch } from './extractMatch.ts';
import { readRecords } from './import/read.ts';
import type { DataIssue } from './issues.ts';
import type { Comparator, Dataset, Source } from './model.ts';
import { indexDataset } from './registry.ts';

/** One candidate as the analyst left it in the table. */
export interface ExtractedRow {
	/** Ticked for acceptance. */
	accept: boolean;
	/** What the extractor read as the indicator (`教共体覆盖率`). */
	phrase: string;
	/** An existing indicator's id, or '' for a new indicator named {@link indicatorName}. */
	indicatorId: string;
	/** How the phrase was matched to {@link indicatorId} when that was not the analyst's choice. */
	match: IndicatorMatch | null;
	/** The name of the new indicator when {@link indicatorId} is ''. */
	indicatorName: string;
	/** An existing region's id, or '' for a new region named {@link regionName} ('' = none). */
	regionId: string;
	regionName: string;
	/** null: the document does not state the year. */
	year: number | null;
	value: number;
	valueMax: number | null;
	unit: string;
	kind: 'target' | 'actual';
	/** The target's comparator (ignored for actual values). */
	comparator: Comparator;
	approximate: boolean;
	/** 0..1, from the extractor. */
	confidence: number;
	/** The same figure (region, indicator, year, kind, value) is loaded already. */
	duplicate: boolean;
	section: string | null;
	/** The evidence clause and the number, as offsets into the document's text. */
	span: Span;
	valueSpan: Span;
}

/** What the analyst knows about the document before extracting. */
export interface DocumentDefaults {
	/** The region the document is about (id or name), used when a candidate names none. */
	region?: string;
}

/** A candidate at least this sure is ticked from the start. */
export const PRESELECT_CONFIDENCE = 0.7;

const DOWN_COMPARATORS: ReadonlySet<Comparator> = new Set(['<=', '<', 'rate<=']);

/**
 * The table's rows for the extractor's candidates, mapped onto the dataset: the indicator the
 * phrase names (by name, alias or a close name), the region (the candidate's, else the
 * document's), and a mark on figures already loaded (which are not ticked). A candidate is
 * ticked when the extractor is sure of it and it has an indicator.
 */
export function rowsFromCandidates(
	candidates: readonly Candidate[],
	dataset: Dataset,
	defaults: DocumentDefaults = {}
): ExtractedRow[] {
	const idx = indexDataset(dataset);
	const fallbackRegion = defaults.region ? idx.regions.resolve(defaults.region) : undefined;
	const loaded = loadedFigures(dataset);
	return candidates.map((c) => {
		const match = c.indicatorPhrase
			? matchIndicator(c.indicatorPhrase, c.unit, dataset.indicators)
			: null;
		const indicator = match ? idx.indicators.byId(match.id) : undefined;
		const named = c.region ?? '';
		const region =
			(named ? idx.regions.resolve(named) : undefined) ?? (named ? undefined : fallbackRegion);
		const comparator: Comparator =
			c.comparator && c.comparator !== '='
				? c.comparator
				: indicator?.direction === 'down'
					? '<='
					: '>=';
		const duplicate =
			region !== undefined &&
			indicator !== undefined &&
			loaded({
				regionId: region.id,
				indicatorId: indicator.id,
				year: c.year,
				kind: c.kind,
				value: c.value
			});
		return {
			accept: c.confidence >= PRESELECT_CONFIDENCE && !duplicate && c.indicatorPhrase !== '',
			phrase: c.indicatorPhrase,
			indicatorId: indicator?.id ?? '',
			match,
			indicatorName: indicator ? '' : c.indicatorPhrase,
			regionId: region?.id ?? '',
			regionName: region ? '' : named || (defaults.region ?? ''),
			year: c.year,
			value: c.value,
			valueMax: c.valueMax,
			unit: c.unit,
			kind: c.kind,
			comparator,
			approximate: c.approximate,
			confidence: c.confidence,
			duplicate,
			section: c.section,
			span: c.span,
			valueSpan: c.valueSpan
		};
	});
}

/** The longest excerpt kept as provenance, in characters. */
export const EXCERPT_LENGTH = 60;

/**
 * The evidence as provenance: the clause, whitespace runs folded to one space, cut to at most
 * {@link EXCERPT_LENGTH} characters around the value (`…` marks a cut).
 */
export function evidenceExcerpt(
	text: string,
	span: Span,
	valueSpan: Span,
	max = EXCERPT_LENGTH
): string {
	const fold = (s: string) => s.replace(/\s+/g, ' ');
	const whole = fold(text.slice(span.start, span.end)).trim();
	if (whole.length <= max) return whole;
	// Centre a window on the value, kept inside the clause.
	const valueStart = Math.max(span.start, valueSpan.start);
	const valueEnd = Math.min(span.end, Math.max(valueSpan.end, valueStart));
	const room = Math.max(0, max - (valueEnd - valueStart));
	let start = Math.max(span.start, valueStart - Math.ceil(room / 2));
	const end = Math.min(span.end, start + max);
	start = Math.max(span.start, end - max);
	const cut = fold(text.slice(start, end)).trim();
	return `${start > span.start ? '…' : ''}${cut}${end < span.end ? '…' : ''}`;
}

/** A source id for the document, `doc:<title>`, made unique among the dataset's sources. */
export function documentSourceId(title: string, dataset: Dataset): string {
	const taken = new Set(dataset.sources.map((s) => s.id));
	const base = `doc:${title}`;
	if (!taken.has(base)) return base;
	let n = 2;
	while (taken.has(`${base} (${n})`)) n++;
	return `${base} (${n})`;
}

/** The title of a document pasted without one (the data's titles are Chinese, `titleEn` aside). */
export const DEFAULT_TITLE = tx('zh', 'doc.defaultTitle');
const DEFAULT_TITLE_EN = tx('en', 'doc.defaultTitle');

/** A file name without its `.txt` ending, as a document title. */
export function titleFromFileName(name: string): string {
	return name.replace(/\.txt$/i, '').trim() || name;
}

/** The document the figures come from. */
export interface SourceDocument {
	title: string;
	/** The English title, when there is one (a pasted text's default title has one). */
	titleEn?: string;
	text: string;
	/** The file name, when the text was opened from a file. */
	file?: string;
}

export interface ExtractedAddition {
	/** The new source, regions, indicators and the accepted figures. */
	addition: Dataset;
	/** Problems by table row (`row` is the 1-based row of the table; 0 for none). */
	issues: DataIssue[];
	/** 1-based table rows that were ticked but refused (an error among the issues). */
	rejectedRows: number[];
	/** How many figures the addition holds. */
	count: number;
}

const NUMBER = (n: number | null): string => (n === null ? '' : String(n));

/** The canonical record of one ticked row (`row`: its 1-based place in the table). */
function recordOf(r: ExtractedRow, row: number, text: string, sourceId: string): CanonicalRecord {
	const newIndicator = r.indicatorId === '';
	return {
		row,
		cells: {
			// Ids resolve first, so an existing item is found exactly; a new name is created.
			region: r.regionId || r.regionName.trim(),
			indicator: r.indicatorId || r.indicatorName.trim(),
			year: NUMBER(r.year),
			value: String(r.value),
			unit: r.unit,
			kind: r.kind,
			comparator: r.kind === 'target' ? r.comparator : '',
			value_max: r.kind === 'target' && r.comparator === 'range' ? NUMBER(r.valueMax) : '',
			// A new indicator a target wants lower (`近视率每年降低1个百分点`) goes down.
			direction:
				newIndicator && r.kind === 'target' && DOWN_COMPARATORS.has(r.comparator) ? 'down' : '',
			source: sourceId,
			section: r.section ?? '',
			excerpt: evidenceExcerpt(text, r.span, r.valueSpan),
			approximate: r.approximate ? 'true' : ''
		}
	};
}

/**
 * The ticked rows as a dataset addition with the document as their source. Rows with an error
 * (no region, no indicator, a range without its upper end, …) are left out and reported.
 */
export function candidatesToAddition(
	rows: readonly ExtractedRow[],
	dataset: Dataset,
	document: SourceDocument
): ExtractedAddition {
	const title = document.title.trim() || DEFAULT_TITLE;
	const titleEn = document.titleEn ?? (title === DEFAULT_TITLE ? DEFAULT_TITLE_EN : undefined);
	const source: Source = {
		id: documentSourceId(title, dataset),
		kind: 'document',
		title,
		...(titleEn ? { titleEn } : {}),
		...(document.file ? { file: document.file } : {})
	};
	const records: CanonicalRecord[] = [];
	rows.forEach((r, i) => {
		if (r.accept) records.push(recordOf(r, i + 1, document.text, source.id));
	});
	const read = readRecords(records, dataset, { sourceKind: 'document', fileSource: source });
	const refused = new Set(read.issues.filter((i) => i.severity === 'error').map((i) => i.row));
	const count = read.addition.observations.length + read.addition.targets.length;
	// No figure accepted: nothing to add, not even the source.
	const addition = count > 0 ? read.addition : { ...read.addition, sources: [] };
	return { addition, issues: read.issues, rejectedRows: [...refused].sort((a, b) => a - b), count };
}
