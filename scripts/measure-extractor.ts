/**
 * How well does the extractor find the figures of the seed documents?
 *
 *   npx tsx scripts/measure-extractor.ts [--figures seeds/figures.csv] [--seeds DIR] [--slack N]
 *
 * Runs `extractFigures` on each seed document named in the answer key (`seeds/figures.csv`,
 * made by hand) and prints recall and precision per document and overall, then every miss and
 * every false positive. The matching rule is documented in src/lib/domain/extract/measure.ts.
 * Each document is read with the year its `seeds/sources.csv` row gives (`date`), as a user
 * would pass it; no region is passed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseRows } from '../src/lib/data/csvParse.ts';
import { extractFigures } from '../src/lib/domain/extract/index.ts';
import {
	expectedItems,
	measure,
	type KeyRow,
	type Report,
	type Score
} from '../src/lib/domain/extract/measure.ts';
import type { Candidate } from '../src/lib/domain/extract/types.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

function argument(name: string, fallback: string): string {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}

function records(path: string): KeyRow[] {
	const [head = [], ...rows] = parseRows(readFileSync(path, 'utf8'));
	return rows
		.filter((r) => r.some((c) => c.trim() !== ''))
		.map((r) => Object.fromEntries(head.map((h, i) => [h.trim(), (r[i] ?? '').trim()])));
}

/** The folder holding the seed texts: `given`, else `seeds/`, else the shared copy; null if none. */
export function seedFolder(files: readonly string[], given = ''): string | null {
	if (given) return given.endsWith('/') ? given : `${given}/`;
	for (const dir of [`${ROOT}seeds/`, '/work/shared/seeds/']) {
		if (files.every((f) => existsSync(`${dir}${f}`))) return dir;
	}
	return null;
}

/** A measurement run: the report, the texts it was made on, and where they came from. */
export interface Measurement {
	report: Report;
	texts: Record<string, string>;
	candidates: Record<string, Candidate[]>;
	figuresPath: string;
	seedDir: string;
	rows: number;
	milliseconds: Record<string, number>;
}

/**
 * Measure the extractor against the answer key, or return null when the key or the seed texts
 * are not there (yet).
 */
export function measureSeeds(
	figuresPath = `${ROOT}seeds/figures.csv`,
	seeds = '',
	slack = 0
): Measurement | null {
	if (!existsSync(figuresPath)) return null;
	const key = records(figuresPath);
	const files = [...new Set(key.flatMap((r) => (r.source ?? '').split(' | ').map((s) => s.trim())))]
		.filter(Boolean)
		.sort();
	const dir = seedFolder(files, seeds);
	if (dir === null) return null;
	const sourcesPath = `${ROOT}seeds/sources.csv`;
	const years = new Map<string, number>();
	if (existsSync(sourcesPath)) {
		for (const r of records(sourcesPath)) {
			const y = /^(\d{4})/.exec(r.date ?? '')?.[1];
			if (r.file && y) years.set(r.file, Number(y));
		}
	}
	const texts: Record<string, string> = {};
	const candidates: Record<string, Candidate[]> = {};
	const milliseconds: Record<string, number> = {};
	for (const file of files) {
		const text = readFileSync(`${dir}${file}`, 'utf8');
		texts[file] = text;
		const documentYear = years.get(file);
		const started = performance.now();
		candidates[file] = extractFigures(text, documentYear === undefined ? {} : { documentYear });
		milliseconds[file] = performance.now() - started;
	}
	const report = measure(expectedItems(key, texts), candidates, slack);
	return { report, texts, candidates, figuresPath, seedDir: dir, rows: key.length, milliseconds };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const line = (name: string, s: Score): string =>
	`${name.padEnd(28)} expected ${String(s.expected).padStart(4)}  found ${String(s.candidates).padStart(4)}  ` +
	`matched ${String(s.matched).padStart(4)}  recall ${pct(s.recall).padStart(6)}  precision ${pct(s.precision).padStart(6)}  ` +
	`(agree: kind ${s.agree.kind}, comparator ${s.agree.comparator}, year ${s.agree.year})`;

function show(c: Candidate, text: string): string {
	const range = c.valueMax === null ? `${c.value}` : `${c.value}–${c.valueMax}`;
	const excerpt = text.slice(c.span.start, c.span.end).replace(/\s+/g, ' ').slice(0, 60);
	return `${range}${c.unit} ${c.kind} ${c.comparator ?? ''} @${c.valueSpan.start} 「${c.indicatorPhrase}」 ${excerpt}`;
}

function main(): void {
	const run = measureSeeds(
		argument('figures', `${ROOT}seeds/figures.csv`),
		argument('seeds', ''),
		Number(argument('slack', '0'))
	);
	if (run === null) {
		console.log('No answer key (seeds/figures.csv) or no seed texts found: nothing to measure.');
		process.exitCode = 1;
		return;
	}
	const { report, texts } = run;
	for (const [file, ms] of Object.entries(run.milliseconds)) {
		console.log(`${file}: ${run.candidates[file]?.length ?? 0} candidates in ${ms.toFixed(1)} ms`);
	}
	console.log(`\nAnswer key: ${run.figuresPath} (${run.rows} rows); texts from ${run.seedDir}\n`);
	for (const d of report.documents) console.log(line(d.file, d));
	console.log(line('overall', report.overall));
	if (report.excerptsNotFound.length > 0) {
		console.log('\nExcerpts not found in their file (counted as misses):');
		for (const i of report.excerptsNotFound)
			console.log(`  line ${i.line} ${i.file}: 「${i.excerpt}」`);
	}
	for (const d of report.documents) {
		if (d.misses.length === 0 && d.falsePositives.length === 0) continue;
		console.log(`\n${d.file}`);
		for (const m of d.misses) {
			const range = m.valueMax === null ? `${m.value}` : `${m.value}–${m.valueMax}`;
			console.log(
				`  miss  line ${m.line}: ${range}${m.unit} ${m.kind} 「${m.indicator}」 ${m.excerpt}`
			);
		}
		for (const c of d.falsePositives) console.log(`  extra ${show(c, texts[d.file] ?? '')}`);
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
