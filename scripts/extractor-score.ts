/**
 * Scoring the extractor against an answer key written by hand from the documents
 * (`tests/fixtures/extract/*.csv`): recall and precision per document and overall, for the value
 * alone and strictly (value, year, kind and comparator all right), with the misses and the false
 * positives listed. Tooling, not product code: nothing in `src/` imports it.
 *
 * The key has one row per figure stated in a document: `file`, `excerpt` (a verbatim piece of
 * the text around the number), `value`, `value_max`, `unit`, `kind`, `comparator` (empty for an
 * actual value, which has none in the data), `year` (empty: not stated), and `region`,
 * `approximate`, `indicator`, `note` for the reader. A yearly change (`每年降低1个百分点`) has
 * comparator `rate<=` and value −1.
 *
 * A candidate can stand for a key item when
 * 1. the values are equal (to 1e-9, relative), reading `万`/`亿` in the units: `2万个` is 20000 个;
 * 2. both have no upper end, or the same one;
 * 3. the candidate's value span overlaps an occurrence of the excerpt in the file.
 * It stands for it strictly when, in addition, the year is the same (both null counts), the
 * kind is the same, and for a target the comparator is the same. Each candidate stands for at
 * most one item and each item for at most one candidate; the largest such pairing is counted
 * (augmenting paths, nearest first), once for the value alone and once strictly.
 *
 * Rows with the same `group` state one figure twice (a baseline in a table that the text also
 * states): they count as one expected figure, found when any of its statements is; a candidate
 * for a second statement of a figure already found is a repeat, counted neither way.
 */

/** One row of the answer key, by column name (all cells as text). */
export type KeyRow = Readonly<Record<string, string>>;

/** What the scorer needs of a candidate (the extractor's `Candidate` has all of it). */
export interface Scored {
	value: number;
	valueMax: number | null;
	unit: string;
	year: number | null;
	kind: 'target' | 'actual';
	comparator: string | null;
	region: string | null;
	indicatorPhrase: string;
	valueSpan: { start: number; end: number };
}

/** One figure the extractor should find in one file. */
export interface KeyItem {
	/** 1-based line of the row in the key (the header is line 1). */
	line: number;
	file: string;
	region: string;
	indicator: string;
	value: number;
	valueMax: number | null;
	unit: string;
	kind: string;
	comparator: string;
	year: number | null;
	excerpt: string;
	/** Rows stating the same figure share a group ('' for none). */
	group: string;
	/** Where the excerpt occurs in the file; empty when it is not there. */
	occurrences: { start: number; end: number }[];
}

export interface Score {
	expected: number;
	candidates: number;
	matched: number;
	recall: number;
	precision: number;
}

export interface DocumentScore {
	file: string;
	value: Score;
	strict: Score;
	/** Items without any candidate for their value. */
	misses: KeyItem[];
	/** Candidates standing for no item. */
	falsePositives: Scored[];
	/** Pairs found on the value but wrong on year, kind or comparator. */
	wrong: { item: KeyItem; candidate: Scored; fields: string[] }[];
	/** Of the value pairs, how many name the key's region. */
	regionAgrees: number;
}

export interface Scores {
	documents: DocumentScore[];
	overall: { value: Score; strict: Score };
	/** Key rows whose excerpt is not in their file (counted as misses). */
	excerptsNotFound: KeyItem[];
}

function numberOrNull(s: string | undefined): number | null {
	const t = (s ?? '').trim();
	return t === '' || !Number.isFinite(Number(t)) ? null : Number(t);
}

function occurrences(haystack: string, needle: string): { start: number; end: number }[] {
	const out: { start: number; end: number }[] = [];
	if (needle === '') return out;
	for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
		out.push({ start: i, end: i + needle.length });
	}
	return out;
}

/** The key's rows as items, each located in its file's text. */
export function keyItems(
	rows: readonly KeyRow[],
	texts: Readonly<Record<string, string>>
): KeyItem[] {
	return rows.map((row, i) => ({
		line: i + 2,
		file: row.file ?? '',
		region: row.region ?? '',
		indicator: row.indicator ?? '',
		value: Number(row.value),
		valueMax: numberOrNull(row.value_max),
		unit: row.unit ?? '',
		kind: row.kind ?? '',
		comparator: row.comparator ?? '',
		year: numberOrNull(row.year),
		excerpt: row.excerpt ?? '',
		group: (row.group ?? '').trim(),
		occurrences: occurrences(texts[row.file ?? ''] ?? '', row.excerpt ?? '')
	}));
}

const scaleOf = (unit: string): number =>
	unit.startsWith('亿') ? 1e8 : unit.startsWith('万') ? 1e4 : 1;

function sameNumber(a: number, unitA: string, b: number, unitB: string): boolean {
	const close = (x: number, y: number): boolean =>
		Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
	return close(a, b) || close(a * scaleOf(unitA), b * scaleOf(unitB));
}

/** How far the candidate is from the item, or null when it cannot stand for it by value. */
function distance(item: KeyItem, c: Scored): number | null {
	if (!sameNumber(item.value, item.unit, c.value, c.unit)) return null;
	if ((item.valueMax === null) !== (c.valueMax === null)) return null;
	if (item.valueMax !== null && !sameNumber(item.valueMax, item.unit, c.valueMax ?? NaN, c.unit))
		return null;
	let best: number | null = null;
	for (const o of item.occurrences) {
		if (c.valueSpan.start >= o.end || c.valueSpan.end <= o.start) continue;
		const d = Math.abs(c.valueSpan.start - o.start);
		if (best === null || d < best) best = d;
	}
	return best;
}

