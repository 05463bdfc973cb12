/**
 * The built app for the benchmarks: the product's `vite build`, and the benchmark page
 * (bench/index.html → bench/page/entry.ts: the same app with the measurement hooks) built
 * beside it into `bench/`, when either is missing or older than the sources; then
 * `vite preview` on a free port, stopped by the caller (also on failure). The product pages
 * (`/`) are the product's build byte for byte; only `/bench/` carries benchmark code.
 *
 * The benchmarks build into .cache/bench/dist rather than dist/: the end-to-end tests rebuild
 * dist/ (emptying it first) whenever they start, and a page half-way through a measurement
 * must not lose its files.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { build } from 'vite';

const ROOT = process.cwd();
const VITE = join(ROOT, 'node_modules', '.bin', 'vite');
/** Where the benchmarks' build goes (see above). */
export const BENCH_DIST = join(ROOT, '.cache', 'bench', 'dist');
/** What the build reads: a change to any of these makes dist/ stale. */
const INPUTS = [
	'src',
	'bench/index.html',
	'bench/page',
	'bench/engine',
	'seeds',
	'public',
	'index.html',
	'vite.config.ts',
	'svelte.config.js',
	'package.json',
	'package-lock.json',
	'tsconfig.json'
];

function newest(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let latest = stat.mtimeMs;
	for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
	return latest;
}

/**
 * Build the app, then the benchmark page next to it, unless the build is newer than every
 * input. Returns whether it built.
 */
export async function ensureBuilt(log: (text: string) => void): Promise<boolean> {
	const built = join(BENCH_DIST, 'index.html');
	const bench = join(BENCH_DIST, 'bench', 'index.html');
	const sources = Math.max(...INPUTS.map((p) => newest(join(ROOT, p))));
	if (existsSync(built) && existsSync(bench) && statSync(built).mtimeMs > sources) return false;
	log('Building the app (vite build) and the benchmark page…');
	const result = spawnSync(
		VITE,
		['build', '--logLevel', 'warn', '--outDir', BENCH_DIST, '--emptyOutDir'],
		{ cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] }
	);
	if (result.status !== 0) throw new Error('vite build failed');
	// The same configuration (plugins, seed data, workers), another entry, its files apart.
	await build({
		configFile: join(ROOT, 'vite.config.ts'),
		root: ROOT,
		logLevel: 'warn',
		publicDir: false,
		build: {
			outDir: BENCH_DIST,
			emptyOutDir: false,
			assetsDir: 'bench/assets',
			rolldownOptions: { input: join(ROOT, 'bench', 'index.html') }
		}
	});
	return true;
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

export interface Preview {
	url: string;
	stop(): void;
}

/**
 * The port to serve on: `BENCH_PORT` when set (so that runs on a shared machine keep to the
 * ports agreed for them), else one the system says is free.
 */
export async function benchPort(env: NodeJS.ProcessEnv = process.env): Promise<number> {
	const given = env.BENCH_PORT;
	if (given === undefined || given === '') return freePort();
	const port = Number(given);
	if (!Number.isInteger(port) || port < 1 || port > 65535)
		throw new Error(`BENCH_PORT must be a port number (1–65535), not "${given}".`);
	return port;
}

/** Start `vite preview` and wait until it answers. */
export async function startPreview(): Promise<Preview> {
	const port = await benchPort();
	const child: ChildProcess = spawn(
		VITE,
		[
			'preview',
			'--outDir',
			BENCH_DIST,
			'--host',
			'127.0.0.1',
			'--port',
			String(port),
			'--strictPort'
		],
		{
			cwd: ROOT,
			stdio: ['ignore', 'ignore', 'pipe']
		}
	);
	let stderr = '';
	child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	const stop = () => {
		if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
	};
	process.once('exit', stop);
	const url = `http://127.0.0.1:${port}/`;
	for (let i = 0; i < 100; i++) {
		if (child.exitCode !== null) break;
		try {
			const response = await fetch(url);
			if (response.ok) return { url, stop };
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	stop();
	throw new Error(`vite preview did not start on port ${port}: ${stderr.trim()}`);
}
