/**
 * Quantitative statements in Chinese policy text: `到2027年，教共体覆盖率达到90%` →
 * `{ indicatorPhrase: '教共体覆盖率', year: 2027, value: 90, unit: '%', comparator: '>=',
 * kind: 'target', … }`. Pure: no DOM, no Node, no dependencies; linear in the text.
 *
 * Pipeline: fold the text (width, traditional script, page-number debris; offsets kept), read
 * the document's own time (date, plan period) and region from its head, find the tables of
 * indicators, the numbers with units outside them (dropping the non-data ones), the year
 * expressions and the outline, then read each number (or list of numbers) in its clause. A
 * statement repeated word for word in the same document (same indicator, value, unit,
 * comparator, kind and year) is reported once, at its first place.
 */
import { sentenceIndex } from './clause.ts';
import { plausibleIndicator } from './phrase.ts';
import { documentLeaning } from './kind.ts';
import { foldText, originalSpan } from './normalize.ts';
import { documentRegion } from './place.ts';
import { findQuantities, type Quantity } from './quantities.ts';
import { NAMED_PLACE, readGroup, type Context } from './read.ts';
import { shieldedRanges } from './shield.ts';
import { headingAt, outline, regionAt } from './structure.ts';
import { findTables, type FoundTable } from './table.ts';
import { documentTime, headEnd } from './time.ts';
import type { Candidate, DocumentReading, DocumentTime, ExtractOptions } from './types.ts';
import { findYearMarks } from './years.ts';

export type {
	Candidate,
	Comparator,
	DocumentReading,
	DocumentTime,
	ExtractOptions,
	FigureKind,
	Span
} from './types.ts';

/** Text between two numbers that makes them one list (`90%、99%和92%`). */
const LIST_JOIN = /^(?:以上|以下|左右)?\s*(?:[、和及与]|以及)\s*$/;
/** How many groups are read between two progress reports. */
const PROGRESS_EVERY = 200;

/** Find the quantitative statements in a document. */
export function extractFigures(text: string, options: ExtractOptions = {}): Candidate[] {
	return readDocument(text, options).candidates;
}

/**
 * Read a document: its figures, its time and its region. `onProgress` hears the share of the
 * figures read (0..1) now and then, for a long text.
 */
export function readDocument(
	text: string,
	options: ExtractOptions = {},
	onProgress?: (fraction: number) => void
): DocumentReading {
	const folded = foldText(text);
	const t = folded.text;
	const shielded = shieldedRanges(t);
	const found = documentTime(t);
	const time: DocumentTime = {
		...found.time,
		dateSpan: found.dateAt ? originalSpan(folded, found.dateAt.start, found.dateAt.end) : null
	};
	const head = headEnd(t);
	const region = documentRegion(t, head);
	const documentYear = options.documentYear ?? time.date?.year ?? null;
	const marks = findYearMarks(t, shielded);
	const doc = outline(t, marks);
	const tables = findTables(t, time.plan);
	const quantities = outside(
		tables,
		findQuantities(t, shielded, (i) => text[folded.origin[i] ?? -1] === ',')
	);
	const ctx: Context = {
		original: text,
		folded,
		marks,
		doc,
		leaning: documentLeaning(t),
		documentYear,
		plan: time.plan,
		region: options.defaultRegion ?? region,
		sentences: sentenceIndex(t)
	};
	const out = [...proseFigures(ctx, quantities, onProgress), ...tableFigures(ctx, tables)].sort(
		(a, b) => a.valueSpan.start - b.valueSpan.start
	);
	onProgress?.(1);
	return {
		candidates: withoutRepeats(out),
		time,
		documentYear,
		region,
		head: originalSpan(folded, 0, head)
	};
}

