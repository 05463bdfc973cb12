/**
 * Importing and exporting analysts' data files (data-format.md §1–3). The pure pipeline
 * ({@link importBytes}, {@link importData}, {@link importText}) turns a file into an
 * {@link ImportReport}; {@link applyImport} turns a report into a new dataset; the import
 * service (service.ts) runs the pipeline off the page's main thread.
 */
export { importBytes, importData, importText, fileSource } from './pipeline.ts';
export { applyImport, resolveAddition, mapAddition } from './apply.ts';
export { findConflicts, withoutLoaded } from './compare.ts';
export { review, previewRows } from './preview.ts';
export { readRecords, RecordReader } from './read.ts';
export { decodeBytes, decodeText, type Decoded } from '../decode.ts';
export { detectDelimiter, detectLineEnding, parseTable, type Table } from '../csvParse.ts';
export { suggest, similarity } from './suggest.ts';
export { loadSheetReader, workbookFormat } from './sheet.ts';
export {
	templateCsv,
	templateCsvForExcel,
	canonicalCsvForExcel,
	withBom,
	UTF8_BOM
} from './template.ts';
export { writeCanonical } from '../canonical.ts';
export type * from './types.ts';
export { SHAPES, ENCODINGS, CHOSEN_ENCODINGS, DELIMITERS } from './types.ts';
