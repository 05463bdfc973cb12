/**
 * `seeds/figures.csv` rebuilt from the seed documents: the extractor's candidates on each text,
 * plus the human decisions recorded in `seeds/corrections.json`. Pure: the texts, candidates
 * and corrections come in, the CSV text (byte for byte as the committed file) goes out.
 *
 * Each decision names its candidate by the offset of the value in the text (`at`, the
 * candidate's `valueSpan.start`) and the value read there, so that an extractor that moves or
 * reads differently is caught instead of silently mis-applied. Every candidate must have a
 * decision: accept (with the fields the human set), reject (with a reason), or `sameAs` (the
 * same figure in another copy of the document, merged into that row's provenance). Figures the
 * extractor missed are `add`ed with their excerpt.
 */
import type { Candidate } from '../../src/lib/domain/extract/types.ts';
import type { Corrections, FigureEdits } from './corrections.ts';
import { nameKey } from '../../src/lib/domain/text.ts';
import { toCsv, type Cell } from '../../src/lib/data/csv.ts';

/** The columns of `seeds/figures.csv`, in its order. */
export const FIGURE_COLUMNS = [
	'region',
	'indicator',
	'year',
	'value',
	'unit',
	'kind',
	'comparator',
	'value_max',
	'approximate',
	'source',
	'section',
	'excerpt',
	'note',
	'year_inferred',
	'horizon'
] as const;

/** How provenances of one figure are joined in a cell (`004… | 000…`). */
const JOIN = ' | ';

/** What the decisions did, for the report. */
export interface BuildCounts {
	acceptedAsIs: number;
	acceptedWithEdits: number;
	/**
	 * How many accepted candidates had each field changed. `indicator`: named otherwise than the
	 * phrase (quotes and width aside); `excerpt`: quoted otherwise than the evidence clause.
	 */
	edited: Record<string, number>;
	/** Accepted candidates that carry a note (the extractor writes none). */
	withNote: number;
	/** Accepted candidates whose section was renamed by their document's `sections` map. */
	sectionFromMap: number;
	/** Rejected candidates by reason. */
	rejected: Record<string, number>;
	added: number;
	/** Candidates merged into the same figure of another copy of the document. */
	merged: number;
}

export interface BuildResult {
	/** The figures CSV (CRLF line ends, as the committed file). Empty when there are errors. */
	csv: string;
	/** Decisions that do not fit the candidates; any error means the CSV must not be written. */
	errors: string[];
	counts: BuildCounts;
}

interface Row {
	cells: Record<(typeof FIGURE_COLUMNS)[number], string>;
	provenance: { source: string; section: string; excerpt: string }[];
}

/** A figure as the extractor read it (or as an `add` states it), before the human's edits. */
interface Reading {
	region: string | null;
	year: number | null;
	value: number;
	valueMax: number | null;
	unit: string;
	kind: 'target' | 'actual';
	comparator: string | null;
	approximate: boolean;
	section: string;
	excerpt: string;
}

const numberCell = (n: number | null): string => (n === null ? '' : String(n));

/** The fields an accept sets to something else than the reading. */
function editedFields(c: Candidate, r: Reading, e: FigureEdits): string[] {
	const changed: string[] = [];
	if (nameKey(e.indicator) !== nameKey(c.indicatorPhrase)) changed.push('indicator');
	for (const f of [
		'region',
		'year',
		'kind',
		'comparator',
		'valueMax',
		'unit',
		'approximate',
		'section',
		'excerpt'
	] as const) {
		if (e[f] !== undefined && e[f] !== r[f]) changed.push(f);
	}
	return changed;
}