/** The figures of the running text. */
function proseFigures(
	ctx: Context,
	quantities: readonly Quantity[],
	onProgress?: (fraction: number) => void
): Candidate[] {
	const t = ctx.folded.text;
	const out: Candidate[] = [];
	let previousEnd = 0;
	/** A place named in this sentence (示例县A达到95%，B保持99%以上): later figures are about it too. */
	let place: string | null = null;
	const groups = listGroups(t, quantities);
	groups.forEach((group, g) => {
		if (onProgress && g % PROGRESS_EVERY === 0) onProgress(g / Math.max(1, groups.length));
		const nextStart = groups[g + 1]?.[0]?.start ?? t.length;
		const read = readGroup(ctx, group, previousEnd, nextStart);
		const start = (group[0] as Quantity).start;
		if (/[。！？!?\n]/.test(t.slice(previousEnd, start))) place = null;
		for (const c of read) {
			if (NAMED_PLACE.has(c)) place = c.region;
			else if (place) c.region = place;
		}
		const before = out[out.length - 1];
		// 从1643家压减至304家, 达到75%(全市60%), 为91.2%，比上年提高1.5个百分点: a figure with
		// no words of its own after another in the same sentence is about the same thing.
		if (before && /^[^;。！？!?\n]*$/.test(t.slice(previousEnd, start))) {
			for (const c of read)
				if (c.indicatorPhrase === '') c.indicatorPhrase = before.indicatorPhrase;
		}
		out.push(...read);
		previousEnd = (group[group.length - 1] as Quantity).end;
	});
	return out;
}

/** The figures of the tables of indicators. */
function tableFigures(ctx: Context, tables: readonly FoundTable[]): Candidate[] {
	const out: Candidate[] = [];
	for (const table of tables) {
		for (const f of table.figures) {
			const heading = headingAt(ctx.doc, f.row.start);
			const section = heading
				? ctx.original.slice(...spanOf(ctx, heading.start, heading.end)).replace(/\s+/g, '') || null
				: null;
			const target = f.kind === 'target';
			out.push({
				indicatorPhrase: plausibleIndicator(f.indicator) ? f.indicator : '',
				region: regionAt(ctx.doc, f.row.start) ?? ctx.region,
				year: f.year,
				value: f.value.value,
				valueMax: null,
				unit: f.value.unit || f.unit,
				comparator: target ? (f.value.comparator ?? '>=') : null,
				kind: f.kind,
				approximate: f.value.approximate,
				soft: false,
				confidence: f.year === null ? 0.75 : 0.9,
				span: originalSpan(ctx.folded, f.row.start, f.row.end),
				valueSpan: originalSpan(ctx.folded, f.cell.start, f.cell.end),
				section
			});
		}
	}
	return out;
}

/** The quantities (in order) that lie outside every table (in order). */
function outside(tables: readonly FoundTable[], quantities: readonly Quantity[]): Quantity[] {
	const out: Quantity[] = [];
	let k = 0;
	for (const q of quantities) {
		while (k < tables.length && (tables[k] as FoundTable).end <= q.start) k++;
		const tb = tables[k];
		if (!tb || q.start < tb.start) out.push(q);
	}
	return out;
}

function spanOf(ctx: Context, start: number, end: number): [number, number] {
	const s = originalSpan(ctx.folded, start, end);
	return [s.start, s.end];
}

/** Consecutive quantities joined only by `、` / `和` form one list. */
function listGroups(t: string, quantities: readonly Quantity[]): Quantity[][] {
	const groups: Quantity[][] = [];
	for (const q of quantities) {
		const last = groups[groups.length - 1];
		const prev = last?.[last.length - 1];
		if (last && prev && q.start - prev.end <= 8 && LIST_JOIN.test(t.slice(prev.end, q.start)))
			last.push(q);
		else groups.push([q]);
	}
	return groups;
}

/** Drop later statements of a figure already stated (one target said twice is one target). */
function withoutRepeats(candidates: readonly Candidate[]): Candidate[] {
	const seen = new Set<string>();
	return candidates.filter((c) => {
		if (c.indicatorPhrase === '') return true;
		const key = [c.indicatorPhrase, c.value, c.valueMax, c.unit, c.comparator, c.kind, c.year].join(
			'\u0000'
		);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
