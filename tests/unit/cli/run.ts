/** Running the command line for tests: in-process (fast), or as a real process (the entry itself). */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../../src/cli/main.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface CliResult {
	code: number;
	stdout: string;
	stderr: string;
}

/** Run a command in this process, capturing what it writes (one at a time). */
export async function cli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
	const saved = { ...process.env };
	Object.assign(process.env, { MUBIAO_LANG: 'en', ...env });
	let stdout = '';
	let stderr = '';
	const out = process.stdout.write.bind(process.stdout);
	const err = process.stderr.write.bind(process.stderr);
	process.stdout.write = ((chunk: string | Uint8Array) => (
		(stdout += String(chunk)),
		true
	)) as typeof process.stdout.write;
	process.stderr.write = ((chunk: string | Uint8Array) => (
		(stderr += String(chunk)),
		true
	)) as typeof process.stderr.write;
	try {
		const code = await runCli(args);
		return { code, stdout, stderr };
	} finally {
		process.stdout.write = out;
		process.stderr.write = err;
		process.env = saved;
	}
}

/** Run `npm run cli`'s entry as its own process, as a user would. */
export function spawnCli(args: string[], env: Record<string, string> = {}): CliResult {
	const r = spawnSync(`${ROOT}node_modules/.bin/tsx`, [`${ROOT}src/cli/main.ts`, ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, MUBIAO_LANG: 'en', ...env },
		maxBuffer: 64 * 1024 * 1024
	});
	return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export { ROOT };
