/**
 * `extract FILE [--format json|csv] [--region NAME] [--year YYYY]`: the targets and statistics
 * found in a plain-text policy document (UTF-8, or GBK/GB18030).
 */
import { toCsv, type Cell } from '../../lib/data/csv.ts';
import { InputError } from '../../lib/data/issues.ts';
import {
	extractFigures,
	type Candidate,
	type ExtractOptions
} from '../../lib/domain/extract/index.ts';
import { option, onlyOptions, type Args } from '../args.ts';
import { out, readInput } from '../io.ts';

/** Columns of the CSV output, close to the canonical long CSV (data-format.md §1). */
const CSV_COLUMNS = [
	'region',
	'indicator',
	'year',
	'value',
	'unit',
	'kind',
	'comparator',
	'value_max',
	'approximate',
	'confidence',
	'section',
	'excerpt',
	'start',
	'end'
] as const;

/** The text of a file: strict UTF-8 (a BOM dropped), else GB18030 (which covers GBK). */
export function decodeText(bytes: Uint8Array): string {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return new TextDecoder('gb18030').decode(bytes);
	}
}

function single(args: Args, name: string): string | undefined {
	const values = args.options.get(name);
	return values && values.length > 0 ? values[values.length - 1] : undefined;
}

function extractOptions(args: Args): ExtractOptions {
	const options: ExtractOptions = {};
	const region = single(args, 'region');
	if (region !== undefined && region.trim() !== '') options.defaultRegion = region.trim();
	const year = single(args, 'year');
	if (year !== undefined) {
		if (!/^\d{4}$/.test(year.trim())) {
			throw new InputError(
				`--year 应为四位年份，而不是“${year}”。`,
				`--year must be a four-digit year, not "${year}".`
			);
		}
		options.documentYear = Number(year);
	}
	return options;
}

function csvRow(c: Candidate, text: string): Cell[] {
	return [
		c.region,
		c.indicatorPhrase,
		c.year,
		c.value,
		c.unit,
		c.kind,
		c.comparator,
		c.valueMax,
		c.approximate ? 'true' : '',
		c.confidence,
		c.section,
		text.slice(c.span.start, c.span.end).replace(/\s+/g, ' ').trim(),
		c.span.start,
		c.span.end
	];
}

export async function extractCommand(args: Args): Promise<void> {
	onlyOptions(args, ['format', 'region', 'year']);
	const format = option(args, 'format', ['json', 'csv'] as const, 'json');
	const file = args.positionals[0];
	if (!file || args.positionals.length > 1) {
		throw new InputError(
			'用法：extract 文件 [--format json|csv]',
			'Usage: extract FILE [--format json|csv]'
		);
	}
	const text = decodeText(readInput(file));
	const candidates = extractFigures(text, extractOptions(args));
	if (format === 'json') {
		out(JSON.stringify({ file, candidates }, null, 2));
		return;
	}
	out(toCsv([CSV_COLUMNS, ...candidates.map((c) => csvRow(c, text))]));
}
