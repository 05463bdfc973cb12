/**
 * The built-in dataset: the registry files and the figures in `seeds/`, read the same way in
 * the page (bundled as text) and in the command line (read from disk).
 */
import { z } from 'zod';
import { parseRows } from './csvParse.ts';
import { recordsFromRows } from './canonical.ts';
import { readRecords } from './import/read.ts';
import { mergeDataset } from './dataset.ts';
import { indexDataset } from './registry.ts';
import type { DataIssue } from './issues.ts';
import {
	DatasetSchema,
	IndicatorSchema,
	RegionSchema,
	SourceSchema,
	type Dataset,
	type Indicator,
	type Observation,
	type Region,
	type Source
} from './model.ts';

/** The text of each seed file, by name. */
export interface SeedFiles {
	'regions.csv': string;
	'indicators.csv': string;
	'sources.csv': string;
	'figures.csv': string;
	'reference.csv': string;
	'conflicts.csv': string;
}
export const SEED_FILE_NAMES = [
	'regions.csv',
	'indicators.csv',
	'sources.csv',
	'figures.csv',
	'reference.csv',
	'conflicts.csv'
] as const satisfies readonly (keyof SeedFiles)[];

/** Header-keyed records of a small registry CSV. */
function table(text: string): Record<string, string>[] {
	const [head = [], ...rows] = parseRows(text);
	return rows
		.filter((r) => r.some((c) => c.trim() !== ''))
		.map((r) => Object.fromEntries(head.map((h, i) => [h.trim(), (r[i] ?? '').trim()])));
}

const list = (s: string | undefined): string[] =>
	s
		? s
				.split('|')
				.map((a) => a.trim())
				.filter(Boolean)
		: [];
const optional = (s: string | undefined): string | undefined => (s ? s : undefined);
const optionalNumber = (s: string | undefined): number | undefined => (s ? Number(s) : undefined);

function parseTable<T>(
	name: string,
	text: string,
	toItem: (r: Record<string, string>) => unknown,
	schema: z.ZodType<T>
): T[] {
	return table(text).map((r, i) => {
		const result = schema.safeParse(toItem(r));
		if (!result.success) {
			throw new Error(`seeds/${name} line ${i + 2}: ${z.prettifyError(result.error)}`);
		}
		return result.data;
	});
}

/**
 * The reference file keeps its caveats in `note` (shared/reference/README.md): "YEAR NOT STATED"
 * where the source gave no year and the likeliest one was taken. Such a year is marked inferred
 * wherever the figure is shown. ("year as given", a reporting date used as the year, stays in
 * the note that the source view shows.)
 */
const INFERRED_YEAR_NOTE = /year not stated/i;

function markInferredYear(o: Observation): Observation {
	return o.year !== null && o.note && INFERRED_YEAR_NOTE.test(o.note)
		? { ...o, yearInferred: true }
		: o;
}

export interface SeedLoad {
	dataset: Dataset;
	/** Problems in the figure files (a test keeps this list free of errors). */
	issues: { file: string; issue: DataIssue }[];
}

/** Build the built-in dataset from the seed files' text. */
export function buildSeedDataset(files: SeedFiles): SeedLoad {
	const regions = parseTable<Region>(
		'regions.csv',
		files['regions.csv'],
		(r) => ({
			id: r.id,
			zh: r.zh,
			en: r.en,
			level: r.level,
			aliases: list(r.aliases),
			...(r.parent ? { parent: r.parent } : {})
		}),
		RegionSchema
	);
	const indicators = parseTable<Indicator>(
		'indicators.csv',
		files['indicators.csv'],
		(r) => ({
			id: r.id,
			zh: r.zh,
			en: r.en,
			unit: r.unit ?? '',
			direction: r.direction || 'up',
			aliases: list(r.aliases),
			...(r.lower_bound ? { lowerBound: optionalNumber(r.lower_bound) } : {}),
			...(r.upper_bound ? { upperBound: optionalNumber(r.upper_bound) } : {}),
			...(r.note ? { note: r.note } : {})
		}),
		IndicatorSchema
	);
	const sources = parseTable<Source>(
		'sources.csv',
		files['sources.csv'],
		(r) => ({
			id: r.id,
			kind: r.kind || 'seed',
			title: r.title,
			...(r.plan_start ? { planStart: Number(r.plan_start) } : {}),
			...(r.horizon ? { horizon: Number(r.horizon) } : {}),
			...Object.fromEntries(
				(['titleEn', 'publisher', 'date', 'file', 'note'] as const)
					.map((k) => [k, optional(k === 'titleEn' ? r.title_en : r[k])])
					.filter(([, v]) => v !== undefined)
			)
		}),
		SourceSchema
	);

	let dataset: Dataset = { sources, regions, indicators, observations: [], targets: [] };
	const issues: SeedLoad['issues'] = [];
	for (const [file, kind] of [
		['figures.csv', 'seed'],
		['reference.csv', 'reference']
	] as const) {
		const { records, headers } = recordsFromRows(parseRows(files[file]));
		const read = readRecords(records, dataset, { sourceKind: kind, headers });
		for (const i of read.issues) issues.push({ file, issue: i });
		const addition =
			kind === 'reference'
				? { ...read.addition, observations: read.addition.observations.map(markInferredYear) }
				: read.addition;
		dataset = mergeDataset(dataset, addition);
	}
	// Known disagreements between sources, by names that must resolve.
	const idx = indexDataset(dataset);
	const conflicts = table(files['conflicts.csv']).map((r, i) => {
		const region = idx.regions.resolve(r.region ?? '');
		const indicator = idx.indicators.resolve(r.indicator ?? '');
		if (!region || !indicator)
			throw new Error(`seeds/conflicts.csv line ${i + 2}: unknown region or indicator`);
		return {
			region: region.id,
			indicator: indicator.id,
			years: list(r.years).map(Number),
			...(r.break_year ? { breakYear: Number(r.break_year) } : {}),
			note: { zh: r.note_zh ?? '', en: r.note_en ?? '' }
		};
	});
	if (conflicts.length > 0) dataset = { ...dataset, conflicts };
	return { dataset: DatasetSchema.parse(dataset), issues };
}
