/**
 * The shapes the extractor of quantitative statements works with. Pure types, no code.
 */

/** A half-open range of character offsets `[start, end)` into the original text. */
export interface Span {
	start: number;
	end: number;
}

/**
 * How the stated value bounds the indicator. `range` uses `value`…`valueMax`; `rate<=` and
 * `rate>=` are yearly changes (`每年降低1个百分点` → `rate<=`, value −1).
 */
export type Comparator = '>=' | '>' | '<=' | '<' | '=' | 'range' | 'rate<=' | 'rate>=';

/** `target`: what a plan wants by some year. `actual`: a figure reported as reached. */
export type FigureKind = 'target' | 'actual';

/** One quantitative statement found in a document. */
export interface Candidate {
	/** What is measured, trimmed of verbs and connectors (`教共体覆盖率`). */
	indicatorPhrase: string;
	/** The region the figure is about, when the document or a section title says so. */
	region: string | null;
	/** The year the target is for, or the year a figure was reported for; null if unknown. */
	year: number | null;
	/**
	 * The wording of a relative year (`未来五年`, `近三年`, `2021年以来`, `十四五末`). For these
	 * `year` is the document's year when the caller gave it (else null), except that the end of
	 * a five-year plan is its last year (`十四五末` → 2025).
	 */
	yearRelative?: string;
	/** The number as written (`1个百分点` → 1, `2万个` → 2 with unit `万个`). */
	value: number;
	/** Upper end of a range (`30—50所` → 50), else null. */
	valueMax: number | null;
	/** `%`, `所`, `个`, `万人`, `个百分点`, … ('' when the number has none). */
	unit: string;
	comparator: Comparator | null;
	kind: FigureKind;
	/** `约`, `左右`, `近`, `余`, `多` and the like. */
	approximate: boolean;
	/** `力争`: a soft target, still `>=` but hedged. */
	soft: boolean;
	/** 0..1: how sure the extractor is that this is a real figure, read correctly. */
	confidence: number;
	/** The evidence clause, as offsets into the original text. */
	span: Span;
	/** The number (and unit) itself, as offsets into the original text. */
	valueSpan: Span;
	/** The nearest heading before the figure (`（四十）完善教育经费投入机制`), or null. */
	section: string | null;
}

/** What the caller knows about the document; what it leaves out is inferred from the text. */
export interface ExtractOptions {
	/** The region the whole document is about (`南岸区`), used unless a section says otherwise. */
	defaultRegion?: string;
	/**
	 * The year the document was written (issued, dated or published), to tell targets from
	 * reported figures and to resolve `未来五年`, `近三年`. Inferred from the text when absent.
	 */
	documentYear?: number;
}

/** Where a date of the document was read: `issued` (印发), `dated` (a date line), … */
export type DateSource = 'issued' | 'dated' | 'published' | 'number' | 'title' | 'midterm' | 'plan';

/** The document's own time, as read from its text. */
export interface DocumentTime {
	/** The date the document was written, as far as it says (month and day may be unknown). */
	date: { year: number; month: number | null; day: number | null; source: DateSource } | null;
	/** The period the plan covers (`（2021—2025年）`, `十四五`), or null. */
	plan: { start: number; end: number } | null;
	/** Where the date was read, as offsets into the original text (null: not in the text). */
	dateSpan: Span | null;
}

/** Everything read out of one document. */
export interface DocumentReading {
	candidates: Candidate[];
	time: DocumentTime;
	/** The year the reading used (the caller's, else the inferred date's), or null. */
	documentYear: number | null;
	/** The region the title or the issuing body names (`南岸区`), or null. */
	region: string | null;
	/** The document's head (title and issuing lines), as offsets into the original text. */
	head: Span;
}
