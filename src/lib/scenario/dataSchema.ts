/**
 * The analyst's data as a scenario carries it (`data` of a version-2 scenario): one entry per
 * data layer that was on, in order — an import, a policy text read in the page, a value typed
 * in — each with its figures and their sources (`dataset`), or, where a link had no room for
 * them, only what they are: the name, the number of values, the fingerprint that recognises
 * the same data when it is imported, and the series it touches (to mark what depends on it).
 */
import { z } from 'zod';
import { LIMITS } from '../data/limits.ts';
import { layerInfoFields, TouchesSchema } from '../data/layerSchema.ts';
import {
	ConflictNoteSchema,
	IndicatorSchema,
	ObservationSchema,
	RegionSchema,
	SourceSchema,
	TargetSchema
} from '../data/model.ts';

/** The most figures one entry may carry (the importer's largest sheet). */
const FIGURES_MAX = LIMITS.sheetCells;

export const LayerDatasetSchema = z.strictObject({
	sources: z.array(SourceSchema).max(100_000),
	regions: z.array(RegionSchema).max(100_000),
	indicators: z.array(IndicatorSchema).max(100_000),
	observations: z.array(ObservationSchema).max(FIGURES_MAX),
	targets: z.array(TargetSchema).max(FIGURES_MAX),
	conflicts: z.array(ConflictNoteSchema).max(100_000).optional()
});

export const DataEntrySchema = z
	.strictObject({
		id: layerInfoFields.id,
		kind: layerInfoFields.kind,
		name: layerInfoFields.name,
		addedAt: layerInfoFields.addedAt.optional(),
		position: layerInfoFields.position.optional(),
		count: layerInfoFields.count.optional(),
		fingerprint: layerInfoFields.fingerprint.optional(),
		touches: TouchesSchema.optional(),
		summary: layerInfoFields.summary,
		dataset: LayerDatasetSchema.optional()
	})
	.superRefine((e, ctx) => {
		if (e.kind === 'scenario' && e.dataset)
			ctx.addIssue({
				code: 'custom',
				path: ['dataset'],
				message: 'a scenario’s own data is carried in its observations and targets, not here',
				params: { zh: '情景自带的数据应写在 observations 和 targets 中，而不是这里' }
			});
		if (!e.dataset && (e.count === undefined || e.fingerprint === undefined))
			ctx.addIssue({
				code: 'custom',
				path: ['dataset'],
				message: 'an entry without its dataset must give count and fingerprint',
				params: { zh: '不带数据的条目必须写明 count 和 fingerprint' }
			});
	});
export type DataEntry = z.infer<typeof DataEntrySchema>;
