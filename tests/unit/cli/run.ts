/** Running the command line as a user would, for tests. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export function cli(
	args: string[],
	env: Record<string, string> = {}
): { code: number; stdout: string; stderr: string } {
	const r = spawnSync(`${ROOT}node_modules/.bin/tsx`, [`${ROOT}src/cli/main.ts`, ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, MUBIAO_LANG: 'en', ...env },
		maxBuffer: 64 * 1024 * 1024
	});
	return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export { ROOT };
