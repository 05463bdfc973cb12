/**
 * The data model: one set of zod schemas, with the TypeScript types inferred from them.
 *
 * Everything that enters the app from outside (seed files, analysts' uploads, scenario files,
 * share links, IndexedDB) is validated against these schemas at the boundary. Inside, the
 * inferred types are used and the values are trusted.
 */
import { z } from 'zod';

import { COMPARATORS, DIRECTIONS, REGION_LEVELS, SOURCE_KINDS } from './vocabulary.ts';

export * from './vocabulary.ts';

const text = z.string().trim().min(1);
const year = z.number().int().min(1900).max(2200);
const finite = z.number().refine(Number.isFinite, { message: 'must be a finite number' });

export const SourceSchema = z.strictObject({
	id: text,
	kind: z.enum(SOURCE_KINDS),
	title: text,
	titleEn: z.string().optional(),
	publisher: z.string().optional(),
	date: z.string().optional(),
	file: z.string().optional(),
	/** First year of the plan the source sets out, for progress measured from the plan's start. */
	planStart: year.optional(),
	/**
	 * The plan's end year: where its targets without a year are judged (a 十四五 plan → 2025).
	 */
	horizon: year.optional(),
	note: z.string().optional()
});
export type Source = z.infer<typeof SourceSchema>;

/** One place a number was read from: the source, the section within it and a short excerpt. */
export const ProvenanceSchema = z.strictObject({
	source: text,
	section: z.string().optional(),
	excerpt: z.string().optional()
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

export const RegionSchema = z.strictObject({
	id: text,
	zh: text,
	en: text,
	aliases: z.array(z.string()),
	level: z.enum(REGION_LEVELS),
	parent: z.string().optional()
});
export type Region = z.infer<typeof RegionSchema>;

export const IndicatorSchema = z.strictObject({
	id: text,
	zh: text,
	en: text,
	aliases: z.array(z.string()),
	unit: z.string(),
	direction: z.enum(DIRECTIONS),
	lowerBound: finite.optional(),
	upperBound: finite.optional(),
	note: z.string().optional()
});
export type Indicator = z.infer<typeof IndicatorSchema>;

const figureFields = {
	region: text,
	indicator: text,
	value: finite,
	/** The unit as the source states it; the indicator's unit when absent. */
	unit: z.string().optional(),
	/** The source said 约 / 左右 / 近: kept, and flagged wherever it is shown. */
	approximate: z.boolean().optional(),
	provenance: z.array(ProvenanceSchema).min(1),
	note: z.string().optional()
};

/** The year was read from the context (the paragraph, the report's date), not stated. */
const yearInferred = z.literal(true).optional();

/**
 * An actual value. `year` is null when the source does not state it: such a value is listed
 * with its provenance but never charted or used for a trend.
 */
export const ObservationSchema = z.strictObject({
	...figureFields,
	year: year.nullable(),
	yearInferred
});
export type Observation = z.infer<typeof ObservationSchema>;

/**
 * A target. `year` null means "year not stated": judged at `horizon` when the figure has one
 * (a "未来五年" counted from the document's date), else at its source's horizon, else at the
 * scenario's.
 */
export const TargetSchema = z
	.strictObject({
		...figureFields,
		year: year.nullable(),
		yearInferred,
		comparator: z.enum(COMPARATORS),
		valueMax: finite.nullable(),
		horizon: year.optional()
	})
	.refine((t) => (t.comparator === 'range') === (t.valueMax !== null), {
		message: 'a range target needs value_max, and only a range target has one',
		path: ['valueMax']
	})
	.refine((t) => t.valueMax === null || t.valueMax >= t.value, {
		message: 'value_max must not be below value',
		path: ['valueMax']
	});
export type Target = z.infer<typeof TargetSchema>;

/**
 * Sources known to disagree about one region × indicator in the years listed (values of
 * different years that cannot both be right). Marked wherever those values are shown.
 */
export const ConflictNoteSchema = z.strictObject({
	region: text,
	indicator: text,
	years: z.array(year).min(1),
	/**
	 * A series break (engine.md, "Series breaks"): the first year of the new series. Fits use only
	 * the points from it on; absent for a plain disagreement between sources.
	 */
	breakYear: year.optional(),
	note: z.strictObject({ zh: text, en: text })
});
export type ConflictNote = z.infer<typeof ConflictNoteSchema>;

export const DatasetSchema = z.strictObject({
	sources: z.array(SourceSchema),
	regions: z.array(RegionSchema),
	indicators: z.array(IndicatorSchema),
	observations: z.array(ObservationSchema),
	targets: z.array(TargetSchema),
	conflicts: z.array(ConflictNoteSchema).optional()
});
/** Regions and indicators are referenced by id from observations and targets. */
export type Dataset = z.infer<typeof DatasetSchema>;

export const EMPTY_DATASET: Dataset = Object.freeze({
	sources: [],
	regions: [],
	indicators: [],
	observations: [],
	targets: []
}) as Dataset;