/** The fields on which a value pair disagrees: year, kind, comparator (targets only). */
export function disagreements(item: KeyItem, c: Scored): string[] {
	const out: string[] = [];
	if (item.year !== c.year) out.push('year');
	if (item.kind !== c.kind) out.push('kind');
	else if (item.kind === 'target' && item.comparator !== (c.comparator ?? ''))
		out.push('comparator');
	return out;
}

/** The largest one-to-one pairing over the allowed edges (Kuhn's augmenting paths). */
function pairUp(edges: readonly number[][], candidates: number): (number | null)[] {
	const owner: (number | null)[] = new Array<number | null>(candidates).fill(null);
	const tryItem = (i: number, seen: Set<number>): boolean => {
		for (const j of edges[i] ?? []) {
			if (seen.has(j)) continue;
			seen.add(j);
			const current = owner[j] ?? null;
			if (current === null || tryItem(current, seen)) {
				owner[j] = i;
				return true;
			}
		}
		return false;
	};
	edges.forEach((_, i) => tryItem(i, new Set()));
	const byItem: (number | null)[] = edges.map(() => null);
	owner.forEach((i, j) => {
		if (i !== null) byItem[i] = j;
	});
	return byItem;
}

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);
/**
 * A pairing counted by figure: how many figures (groups of items) have a candidate, how many
 * candidates only repeat a figure already found, and which items belong to no found figure.
 */
function byFigure(
	items: readonly KeyItem[],
	pairs: readonly (number | null)[],
	candidates: number
): { score: Score; missed: Set<number> } {
	const figureOf = items.map((item, i) => (item.group === '' ? `#${i}` : `g:${item.group}`));
	const found = new Map<string, number>();
	pairs.forEach((j, i) => {
		if (j !== null) found.set(figureOf[i] as string, (found.get(figureOf[i] as string) ?? 0) + 1);
	});
	let repeats = 0;
	for (const n of found.values()) repeats += n - 1;
	const missed = new Set<number>();
	figureOf.forEach((f, i) => {
		if (!found.has(f)) missed.add(i);
	});
	const expected = new Set(figureOf).size;
	const counted = candidates - repeats;
	return {
		score: {
			expected,
			candidates: counted,
			matched: found.size,
			recall: ratio(found.size, expected),
			precision: ratio(found.size, counted)
		},
		missed
	};
}

function scoreDocument(
	file: string,
	items: readonly KeyItem[],
	found: readonly Scored[]
): DocumentScore {
	const near = items.map((item) =>
		found
			.map((c, j) => ({ j, d: distance(item, c) }))
			.filter((e): e is { j: number; d: number } => e.d !== null)
			.sort((a, b) => a.d - b.d)
			.map((e) => e.j)
	);
	const byValue = pairUp(near, found.length);
	const strictEdges = near.map((js, i) =>
		js.filter((j) => disagreements(items[i] as KeyItem, found[j] as Scored).length === 0)
	);
	const byStrict = pairUp(strictEdges, found.length);
	const used = new Set(byValue.filter((j): j is number => j !== null));
	const wrong: DocumentScore['wrong'] = [];
	let regionAgrees = 0;
	byValue.forEach((j, i) => {
		if (j === null) return;
		const item = items[i] as KeyItem;
		const candidate = found[j] as Scored;
		if ((candidate.region ?? '') === item.region) regionAgrees++;
		const fields = disagreements(item, candidate);
		if (byStrict[i] === null && fields.length > 0) wrong.push({ item, candidate, fields });
	});
	const value = byFigure(items, byValue, found.length);
	const strict = byFigure(items, byStrict, found.length);
	return {
		file,
		value: value.score,
		strict: strict.score,
		misses: items.filter((_, i) => value.missed.has(i)),
		falsePositives: found.filter((_, j) => !used.has(j)),
		wrong: wrong.filter((w) => strict.missed.has(items.indexOf(w.item))),
		regionAgrees
	};
}

function total(scores: readonly Score[]): Score {
	const sum = (f: (s: Score) => number) => scores.reduce((n, s) => n + f(s), 0);
	const expected = sum((s) => s.expected);
	const candidates = sum((s) => s.candidates);
	const matched = sum((s) => s.matched);
	return {
		expected,
		candidates,
		matched,
		recall: ratio(matched, expected),
		precision: ratio(matched, candidates)
	};
}

/** Score the candidates found in each file against the key items. */
export function scoreExtraction(
	items: readonly KeyItem[],
	candidatesByFile: ReadonlyMap<string, readonly Scored[]>
): Scores {
	const files = [...new Set([...items.map((i) => i.file), ...candidatesByFile.keys()])].sort();
	const documents = files.map((file) =>
		scoreDocument(
			file,
			items.filter((i) => i.file === file),
			candidatesByFile.get(file) ?? []
		)
	);
	return {
		documents,
		overall: {
			value: total(documents.map((d) => d.value)),
			strict: total(documents.map((d) => d.strict))
		},
		excerptsNotFound: items.filter((i) => i.occurrences.length === 0)
	};
}
