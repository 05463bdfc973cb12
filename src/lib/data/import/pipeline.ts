/**
 * The import pipeline, bytes in → report out, one straight line: decode (or open the
 * workbook) → table → layout (preamble, header, footer) → shape → convert to canonical
 * records → read them (names resolved once, each record checked once) → compare with what is
 * loaded → the report the preview shows. Pure and synchronous once a workbook reader is loaded:
 * the same code runs in node (tests, command line), in the page and in a Web Worker.
 */
import { importMessage as m } from '../../i18n/import.ts';
import { decodeBytes, decodeText, type Decoded } from '../decode.ts';
import { parseTable, type Table } from '../csvParse.ts';
import { InputError, issueOf, type Bilingual, type DataIssue } from '../issues.ts';
import { LIMITS, megabytes } from '../limits.ts';
import type { Dataset, Source } from '../model.ts';
import { duplicateIssues, findConflicts, withoutLoaded } from './compare.ts';
import type { Context } from './convert.ts';
import { detectShape } from './detect.ts';
import { findLayout, metaValue, type FileMeta } from './layout.ts';
import { previewRows } from './preview.ts';
import { RecordReader } from './read.ts';
import {
	loadSheetReader,
	readWorkbook,
	sheetReaderReady,
	workbookFormat,
	type WorkbookTable
} from './sheet.ts';
import { suggest } from './suggest.ts';
import type { FileFormat, ImportOptions, ImportReport, NewItem, ShapeId } from './types.ts';

/** Where the table came from: how it was decoded, or which sheet of which workbook. */
interface Opened {
	table: Table;
	format: FileFormat;
	decoded: Pick<Decoded, 'encoding' | 'replacedLines'> | null;
	workbook: WorkbookTable | null;
}

function checkSize(bytes: number): void {
	if (bytes > LIMITS.fileBytes)
		throw InputError.from(
			m('limit.file', { size: megabytes(bytes), limit: megabytes(LIMITS.fileBytes) })
		);
}

function openBytes(input: Uint8Array | ArrayBuffer, options: ImportOptions): Opened {
	const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
	checkSize(bytes.length);
	const format = workbookFormat(bytes);
	if (format) {
		if (!sheetReaderReady(format))
			throw new Error(`the ${format} reader is not loaded: use importData`);
		const workbook = readWorkbook(bytes, format, options.sheet);
		const decoded = workbook.encoding ? { encoding: workbook.encoding, replacedLines: [] } : null;
		return { table: workbook.table, format, decoded, workbook };
	}
	const decoded = decodeBytes(bytes, options.encoding);
	return { table: parse(decoded.text, options), format: 'text', decoded, workbook: null };
}

function parse(text: string, options: ImportOptions): Table {
	const progress = options.onProgress;
	return parseTable(text, progress ? { onProgress: (f) => progress(f * 0.7) } : {});
}

/**
 * Import a file's bytes (any supported encoding or workbook). Synchronous: a workbook needs its
 * reader loaded first ({@link importData} does that). Throws InputError when it is not data.
 */
export function importBytes(
	bytes: Uint8Array | ArrayBuffer,
	base: Dataset,
	options: ImportOptions = {}
): ImportReport {
	options.onProgress?.(0);
	return run(openBytes(bytes, options), base, options);
}

/** Import any file: loads the spreadsheet reader first when the bytes are a workbook. */
export async function importData(
	bytes: Uint8Array | ArrayBuffer,
	base: Dataset,
	options: ImportOptions = {}
): Promise<ImportReport> {
	const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
	checkSize(view.length);
	const format = workbookFormat(view);
	if (format) await loadSheetReader(format);
	return importBytes(view, base, options);
}

/** Import text that is already decoded (pasted, or read by the caller). */
export function importText(text: string, base: Dataset, options: ImportOptions = {}): ImportReport {
	checkSize(text.length);
	options.onProgress?.(0);
	const decoded = decodeText(text);
	return run(
		{ table: parse(decoded.text, options), format: 'text', decoded, workbook: null },
		base,
		options
	);
}

const PUBLISHERS: Partial<Record<ShapeId, string>> = {
	wdi: 'World Bank',
	databank: 'World Bank',
	owid: 'Our World in Data',
	nbs: '国家统计局'
};

/** The source the file's rows are attributed to when they name none: the file itself. */
export function fileSource(fileName: string, shape: ShapeId, meta: FileMeta): Source {
	const publisher = metaValue(meta, '数据来源', '资料来源', 'source') ?? PUBLISHERS[shape];
	const date = metaValue(meta, 'last updated date', 'last updated', '更新时间');
	const database = metaValue(meta, '数据库', 'data source', 'data from database', 'database');
	return {
		id: `file:${fileName}`,
		kind: 'import',
		title: fileName,
		file: fileName,
		...(publisher ? { publisher } : {}),
		...(date ? { date } : {}),
		...(database ? { note: database } : {})
	};
}

/** Warnings for lines whose bytes the encoding could not read (at most 100, then a count). */
function encodingIssues(opened: Opened): { issues: DataIssue[]; notes: Bilingual[] } {
	const lines = opened.decoded?.replacedLines ?? [];
	if (lines.length === 0) return { issues: [], notes: [] };
	const shown = lines.slice(0, 10).join(', ');
	const issues = lines
		.slice(0, 100)
		.map((line) =>
			issueOf(
				line,
				'',
				'',
				m('decode.replacedLine', { encoding: opened.decoded?.encoding ?? '' }),
				'warning'
			)
		);
	return {
		issues,
		notes: [
			m('decode.replaced', {
				n: lines.length,
				lines: shown,
				encoding: opened.decoded?.encoding ?? ''
			})
		]
	};
}

