/**
 * Measuring the extractor against a hand-made answer key (`seeds/figures.csv`): recall and
 * precision per document and overall, with the misses and the false positives listed.
 *
 * The key has one row per figure; a row whose `source` names several files (`004… | 000…`)
 * stands for one expected item in each, with `section` and `excerpt` split the same way. An
 * expected item is located by finding its excerpt verbatim in the file (every occurrence).
 *
 * A candidate matches an expected item when all of these hold:
 * 1. same value: equal to within 1e-9 (relative), reading `万`/`亿` in the units
 *    (`2万个` matches 20000 个);
 * 2. same upper end: both without one, or equal the same way;
 * 3. its `valueSpan` overlaps an occurrence of the excerpt widened by `slack` characters on each
 *    side (default 0: the number must lie inside the quoted excerpt).
 * Each candidate matches at most one item and each item at most one candidate; among the
 * possible pairings the largest is taken (augmenting paths, nearest pairs tried first).
 * Kind, comparator and year are not part of a match; how often they agree is reported apart.
 */
import type { Candidate, Span } from './types.ts';

/** One row of the answer key, by column name (all cells as text). */
export type KeyRow = Readonly<Record<string, string>>;

/** One figure the extractor should find in one file. */
export interface ExpectedItem {
	/** 1-based line of the row in the key (the header is line 1). */
	line: number;
	file: string;
	indicator: string;
	value: number;
	valueMax: number | null;
	unit: string;
	kind: string;
	comparator: string;
	year: number | null;
	excerpt: string;
	/** Every occurrence of the excerpt in the file; empty when it is not there. */
	occurrences: Span[];
}

/** The score of one document (or of all of them). */
export interface Score {
	expected: number;
	candidates: number;
	matched: number;
	recall: number;
	precision: number;
	/** Of the matched pairs, how many agree on kind, on comparator, on year. */
	agree: { kind: number; comparator: number; year: number };
}

export interface DocumentReport extends Score {
	file: string;
	misses: ExpectedItem[];
	falsePositives: Candidate[];
	pairs: { item: ExpectedItem; candidate: Candidate }[];
}

export interface Report {
	documents: DocumentReport[];
	overall: Score;
	/** Key rows whose excerpt is not in the file (counted as misses). */
	excerptsNotFound: ExpectedItem[];
}

const split = (cell: string | undefined): string[] =>
	(cell ?? '').split(' | ').map((s) => s.trim());

function numberOrNull(s: string | undefined): number | null {
	const t = (s ?? '').trim();
	return t === '' || !Number.isFinite(Number(t)) ? null : Number(t);
}

/** Every start offset of `needle` in `haystack`. */
function occurrences(haystack: string, needle: string): Span[] {
	const out: Span[] = [];
	if (needle === '') return out;
	for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
		out.push({ start: i, end: i + needle.length });
	}
	return out;
}

/** Expand key rows into expected items, one per file the row names. */
export function expectedItems(
	rows: readonly KeyRow[],
	texts: Readonly<Record<string, string>>
): ExpectedItem[] {
	const items: ExpectedItem[] = [];
	rows.forEach((row, i) => {
		const files = split(row.source);
		const excerpts = split(row.excerpt);
		files.forEach((file, k) => {
			const excerpt = excerpts[k] ?? excerpts[0] ?? '';
			items.push({
				line: i + 2,
				file,
				indicator: row.indicator ?? '',
				value: Number(row.value),
				valueMax: numberOrNull(row.value_max),
				unit: row.unit ?? '',
				kind: row.kind ?? '',
				comparator: row.comparator ?? '',
				year: numberOrNull(row.year),
				excerpt,
				occurrences: occurrences(texts[file] ?? '', excerpt)
			});
		});
	});
	return items;
}

const scaleOf = (unit: string): number =>
	unit.startsWith('亿') ? 1e8 : unit.startsWith('万') ? 1e4 : 1;

