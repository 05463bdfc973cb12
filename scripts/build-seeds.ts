/**
 * Rebuild `seeds/figures.csv` from the seed documents, the extractor and the recorded human
 * decisions (`seeds/corrections.json`):
 *
 *   npx tsx scripts/build-seeds.ts [--check]
 *
 * The documents are read from `$MUBIAO_SEED_DIR`, else `../shared/seeds/` beside the repository.
 * Without `--check` the file is written (when it changes) and the decisions are counted. With
 * `--check` nothing is written: the exit code is 1 and a summary of the differing lines is printed
 * when the committed file is not what the documents and decisions give. Decisions that no longer
 * fit the extractor's output (a value moved or read differently, a candidate left undecided) are
 * errors in both modes.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractFigures } from '../src/lib/domain/extract/index.ts';
import type { Candidate } from '../src/lib/domain/extract/types.ts';
import { buildFigures, type BuildCounts, type BuildResult } from './seeds/build.ts';
import { extractOptions, parseCorrections } from './seeds/corrections.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const FIGURES = `${ROOT}seeds/figures.csv`;
const CORRECTIONS = `${ROOT}seeds/corrections.json`;

/** The folder holding the seed documents (with a final slash). */
export function seedDir(env: NodeJS.ProcessEnv = process.env): string {
	const dir = env.MUBIAO_SEED_DIR || `${ROOT}../shared/seeds/`;
	return dir.endsWith('/') ? dir : `${dir}/`;
}

/**
 * Rebuild the figures from the documents in `dir`, or null (with the missing files) when some
 * document is not there.
 */
export function rebuild(dir = seedDir()): { result: BuildResult; missing: string[] } {
	const corrections = parseCorrections(JSON.parse(readFileSync(CORRECTIONS, 'utf8')));
	const texts: Record<string, string> = {};
	const candidates: Record<string, Candidate[]> = {};
	const missing: string[] = [];
	for (const doc of corrections.documents) {
		const path = `${dir}${doc.file}`;
		if (!existsSync(path)) {
			missing.push(path);
			continue;
		}
		const text = readFileSync(path, 'utf8');
		texts[doc.file] = text;
		candidates[doc.file] = extractFigures(text, extractOptions(doc));
	}
	return { result: buildFigures(texts, candidates, corrections), missing };
}

/**
 * The lines only in `before` (−, numbered in `before`) and only in `after` (+, numbered in
 * `after`), by longest common subsequence.
 */
export function lineDiff(
	before: string,
	after: string
): { line: number; sign: '-' | '+'; text: string }[] {
	const a = before.split('\r\n');
	const b = after.split('\r\n');
	const lcs: number[][] = Array.from({ length: a.length + 1 }, () =>
		new Array<number>(b.length + 1).fill(0)
	);
	for (let i = a.length - 1; i >= 0; i--) {
		for (let j = b.length - 1; j >= 0; j--) {
			const row = lcs[i] as number[];
			row[j] =
				a[i] === b[j]
					? (lcs[i + 1]?.[j + 1] ?? 0) + 1
					: Math.max(lcs[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
		}
	}
	const out: { line: number; sign: '-' | '+'; text: string }[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length || j < b.length) {
		if (i < a.length && j < b.length && a[i] === b[j]) {
			i++;
			j++;
		} else if (
			i < a.length &&
			(j === b.length || (lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0))
		) {
			out.push({ line: i + 1, sign: '-', text: a[i] ?? '' });
			i++;
		} else {
			out.push({ line: j + 1, sign: '+', text: b[j] ?? '' });
			j++;
		}
	}
	return out;
}

function printCounts(c: BuildCounts): void {
	const accepted = c.acceptedAsIs + c.acceptedWithEdits;
	console.log(`accepted ${accepted}: ${c.acceptedAsIs} as read, ${c.acceptedWithEdits} with edits`);
	const edits = Object.entries(c.edited).sort((x, y) => y[1] - x[1]);
	if (edits.length > 0)
		console.log(`  fields edited: ${edits.map(([f, n]) => `${f} ${n}`).join(', ')}`);
	console.log(
		`  with a note: ${c.withNote}; section renamed by the document's map: ${c.sectionFromMap}`
	);
	console.log(`merged into the same figure of another copy: ${c.merged}`);
	const rejected = Object.entries(c.rejected).sort((x, y) => y[1] - x[1]);
	console.log(`rejected ${rejected.reduce((n, [, k]) => n + k, 0)}`);
	for (const [reason, n] of rejected) console.log(`  ${n} × ${reason}`);
	console.log(`added (missed by the extractor): ${c.added}`);
}

function main(): void {
	const check = process.argv.includes('--check');
	const { result, missing } = rebuild();
	if (missing.length > 0) {
		console.error(`Seed documents not found (set MUBIAO_SEED_DIR):\n  ${missing.join('\n  ')}`);
		process.exitCode = 1;
		return;
	}
	if (result.errors.length > 0) {
		console.error(
			`seeds/corrections.json no longer fits the extractor's output (${result.errors.length}):`
		);
		for (const e of result.errors) console.error(`  ${e}`);
		process.exitCode = 1;
		return;
	}
	const committed = existsSync(FIGURES) ? readFileSync(FIGURES, 'utf8') : '';
	if (check) {
		if (committed === result.csv) {
			console.log('seeds/figures.csv is up to date with the documents and seeds/corrections.json.');
			return;
		}
		const diff = lineDiff(committed, result.csv);
		console.log(
			`seeds/figures.csv differs from the rebuild: ${diff.filter((d) => d.sign === '-').length} lines only in the file, ${diff.filter((d) => d.sign === '+').length} only in the rebuild.`
		);
		for (const d of diff.slice(0, 20)) console.log(`  ${d.sign} ${d.line}: ${d.text}`);
		if (diff.length > 20) console.log(`  … and ${diff.length - 20} more`);
		process.exitCode = 1;
		return;
	}
	printCounts(result.counts);
	if (committed === result.csv) {
		console.log('seeds/figures.csv unchanged.');
	} else {
		writeFileSync(FIGURES, result.csv);
		console.log('seeds/figures.csv written.');
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
