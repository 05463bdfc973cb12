/** Small helpers shared by the extractor tests. */
import { expect } from 'vitest';
import {
	extractFigures,
	type Candidate,
	type ExtractOptions,
	type Span
} from '../../../src/lib/domain/extract/index.ts';

/** The original text a span points at. */
export function at(text: string, span: Span): string {
	return text.slice(span.start, span.end);
}

/** The single figure a sentence states (fails the test when there is not exactly one). */
export function only(text: string, options?: ExtractOptions): Candidate {
	const found = extractFigures(text, options);
	expect(found.map((c) => `${c.value}${c.unit}`)).toHaveLength(1);
	return found[0] as Candidate;
}

/** The fields a reader checks first, for compact expectations. */
export function gist(c: Candidate): Record<string, unknown> {
	return {
		indicator: c.indicatorPhrase,
		value: c.value,
		valueMax: c.valueMax,
		unit: c.unit,
		comparator: c.comparator,
		kind: c.kind,
		year: c.year
	};
}
