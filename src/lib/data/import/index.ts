/**
 * Importing and exporting analysts' data files (data-format.md §1–3). The pure pipeline
 * ({@link importBytes}, {@link importText}) turns a file into an {@link ImportReport};
 * {@link applyImport} turns a report into a new dataset; {@link importInWorker} runs the
 * pipeline off the page's main thread.
 */
export { importBytes, importText, fileSource } from './pipeline.ts';
export { applyImport } from './apply.ts';
export { findConflicts } from './conflicts.ts';
export { decodeBytes, decodeText, type Decoded } from './decode.ts';
export { detectDelimiter, detectLineEnding, parseTable, type Table } from './table.ts';
export { suggest, similarity } from './suggest.ts';
export {
	templateCsv,
	templateCsvForExcel,
	canonicalCsvForExcel,
	withBom,
	UTF8_BOM
} from './template.ts';
export { writeCanonical } from '../canonical.ts';
export type * from './types.ts';
export { SHAPES, ENCODINGS, DELIMITERS } from './types.ts';
