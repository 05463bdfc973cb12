/**
 * `extract FILE [--format json|csv] [--region NAME] [--year YYYY]`: the targets and statistics
 * found in a plain-text policy document (UTF-8, GBK/GB18030 or UTF-16), with the date, plan
 * period and region the document states of itself. An empty file and one that is not text
 * are refused with one sentence.
 */
import { statSync } from 'node:fs';
import { toCsv, type Cell } from '../../lib/data/csv.ts';
import { decodeDocument } from '../../lib/data/document.ts';
import { InputError } from '../../lib/data/issues.ts';
import {
	readDocument,
	type Candidate,
	type ExtractOptions
} from '../../lib/domain/extract/index.ts';
import { txBoth } from '../../lib/i18n/extract.ts';
import { option, onlyOptions, type Args } from '../args.ts';
import { jsonText, out, outText, readInput } from '../io.ts';

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

/** The largest document read, in bytes (a plan runs to a few hundred kilobytes). */
const MAX_BYTES = 8 * 1024 * 1024;

/** `path` when it is a regular file of a readable size; otherwise one sentence. */
function regularFile(path: string): string {
	let size: number;
	try {
		const stat = statSync(path);
		if (!stat.isFile()) {
			const { zh, en } = txBoth('cli.notFile', { name: path });
			throw new InputError(zh, en);
		}
		size = stat.size;
	} catch (error) {
		if (error instanceof InputError) throw error;
		return path; // readInput says it cannot be read
	}
	if (size > MAX_BYTES) {
		const { zh, en } = txBoth('cli.tooLarge', { name: path, mb: MAX_BYTES / 1024 / 1024 });
		throw new InputError(zh, en);
	}
	return path;
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
			const { zh, en } = txBoth('cli.year', { year });
			throw new InputError(zh, en);
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
		const { zh, en } = txBoth('cli.usage');
		throw new InputError(zh, en);
	}
	const { text } = decodeDocument(readInput(regularFile(file)), file);
	const { candidates, time, documentYear, region } = readDocument(text, extractOptions(args));
	if (format === 'json') {
		const document = { date: time.date, plan: time.plan, year: documentYear, region };
		out(jsonText({ file, document, candidates }));
		return;
	}
	outText(toCsv([CSV_COLUMNS, ...candidates.map((c) => csvRow(c, text))]));
}
