/**
 * Runs the node half of the benchmarks (bench/node/entry.ts) in a child `node --expose-gc` (through
 * tsx), so that the heap figures see nothing of Playwright or the command line. The child prints
 * one JSON object.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = process.cwd();
const ENTRY = fileURLToPath(new URL('./entry.ts', import.meta.url));

/** Run entry.ts with the given parts (`memory`, `engine`, `import`); its JSON result. */
export function runNodeBench(parts: readonly string[]): Promise<Record<string, unknown>> {
	return new Promise((resolve, reject) => {
		const args = ['--expose-gc', '--max-old-space-size=6144', '--import', 'tsx', ENTRY, ...parts];
		const child = spawn(process.execPath, args, {
			cwd: ROOT,
			stdio: ['ignore', 'pipe', 'inherit']
		});
		let stdout = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.on('error', reject);
		child.on('close', (code) => {
			if (code !== 0)
				return reject(new Error(`node benchmark (${parts.join(', ')}) exited with ${code}`));
			try {
				resolve(JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Record<string, unknown>);
			} catch (error) {
				reject(error instanceof Error ? error : new Error(String(error)));
			}
		});
	});
}
