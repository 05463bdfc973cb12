/**
 * Schemas of a data layer's description (what it is, the series it touches, its import report),
 * shared by the browser's store of layers and the scenario file that carries them. Their limits
 * are the importer's own ({@link LIMITS}): whatever an import, an extraction or an entry form
 * accepts can be stored, exported, linked and read back.
 */
import { z } from 'zod';
import { SHAPES } from './import/types.ts';
import { WORKBOOK_FORMATS } from './import/sheet.ts';
import { LAYER_KINDS, TOUCHES_MAX } from './layers.ts';
import { LIMITS } from './limits.ts';

/** A name as the importer accepts one: a cell's worth of text. */
export const nameText = z.string().trim().min(1).max(LIMITS.cellChars);
const count = z.number().int().nonnegative();

export const LayerIdSchema = z
	.string()
	.regex(/^[a-z]{3}-[0-9a-z]{1,12}-[0-9a-f]{12}$/, { message: 'not a data layer id' });

export const FingerprintSchema = z.string().regex(/^[0-9a-f]{16}$/, {
	message: 'must be 16 hexadecimal digits'
});

export const TouchesSchema = z.strictObject({
	series: z
		.array(z.tuple([nameText, nameText]))
		.max(TOUCHES_MAX)
		.optional(),
	indicators: z.array(nameText).max(TOUCHES_MAX).optional()
});

export const ImportSummarySchema = z.strictObject({
	shape: z.enum(SHAPES),
	shapeLabel: z.strictObject({ zh: z.string().max(1000), en: z.string().max(1000) }),
	format: z.enum(['text', ...WORKBOOK_FORMATS]),
	encoding: z.string().max(40).nullable(),
	sheet: z.string().max(LIMITS.cellChars).nullable(),
	rowsRead: count,
	rowsAccepted: count,
	rowsRejected: count,
	errors: count,
	warnings: count,
	alreadyLoaded: count
});

/** What a layer is, without its figures (the fields of `LayerInfo`). */
export const layerInfoFields = {
	id: LayerIdSchema,
	kind: z.enum(LAYER_KINDS),
	name: nameText,
	addedAt: count,
	position: z.number().refine(Number.isFinite, { message: 'must be a finite number' }),
	count,
	fingerprint: FingerprintSchema,
	touches: TouchesSchema,
	summary: ImportSummarySchema.optional()
};
