/**
 * The closed vocabularies of the data model, kept free of zod so that code running in the page
 * can use them without loading the schema library. The domain's own (comparators, directions,
 * levels) are defined once in `domain/vocabulary.ts`.
 */
export {
	REGION_LEVELS,
	DIRECTIONS,
	COMPARATORS,
	METHODS,
	seriesKey,
	type RegionLevel,
	type Direction,
	type Comparator,
	type Method
} from '../domain/vocabulary.ts';

/**
 * Where a source sits in the precedence of engine.md ("the imported value wins over the seed
 * value, and the seed value wins over the reference value"). `document` is a policy text read
 * by the extractor in the page and `entered` a value the analyst typed in with its source
 * ("用户录入"); both rank with imports. `scenario` data overrides everything.
 */
export const SOURCE_KINDS = [
	'reference',
	'seed',
	'import',
	'document',
	'entered',
	'scenario'
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Higher wins when two sources give a value for the same region, indicator and year. */
export const SOURCE_PRECEDENCE: Readonly<Record<SourceKind, number>> = {
	reference: 0,
	seed: 1,
	import: 2,
	document: 2,
	entered: 2,
	scenario: 3
};
