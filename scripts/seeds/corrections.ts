/**
 * The human decisions that turn the extractor's candidates on the seed documents into
 * seeds/figures.csv (seeds/corrections.json): their schema and how they are read.
 */
import { z } from 'zod';
import type { ExtractOptions } from '../../src/lib/domain/extract/types.ts';
import { COMPARATORS } from '../../src/lib/data/vocabulary.ts';

const text = z.string().trim().min(1);
const yearOrNull = z.number().int().min(1900).max(2200).nullable();
const kind = z.enum(['target', 'actual']);

/** What a human set on an accepted candidate: the indicator always, the rest when it differs. */
const EditsSchema = z.strictObject({
	indicator: text,
	region: text.optional(),
	year: yearOrNull.optional(),
	kind: kind.optional(),
	comparator: z.enum(COMPARATORS).optional(),
	valueMax: z.number().nullable().optional(),
	unit: z.string().optional(),
	approximate: z.boolean().optional(),
	section: z.string().optional(),
	excerpt: text.optional(),
	note: z.string().optional(),
	/** The year is read from the context (the paragraph, the report's date), not stated. */
	yearInferred: z.boolean().optional(),
	/** Where a target with no year is judged, when not at its source's horizon ("未来五年"). */
	horizon: z.number().int().min(1900).max(2200).optional()
});
export type FigureEdits = z.infer<typeof EditsSchema>;

/** The candidate a decision is about: value offset, value, and its phrase when two share both. */
const key = { at: z.number().int().min(0), value: z.number(), phrase: z.string().optional() };

const DecisionSchema = z.union([
	z.strictObject({ ...key, accept: EditsSchema }),
	z.strictObject({ ...key, reject: text }),
	z.strictObject({
		...key,
		sameAs: z.number().int().min(0),
		section: z.string().optional(),
		excerpt: text.optional()
	}),
	// A figure the extractor missed: what it is and where it is said, in full; `copies` are the
	// same figure in other copies of the document (one row, their provenance after this one).
	z.strictObject({
		add: EditsSchema.extend({
			region: text,
			year: yearOrNull,
			value: z.number(),
			unit: z.string(),
			kind,
			excerpt: text,
			copies: z
				.array(z.strictObject({ file: text, section: z.string(), excerpt: text }))
				.optional()
		})
	})
]);
export type Decision = z.infer<typeof DecisionSchema>;

const DocumentSchema = z.strictObject({
	file: text,
	/** What the extractor is told about the document. */
	extract: z
		.strictObject({ defaultRegion: text.optional(), documentYear: z.number().int().optional() })
		.optional(),
	/** The extractor's section heading → the section as figures.csv writes it. */
	sections: z.record(z.string(), z.string()).optional(),
	/** The file this one is a copy of: its `sameAs` decisions point at that file's offsets. */
	sameAs: text.optional(),
	decisions: z.array(DecisionSchema)
});
export type DocumentCorrections = z.infer<typeof DocumentSchema>;

export const CorrectionsSchema = z.strictObject({
	about: z.string().optional(),
	documents: z.array(DocumentSchema)
});
/** The whole of `seeds/corrections.json`. */
export type Corrections = z.infer<typeof CorrectionsSchema>;

/** Read corrections from parsed JSON; throws one readable message when they do not fit. */
export function parseCorrections(json: unknown): Corrections {
	const result = CorrectionsSchema.safeParse(json);
	if (!result.success) throw new Error(`seeds/corrections.json: ${z.prettifyError(result.error)}`);
	return result.data;
}

/** The options each document is read with. */
export function extractOptions(doc: DocumentCorrections): ExtractOptions {
	const o: ExtractOptions = {};
	if (doc.extract?.defaultRegion) o.defaultRegion = doc.extract.defaultRegion;
	if (doc.extract?.documentYear !== undefined) o.documentYear = doc.extract.documentYear;
	return o;
}