/** The row of a reading with the human's edits, or an error message. */
function figureRow(file: string, r: Reading, e: FigureEdits): Row | string {
	const region = e.region ?? r.region;
	if (!region) return 'no region (the extractor found none: set one).';
	const kind = e.kind ?? r.kind;
	const comparator = e.comparator ?? r.comparator;
	if (kind === 'target' && (comparator === null || comparator === '=')) {
		return `a target needs a comparator (the extractor gave ${comparator ?? 'none'}).`;
	}
	const section = e.section ?? r.section;
	const excerpt = e.excerpt ?? r.excerpt;
	const cells: Row['cells'] = {
		region,
		indicator: e.indicator,
		year: numberCell(e.year === undefined ? r.year : e.year),
		value: String(r.value),
		unit: e.unit ?? r.unit,
		kind,
		// The canonical format gives actual values no comparator.
		comparator: kind === 'target' ? (comparator ?? '') : '',
		value_max: numberCell(e.valueMax === undefined ? r.valueMax : e.valueMax),
		approximate: (e.approximate ?? r.approximate) ? 'true' : '',
		source: file,
		section,
		excerpt,
		note: e.note ?? '',
		year_inferred: e.yearInferred ? 'true' : '',
		horizon: e.horizon === undefined ? '' : String(e.horizon)
	};
	return { cells, provenance: [{ source: file, section, excerpt }] };
}

const emptyCounts = (): BuildCounts => ({
	acceptedAsIs: 0,
	acceptedWithEdits: 0,
	edited: {},
	withNote: 0,
	sectionFromMap: 0,
	rejected: {},
	added: 0,
	merged: 0
});

/**
 * Rebuild the figures CSV. `texts` and `candidates` are by file name; `candidates` should be
 * `extractFigures(text, extractOptions(doc))` for each document of the corrections.
 */
export function buildFigures(
	texts: Readonly<Record<string, string>>,
	candidates: Readonly<Record<string, readonly Candidate[]>>,
	corrections: Corrections
): BuildResult {
	const errors: string[] = [];
	const counts = emptyCounts();
	const rows: Row[] = [];
	/** file → value offset → the row accepted there (for `sameAs`). */
	const rowAt = new Map<string, Map<number, Row>>();

	for (const doc of corrections.documents) {
		const file = doc.file;
		const fail = (msg: string) => errors.push(`${file}: ${msg}`);
		const body = texts[file];
		const found = candidates[file];
		if (body === undefined || found === undefined) {
			fail('the text of this document was not given.');
			continue;
		}
		const mine = new Map<number, Row>();
		rowAt.set(file, mine);
		const decided = new Set<Candidate>();
		const sectionOf = (s: string | null): string => (s ? (doc.sections?.[s] ?? s) : '');
		const checkExcerpt = (where: string, excerpt: string | undefined) => {
			if (excerpt !== undefined && !body.includes(excerpt)) {
				fail(`${where}: the excerpt 「${excerpt}」 is not in the text.`);
			}
		};

		for (const d of doc.decisions) {
			if ('add' in d) {
				const { indicator, note, yearInferred, horizon, copies, ...a } = d.add;
				const where = `added ${a.value}${a.unit} 「${indicator}」`;
				checkExcerpt(where, a.excerpt);
				const reading = {
					...a,
					valueMax: a.valueMax ?? null,
					comparator: a.comparator ?? null,
					approximate: a.approximate ?? false,
					section: a.section ?? ''
				};
				const edits: FigureEdits = { indicator };
				if (note) edits.note = note;
				if (yearInferred) edits.yearInferred = yearInferred;
				if (horizon !== undefined) edits.horizon = horizon;
				const row = figureRow(file, reading, edits);
				if (typeof row === 'string') fail(`${where}: ${row}`);
				else {
					for (const copy of copies ?? []) {
						if (!texts[copy.file]?.includes(copy.excerpt))
							fail(`${where}: the excerpt 「${copy.excerpt}」 is not in ${copy.file}.`);
						row.provenance.push({ source: copy.file, section: copy.section, excerpt: copy.excerpt });
					}
					rows.push(row);
				}
				counts.added++;
				continue;
			}
			const where = `decision at ${d.at} (${d.value})`;
			const c = findCandidate(found, d, decided, (m) => fail(`${where}: ${m}`));
			if (!c) continue;
			decided.add(c);
			const reading: Reading = {
				...c,
				section: sectionOf(c.section),
				excerpt: body.slice(c.span.start, c.span.end)
			};
			if ('reject' in d) {
				counts.rejected[d.reject] = (counts.rejected[d.reject] ?? 0) + 1;
			} else if ('sameAs' in d) {
				const owner = doc.sameAs ? rowAt.get(doc.sameAs)?.get(d.sameAs) : undefined;
				if (!owner) {
					fail(
						`${where}: sameAs ${d.sameAs} names no accepted figure of ${doc.sameAs ?? '(no sameAs file)'}.`
					);
					continue;
				}
				const { value, value_max, unit } = owner.cells;
				if (String(c.value) !== value || numberCell(c.valueMax) !== value_max || c.unit !== unit) {
					fail(`${where}: ${c.value}${c.unit} is not the figure ${value}${unit} it is said to be.`);
					continue;
				}
				checkExcerpt(where, d.excerpt);
				counts.merged++;
				const { section, excerpt } = reading;
				owner.provenance.push({
					source: file,
					section: d.section ?? section,
					excerpt: d.excerpt ?? excerpt
				});
			} else {
				const e = d.accept;
				checkExcerpt(where, e.excerpt);
				const edited = editedFields(c, reading, e);
				for (const f of edited) counts.edited[f] = (counts.edited[f] ?? 0) + 1;
				if (edited.length === 0) counts.acceptedAsIs++;
				else counts.acceptedWithEdits++;
				if (e.note) counts.withNote++;
				if (e.section === undefined && reading.section !== (c.section ?? ''))
					counts.sectionFromMap++;
				const row = figureRow(file, reading, e);
				if (typeof row === 'string') {
					fail(`${where}: ${row}`);
					continue;
				}
				mine.set(d.at, row);
				rows.push(row);
			}
		}
		for (const c of found) {
			if (!decided.has(c)) {
				fail(
					`no decision for the candidate at ${c.valueSpan.start} (${c.value}${c.unit} 「${c.indicatorPhrase}」).`
				);
			}
		}
	}

	if (errors.length > 0) return { csv: '', errors, counts };
	return { csv: figuresCsv(rows), errors, counts };
}

