/**
 * How well does the extractor read plans? `npm run --silent measure:extract [-- --details]`
 *
 * Runs the extractor on each document of the two answer keys, the way an analyst does: the text
 * pasted, nothing else said (no region, no year: the extractor infers them). The keys were
 * written by reading the documents, never from the extractor's output:
 * - `tests/fixtures/extract/key.csv`: plan texts written for the tests (in that folder);
 * - `tests/fixtures/extract/seed-key.csv`: the five seed documents, read from
 *   `$MUBIAO_SEED_DIR`, else `../shared/seeds/` beside the repository (skipped when absent).
 * Prints recall and precision per document and overall, for the value alone and strictly
 * (value, year, kind and comparator); with `--details`, every miss, false positive and wrong
 * field. The rules are in scripts/extractor-score.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseRows } from '../src/lib/data/csvParse.ts';
import { extractFigures } from '../src/lib/domain/extract/index.ts';
import {
	keyItems,
	scoreExtraction,
	type KeyRow,
	type Score,
	type Scored,
	type Scores
} from './extractor-score.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const FIXTURE_DIR = `${ROOT}tests/fixtures/extract/`;

function records(path: string): KeyRow[] {
	const [head = [], ...rows] = parseRows(readFileSync(path, 'utf8'));
	return rows
		.filter((r) => r.some((c) => c.trim() !== ''))
		.map((r) => Object.fromEntries(head.map((h, i) => [h.trim(), r[i] ?? ''])));
}

/** The folder of the seed documents (with a final slash). */
export function seedFolder(env: NodeJS.ProcessEnv = process.env): string {
	const dir = env.MUBIAO_SEED_DIR || `${ROOT}../shared/seeds/`;
	return dir.endsWith('/') ? dir : `${dir}/`;
}

/** One key measured: its scores, the texts and what was found, and how long each took. */
export interface Measurement {
	name: string;
	scores: Scores;
	texts: Map<string, string>;
	found: Map<string, Scored[]>;
	milliseconds: Map<string, number>;
}

/**
 * Measure the extractor against a key whose documents are in `dir`, or return null (with the
 * missing files) when some document is not there.
 */
export function measureKey(
	name: string,
	keyPath: string,
	dir: string
): { measurement: Measurement | null; missing: string[] } {
	const rows = records(keyPath);
	const files = [...new Set(rows.map((r) => r.file ?? ''))].filter(Boolean).sort();
	const missing = files.filter((f) => !existsSync(`${dir}${f}`));
	if (missing.length > 0) return { measurement: null, missing };
	const texts = new Map<string, string>();
	const found = new Map<string, Scored[]>();
	const milliseconds = new Map<string, number>();
	for (const file of files) {
		const text = readFileSync(`${dir}${file}`, 'utf8');
		texts.set(file, text);
		const started = performance.now();
		found.set(file, extractFigures(text));
		milliseconds.set(file, performance.now() - started);
	}
	const scores = scoreExtraction(keyItems(rows, Object.fromEntries(texts)), found);
	return { measurement: { name, scores, texts, found, milliseconds }, missing };
}

/** The fixture key: always present. */
export function measureFixtures(): Measurement {
	const { measurement } = measureKey('written for the tests', `${FIXTURE_DIR}key.csv`, FIXTURE_DIR);
	if (!measurement) throw new Error(`${FIXTURE_DIR}: a fixture text of key.csv is missing.`);
	return measurement;
}

/** The seed key, or null with the missing files when the seed documents are absent. */
export function measureSeeds(dir = seedFolder()): ReturnType<typeof measureKey> {
	return measureKey('seed documents', `${FIXTURE_DIR}seed-key.csv`, dir);
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);

function line(name: string, v: Score, s: Score): string {
	return (
		`${name.padEnd(30)} ${String(v.expected).padStart(4)} ${String(v.candidates).padStart(5)}` +
		`   ${pct(v.recall)} ${pct(v.precision)}   ${pct(s.recall)} ${pct(s.precision)}`
	);
}

const HEADER =
	`${'document'.padEnd(30)} ${'key'.padStart(4)} ${'found'.padStart(5)}` +
	`   ${'value: recall, precision'.padEnd(16)}  strict: recall, precision`;

function show(c: Scored): string {
	const range = c.valueMax === null ? `${c.value}` : `${c.value}–${c.valueMax}`;
	return `${range}${c.unit} ${c.kind} ${c.comparator ?? ''} ${c.year ?? '-'} @${c.valueSpan.start} 「${c.indicatorPhrase}」`;
}

function details(m: Measurement): void {
	for (const d of m.scores.documents) {
		if (d.misses.length + d.falsePositives.length + d.wrong.length === 0) continue;
		console.log(`\n${d.file}`);
		for (const i of d.misses) {
			console.log(
				`  miss  line ${i.line}: ${i.value}${i.unit} ${i.kind} ${i.year ?? '-'} 「${i.excerpt}」`
			);
		}
		for (const c of d.falsePositives) console.log(`  extra ${show(c)}`);
		for (const w of d.wrong) {
			const want = `${w.item.kind} ${w.item.comparator} ${w.item.year ?? '-'}`;
			console.log(
				`  wrong line ${w.item.line} (${w.fields.join(', ')}): want ${want}, got ${show(w.candidate)}`
			);
		}
	}
}

function print(m: Measurement, withDetails: boolean): void {
	console.log(`\n${m.name}`);
	console.log(HEADER);
	for (const d of m.scores.documents) console.log(line(d.file, d.value, d.strict));
	console.log(line('overall', m.scores.overall.value, m.scores.overall.strict));
	for (const i of m.scores.excerptsNotFound) {
		console.log(`  key line ${i.line}: the excerpt 「${i.excerpt}」 is not in ${i.file}`);
	}
	if (withDetails) details(m);
}

function main(): void {
	const withDetails = process.argv.includes('--details');
	const fixtures = measureFixtures();
	print(fixtures, withDetails);
	const seeds = measureSeeds();
	if (seeds.measurement) print(seeds.measurement, withDetails);
	else console.log(`\nseed documents: not measured, absent (${seeds.missing.join(', ')})`);
	const all = [fixtures, ...(seeds.measurement ? [seeds.measurement] : [])];
	const sum = (pick: (m: Measurement) => Score): Score => {
		const n = (f: (s: Score) => number) => all.reduce((t, m) => t + f(pick(m)), 0);
		const expected = n((s) => s.expected);
		const candidates = n((s) => s.candidates);
		const matched = n((s) => s.matched);
		return {
			expected,
			candidates,
			matched,
			recall: expected ? matched / expected : 1,
			precision: candidates ? matched / candidates : 1
		};
	};
	console.log('');
	console.log(
		line(
			'all documents',
			sum((m) => m.scores.overall.value),
			sum((m) => m.scores.overall.strict)
		)
	);
	let ms = 0;
	for (const m of all) for (const t of m.milliseconds.values()) ms += t;
	console.log(`\nextraction time, all documents: ${ms.toFixed(0)} ms`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