function run(opened: Opened, base: Dataset, options: ImportOptions): ImportReport {
	const progress = options.onProgress;
	const fileName = options.fileName?.trim() || 'import.csv';
	const { table } = opened;
	const layout = findLayout(table);
	let reader: RecordReader | undefined;
	const lastLine = table.lines[table.lines.length - 1] ?? 1;
	let emitted = 0;
	const ctx: Context = {
		base,
		rows: table.rows,
		lines: table.lines,
		header: layout.header,
		end: layout.end,
		meta: layout.meta,
		defaults: options.defaults ?? {},
		emit: (record) => {
			reader?.read(record);
			if (progress && ++emitted % 50_000 === 0) progress(0.7 + (0.2 * record.row) / lastLine);
		}
	};
	const { shape, plan } = detectShape(ctx);
	const source = fileSource(fileName, shape, layout.meta);
	reader = new RecordReader(base, plan.columns, {
		sourceKind: 'import',
		fileSource: source,
		names: plan.names,
		decimalComma: table.delimiter === ';' && opened.format === 'text',
		defaultUnit: options.defaults?.unit?.trim() ?? ''
	});
	const conversion = plan.convert();
	const read = reader.finish();
	progress?.(0.9);

	const loaded = withoutLoaded(base, read.addition, {
		observations: read.observationRows,
		targets: read.targetRows
	});
	const addition = loaded.addition;
	const encoding = encodingIssues(opened);
	const issues: DataIssue[] = [
		...encoding.issues,
		...table.issues,
		...conversion.issues,
		...read.issues,
		...duplicateIssues(addition, loaded.rows)
	];
	issues.sort((a, b) => a.row - b.row);
	const notes = dedupe([...encoding.notes, ...conversion.notes, ...read.notes]);
	if (loaded.alreadyLoaded > 0) notes.push(m('note.alreadyLoaded', { n: loaded.alreadyLoaded }));

	const rowsAccepted = read.acceptedRows.size;
	const items = newItems(base, addition, conversion.aggregates);
	const report: ImportReport = {
		fileName,
		format: opened.format,
		encoding: opened.decoded?.encoding ?? null,
		encodingChosen: options.encoding !== undefined && opened.format === 'text',
		delimiter: opened.format === 'text' ? table.delimiter : null,
		lineEnding: opened.format === 'text' ? table.lineEnding : null,
		sheets: opened.workbook?.sheets ?? [],
		sheet: opened.workbook?.sheet ?? null,
		shape,
		shapeLabel: conversion.label,
		headerLine: table.lines[layout.header] ?? 1,
		preambleLines: layout.preambleLines,
		footerLines: layout.footerLines,
		preamble: layout.preamble,
		footer: layout.footer,
		rowsRead: conversion.dataRows,
		rowsAccepted,
		rowsRejected: conversion.dataRows - rowsAccepted - conversion.emptyRows,
		rowsEmpty: conversion.emptyRows,
		figures: addition.observations.length + addition.targets.length,
		alreadyLoaded: loaded.alreadyLoaded,
		missing: conversion.missing,
		issues,
		notes,
		addition,
		rows: loaded.rows,
		...items,
		conflicts: findConflicts(base, addition, loaded.rows),
		preview: previewRows(base, addition, loaded.rows)
	};
	const aggregates = report.newRegions.filter((r) => r.aggregate).map((r) => r.name);
	if (aggregates.length > 0) {
		const shown = aggregates.slice(0, 3).join(', ') + (aggregates.length > 3 ? ' …' : '');
		report.notes.push(m('note.aggregates', { n: aggregates.length, list: shown }));
	}
	progress?.(1);
	return report;
}

function newItems(
	base: Dataset,
	addition: Dataset,
	aggregates: ReadonlySet<string>
): Pick<ImportReport, 'newRegions' | 'newIndicators'> {
	const regionCount = new Map<string, number>();
	const indicatorCount = new Map<string, number>();
	for (const list of [addition.observations, addition.targets]) {
		for (const f of list) {
			regionCount.set(f.region, (regionCount.get(f.region) ?? 0) + 1);
			indicatorCount.set(f.indicator, (indicatorCount.get(f.indicator) ?? 0) + 1);
		}
	}
	const newRegions: NewItem[] = addition.regions.map((r) => ({
		id: r.id,
		name: r.zh,
		figures: regionCount.get(r.id) ?? 0,
		...(aggregates.has(r.id) ? { aggregate: true } : {}),
		suggestions: aggregates.has(r.id) ? [] : suggest(r.zh, base.regions)
	}));
	const newIndicators: NewItem[] = addition.indicators.map((i) => ({
		id: i.id,
		name: i.zh,
		figures: indicatorCount.get(i.id) ?? 0,
		suggestions: suggest(i.zh, base.indicators)
	}));
	return { newRegions, newIndicators };
}

function dedupe<T extends { zh: string }>(items: T[]): T[] {
	const seen = new Set<string>();
	return items.filter((i) => !seen.has(i.zh) && seen.add(i.zh) !== undefined);
}
