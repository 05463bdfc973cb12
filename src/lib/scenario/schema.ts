/**
 * The scenario file (data-format.md §4): zod schema, versions and migrations. The same object is
 * the payload of share links and of saved scenarios, so this is the one gate they all pass.
 */
import { z } from 'zod';
import { LIMITS } from '../data/limits.ts';
import { COMPARATORS, REGION_LEVELS } from '../data/vocabulary.ts';
import { DataEntrySchema } from './dataSchema.ts';
import { COMPARE_MAX, NAME_MAX, SIGMA_MAX } from './limits.ts';
import { METHODS, validRate } from './methods.ts';

import { SCENARIO_FORMAT, SCENARIO_VERSION } from './format.ts';
import { REFERENCE_KINDS, VIEW_TABS } from './viewFields.ts';

export { SCENARIO_FORMAT, SCENARIO_VERSION };

/** A region or indicator name (or id): as long as the importer lets a cell be. */
const text = z.string().trim().min(1).max(LIMITS.cellChars);
const year = z.number().int().min(1900).max(2200);
const finite = z.number().refine(Number.isFinite, { message: 'must be a finite number' });

export const BaselineSchema = z.strictObject({ year, value: finite });

export const AssumptionSchema = z
	.strictObject({
		region: text,
		indicator: text,
		method: z.enum(METHODS).optional(),
		rate: finite.optional(),
		sigma: finite.min(0, { message: 'must not be negative' }).max(SIGMA_MAX).optional(),
		baseline: BaselineSchema.optional()
	})
	.superRefine((a, ctx) => {
		if (a.rate === undefined) return;
		const problem = validRate(a.method ?? 'linear', a.rate);
		if (problem)
			ctx.addIssue({
				code: 'custom',
				path: ['rate'],
				message: problem.en,
				params: { zh: problem.zh }
			});
	});
export type Assumption = z.infer<typeof AssumptionSchema>;

export const ScenarioTargetSchema = z
	.strictObject({
		region: text,
		indicator: text,
		year: year.nullable().optional(),
		comparator: z.enum(COMPARATORS).optional(),
		value: finite,
		valueMax: finite.nullable().optional(),
		unit: z.string().max(40).optional(),
		note: z.string().max(2000).optional()
	})
	.refine((t) => (t.comparator === 'range') === (t.valueMax !== undefined && t.valueMax !== null), {
		message: 'a range target needs valueMax, and only a range target has one',
		path: ['valueMax']
	});
export type ScenarioTarget = z.infer<typeof ScenarioTargetSchema>;

export const ScenarioObservationSchema = z.strictObject({
	region: text,
	indicator: text,
	year,
	value: finite,
	unit: z.string().max(40).optional(),
	note: z.string().max(2000).optional()
});
export type ScenarioObservation = z.infer<typeof ScenarioObservationSchema>;

export const ViewSchema = z.strictObject({
	region: text.optional(),
	compare: z.array(text).max(COMPARE_MAX).optional(),
	indicator: text.optional(),
	mode: z.enum(['value', 'share']).optional(),
	lang: z.enum(['zh', 'en']).optional(),
	scope: z.enum(['focus', 'all']).optional(),
	milestone: year.nullable().optional(),
	status: z.string().max(20).nullable().optional(),
	/** The view of the comparison on screen (absent: the chart). */
	tab: z.enum(VIEW_TABS).optional(),
	/** The ranking: every region of this level, or the children of `rankParent`; its year. */
	rankLevel: z.enum(REGION_LEVELS).nullable().optional(),
	rankParent: text.nullable().optional(),
	rankYear: year.nullable().optional(),
	/** The scenario compared with (the faint line, the difference column); null: fitted trends. */
	against: z
		.strictObject({ kind: z.enum(REFERENCE_KINDS), name: text })
		.nullable()
		.optional()
});
export type ScenarioView = z.infer<typeof ViewSchema>;

export const ScenarioSchema = z.strictObject({
	format: z.literal(SCENARIO_FORMAT),
	version: z.literal(SCENARIO_VERSION),
	name: z.string().trim().min(1).max(NAME_MAX),
	description: z.string().max(4000).optional(),
	baseYear: year.optional(),
	/** "Today" for the verdicts (engine.md, "Status"); absent: the current calendar year. */
	asOf: year.optional(),
	horizon: year.optional(),
	milestones: z.array(year).min(1).max(12).optional(),
	view: ViewSchema.optional(),
	assumptions: z.array(AssumptionSchema).max(20_000).optional(),
	targets: z.array(ScenarioTargetSchema).max(20_000).optional(),
	observations: z.array(ScenarioObservationSchema).max(200_000).optional(),
	/** The analyst's data the scenario uses, in order (absent: it says nothing about it). */
	data: z.array(DataEntrySchema).max(1000).optional()
});
export type Scenario = z.infer<typeof ScenarioSchema>;