function sameNumber(a: number, unitA: string, b: number, unitB: string): boolean {
	const close = (x: number, y: number): boolean =>
		Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
	return close(a, b) || close(a * scaleOf(unitA), b * scaleOf(unitB));
}

/** How far apart a candidate and an item are, or null when they cannot match. */
function distance(item: ExpectedItem, c: Candidate, slack: number): number | null {
	if (!sameNumber(item.value, item.unit, c.value, c.unit)) return null;
	if ((item.valueMax === null) !== (c.valueMax === null)) return null;
	if (
		item.valueMax !== null &&
		c.valueMax !== null &&
		!sameNumber(item.valueMax, item.unit, c.valueMax, c.unit)
	) {
		return null;
	}
	let best: number | null = null;
	for (const o of item.occurrences) {
		const overlaps = c.valueSpan.start < o.end + slack && c.valueSpan.end > o.start - slack;
		if (!overlaps) continue;
		const d = Math.abs(c.valueSpan.start - o.start);
		if (best === null || d < best) best = d;
	}
	return best;
}

/** The largest one-to-one pairing of items with candidates (Kuhn's augmenting paths). */
function pairUp(
	items: readonly ExpectedItem[],
	candidates: readonly Candidate[],
	slack: number
): (number | null)[] {
	const edges = items.map((item) =>
		candidates
			.map((c, j) => ({ j, d: distance(item, c, slack) }))
			.filter((e): e is { j: number; d: number } => e.d !== null)
			.sort((a, b) => a.d - b.d)
			.map((e) => e.j)
	);
	const owner: (number | null)[] = candidates.map(() => null);
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
	items.forEach((_, i) => tryItem(i, new Set()));
	const byItem: (number | null)[] = items.map(() => null);
	owner.forEach((i, j) => {
		if (i !== null) byItem[i] = j;
	});
	return byItem;
}

function ratio(n: number, d: number): number {
	return d === 0 ? 1 : n / d;
}

function score(expected: number, candidates: number, pairs: DocumentReport['pairs']): Score {
	const agree = { kind: 0, comparator: 0, year: 0 };
	for (const { item, candidate } of pairs) {
		if (item.kind === candidate.kind) agree.kind++;
		if ((item.comparator || null) === candidate.comparator) agree.comparator++;
		if (item.year === candidate.year) agree.year++;
	}
	return {
		expected,
		candidates,
		matched: pairs.length,
		recall: ratio(pairs.length, expected),
		precision: ratio(pairs.length, candidates),
		agree
	};
}

/** Score the candidates found in each file against the expected items. */
export function measure(
	items: readonly ExpectedItem[],
	candidatesByFile: Readonly<Record<string, readonly Candidate[]>>,
	slack = 0
): Report {
	const files = [
		...new Set([...items.map((i) => i.file), ...Object.keys(candidatesByFile)])
	].sort();
	const documents = files.map((file): DocumentReport => {
		const mine = items.filter((i) => i.file === file);
		const candidates = candidatesByFile[file] ?? [];
		const byItem = pairUp(mine, candidates, slack);
		const pairs: DocumentReport['pairs'] = [];
		const used = new Set<number>();
		byItem.forEach((j, i) => {
			if (j === null) return;
			used.add(j);
			pairs.push({ item: mine[i] as ExpectedItem, candidate: candidates[j] as Candidate });
		});
		return {
			file,
			...score(mine.length, candidates.length, pairs),
			misses: mine.filter((_, i) => byItem[i] === null),
			falsePositives: candidates.filter((_, j) => !used.has(j)),
			pairs
		};
	});
	const allPairs = documents.flatMap((d) => d.pairs);
	const overall = score(
		documents.reduce((n, d) => n + d.expected, 0),
		documents.reduce((n, d) => n + d.candidates, 0),
		allPairs
	);
	return { documents, overall, excerptsNotFound: items.filter((i) => i.occurrences.length === 0) };
}