/** The one candidate a decision names, or null (with the reason given to `fail`). */
function findCandidate(
	found: readonly Candidate[],
	d: { at: number; value: number; phrase?: string | undefined },
	decided: ReadonlySet<Candidate>,
	fail: (message: string) => void
): Candidate | null {
	const here = found.filter((c) => c.valueSpan.start === d.at);
	const same = here.filter(
		(c) => c.value === d.value && (d.phrase === undefined || c.indicatorPhrase === d.phrase)
	);
	if (same.length === 0) {
		const there = here.map((c) => `${c.value}${c.unit} 「${c.indicatorPhrase}」`).join(', ');
		const wanted = `${d.value}${d.phrase ? ` 「${d.phrase}」` : ''}`;
		fail(
			here.length === 0
				? 'no candidate has its value there (has the extractor changed?).'
				: `the candidate there reads ${there}, not ${wanted} (has the extractor changed?).`
		);
		return null;
	}
	if (same.length > 1) {
		fail(`${same.length} candidates read ${d.value} there: name one by its "phrase".`);
		return null;
	}
	const c = same[0] as Candidate;
	if (decided.has(c)) {
		fail('this candidate already has a decision.');
		return null;
	}
	return c;
}

/** Rows → the CSV text with the committed file's CRLF line ends. */
function figuresCsv(rows: readonly Row[]): string {
	const lines: Cell[][] = [[...FIGURE_COLUMNS]];
	for (const r of rows) {
		const join = (pick: (p: Row['provenance'][number]) => string) => {
			const parts = r.provenance.map(pick);
			return parts.every((p) => p === '') ? '' : parts.join(JOIN);
		};
		const cells = {
			...r.cells,
			source: join((p) => p.source),
			section: join((p) => p.section),
			excerpt: join((p) => p.excerpt)
		};
		lines.push(FIGURE_COLUMNS.map((c) => cells[c]));
	}
	// One row at a time, so that a line break inside a quoted cell stays as it is.
	return lines.map((l) => toCsv([l]).slice(0, -1)).join('\r\n') + '\r\n';
}
