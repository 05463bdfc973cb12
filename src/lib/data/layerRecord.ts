/**
 * A data layer as the browser stores it: its description, the sources, regions and indicators
 * it brings, and its figures packed in columns (import/parts.ts: a table of strings and typed
 * arrays), which IndexedDB clones in a fraction of the time objects take. A record read back is
 * checked field by field — a damaged one gives null, never a half-read layer.
 */
import { z } from 'zod';
import { asColumnar } from './columnar.ts';
import { packPart, unpackPart, type PackedPart } from './import/parts.ts';
import type { DataLayer } from './layers.ts';
import type { UndoStep } from './layerStore.ts';
import { LayerIdSchema, layerInfoFields } from './layerSchema.ts';
import {
	ConflictNoteSchema,
	IndicatorSchema,
	ObservationSchema,
	ProvenanceSchema,
	RegionSchema,
	SourceSchema,
	TargetSchema,
	type Dataset,
	type Observation
} from './model.ts';

export const RECORD_FORMAT = 'mubiao-layer';
export const RECORD_VERSION = 1;

/** One layer in the store. `removed`: deleted, kept only while an undo step can bring it back. */
export interface LayerRecord {
	format: typeof RECORD_FORMAT;
	version: typeof RECORD_VERSION;
	layer: Omit<DataLayer, 'data'>;
	removed: boolean;
	defs: Pick<Dataset, 'sources' | 'regions' | 'indicators' | 'conflicts'>;
	figures: PackedPart;
}

/** The record of a loaded layer (a layer without data is never stored). */
export function toRecord(layer: DataLayer & { data: Dataset }, removed = false): LayerRecord {
	const { data, ...info } = layer;
	const defs: LayerRecord['defs'] = {
		sources: data.sources,
		regions: data.regions,
		indicators: data.indicators
	};
	if (data.conflicts) defs.conflicts = data.conflicts;
	return {
		format: RECORD_FORMAT,
		version: RECORD_VERSION,
		layer: info,
		removed,
		defs,
		figures: packPart(data.observations, data.targets)
	};
}

const HeadSchema = z.strictObject({
	format: z.literal(RECORD_FORMAT),
	version: z.literal(RECORD_VERSION),
	layer: z.strictObject({ ...layerInfoFields, on: z.boolean() }),
	removed: z.boolean(),
	defs: z.strictObject({
		sources: z.array(SourceSchema),
		regions: z.array(RegionSchema),
		indicators: z.array(IndicatorSchema),
		conflicts: z.array(ConflictNoteSchema).optional()
	}),
	figures: z.unknown()
});

const PackedSchema = z.strictObject({
	strings: z.array(z.string()),
	provenances: z.array(z.array(ProvenanceSchema).min(1)),
	region: z.instanceof(Uint32Array),
	indicator: z.instanceof(Uint32Array),
	value: z.instanceof(Float64Array),
	year: z.instanceof(Int32Array),
	provenance: z.instanceof(Uint32Array),
	packed: z.instanceof(Uint8Array),
	observations: z.array(ObservationSchema),
	targets: z.array(TargetSchema)
});

/** Whether the packed columns agree with each other and hold what an observation may. */
function consistent(p: z.infer<typeof PackedSchema>): boolean {
	const n = p.region.length;
	if ([p.indicator, p.value, p.year, p.provenance].some((a) => a.length !== n)) return false;
	let plain = 0;
	for (const flag of p.packed) {
		if (flag === 1) plain++;
		else if (flag !== 0) return false;
	}
	if (plain !== n || p.packed.length - n !== p.observations.length) return false;
	if (p.strings.some((s) => s.trim() === '')) return false;
	for (let i = 0; i < n; i++) {
		const year = p.year[i] as number;
		if (
			(p.region[i] as number) >= p.strings.length ||
			(p.indicator[i] as number) >= p.strings.length ||
			(p.provenance[i] as number) >= p.provenances.length ||
			!Number.isFinite(p.value[i]) ||
			(year !== -1 && (year < 1900 || year > 2200))
		)
			return false;
	}
	return true;
}

/** A stored record back as a layer and its flag, or null when it is damaged in any way. */
export function fromRecord(value: unknown): { layer: DataLayer; removed: boolean } | null {
	const head = HeadSchema.safeParse(value);
	if (!head.success) return null;
	const packed = PackedSchema.safeParse(head.data.figures);
	if (!packed.success || !consistent(packed.data)) return null;
	const { observations, targets } = unpackPart(packed.data as PackedPart);
	const data: Dataset = {
		sources: head.data.defs.sources,
		regions: head.data.defs.regions,
		indicators: head.data.defs.indicators,
		observations: observations as Observation[],
		targets
	};
	if (head.data.defs.conflicts) data.conflicts = head.data.defs.conflicts;
	if (data.observations.length + data.targets.length !== head.data.layer.count) return null;
	const { summary, ...info } = head.data.layer;
	const layer: DataLayer = { ...info, ...(summary ? { summary } : {}), data: asColumnar(data) };
	return { layer, removed: head.data.removed };
}

/** The name a damaged record still gives, if any (for saying which one was skipped). */
export function recordName(value: unknown): string | null {
	const named = z
		.object({ layer: z.object({ name: z.string().min(1).max(200) }) })
		.safeParse(value);
	return named.success ? named.data.layer.name : null;
}

const StepSchema = z.strictObject({
	kind: z.enum(['add', 'remove']),
	layer: LayerIdSchema,
	label: z.strictObject({ zh: z.string().max(2000), en: z.string().max(2000) }),
	at: z.number().int().nonnegative()
});

/** The stored undo steps, or null when the record is damaged (none stored: no steps). */
export function journalOf(value: unknown): UndoStep[] | null {
	const parsed = z
		.array(StepSchema)
		.max(1000)
		.safeParse(value ?? []);
	return parsed.success ? parsed.data : null;
}
