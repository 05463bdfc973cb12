/**
 * Quantitative statements in Chinese policy text: `到2027年，教共体覆盖率达到90%` →
 * `{ indicatorPhrase: '教共体覆盖率', year: 2027, value: 90, unit: '%', comparator: '>=',
 * kind: 'target', … }`. Pure: no DOM, no Node, no dependencies.
 *
 * Pipeline: fold the text (width, traditional script, page-number debris; offsets kept), find the
 * numbers with units and drop the non-data ones, find year expressions and the outline, then read
 * each number (or list of numbers) in its clause. A statement repeated word for word in the same
 * document (same indicator, value, unit, comparator, kind and year) is reported once, at its
 * first place.
 */
import { foldText } from './normalize.ts';
import { documentLeaning } from './kind.ts';
import { findQuantities, type Quantity } from './quantities.ts';
import { NAMED_PLACE, readGroup, type Context } from './read.ts';
import { shieldedRanges } from './shield.ts';
import { outline } from './structure.ts';
import type { Candidate, ExtractOptions } from './types.ts';
import { findYearMarks } from './years.ts';

export type { Candidate, Comparator, ExtractOptions, FigureKind, Span } from './types.ts';

/** Text between two numbers that makes them one list (`90%、99%和92%`). */
const LIST_JOIN = /^(?:以上|以下)?\s*(?:[、和及与]|以及)\s*$/;

/** Find the quantitative statements in a document. */
export function extractFigures(text: string, options: ExtractOptions = {}): Candidate[] {
	const folded = foldText(text);
	const t = folded.text;
	const shielded = shieldedRanges(t);
	const quantities = findQuantities(t, shielded, (i) => text[folded.origin[i] ?? -1] === ',');
	const marks = findYearMarks(t, shielded);
	const ctx: Context = {
		original: text,
		folded,
		marks,
		doc: outline(t, marks),
		leaning: documentLeaning(t),
		options
	};
	const out: Candidate[] = [];
	let previousEnd = 0;
	/** A place named in this sentence (示例县A达到95%，B保持99%以上): later figures are about it too. */
	let place: string | null = null;
	const groups = listGroups(t, quantities);
	groups.forEach((group, g) => {
		const nextStart = groups[g + 1]?.[0]?.start ?? t.length;
		const read = readGroup(ctx, group, previousEnd, nextStart);
		if (/[。！？!?\n]/.test(t.slice(previousEnd, (group[0] as Quantity).start))) place = null;
		for (const c of read) {
			if (NAMED_PLACE.has(c)) place = c.region;
			else if (place) c.region = place;
		}
		const before = out[out.length - 1];
		// 从1643家压减至304家, 达到75%(全市60%), 为91.2%，比上年提高1.5个百分点: a figure with
		// no words of its own after another in the same sentence is about the same thing.
		if (before && /^[^;。！？!?\n]*$/.test(t.slice(previousEnd, (group[0] as Quantity).start))) {
			for (const c of read)
				if (c.indicatorPhrase === '') c.indicatorPhrase = before.indicatorPhrase;
		}
		out.push(...read);
		previousEnd = (group[group.length - 1] as Quantity).end;
	});
	return withoutRepeats(out);
}

/** Consecutive quantities joined only by `、` / `和` form one list. */
function listGroups(t: string, quantities: readonly Quantity[]): Quantity[][] {
	const groups: Quantity[][] = [];
	for (const q of quantities) {
		const last = groups[groups.length - 1];
		const prev = last?.[last.length - 1];
		if (last && prev && LIST_JOIN.test(t.slice(prev.end, q.start))) last.push(q);
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
