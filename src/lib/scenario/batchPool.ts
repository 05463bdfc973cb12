/**
 * Batch workers for global changes of large datasets: the runner's input is split once per
 * dataset into contiguous shares of entries (about as many targets each), one per worker; a
 * global change posts the settings and each share's assumptions to all of them at once, and
 * each answers with its share's register table, moved rather than copied. Every number is the
 * one the page's thread would compute: the workers run the same code (./batch.ts).
 */
import type { Assumption } from '../domain/engine/index.ts';
import { shareBuffers, shareOf } from './batchShare.ts';
import { packAssumptions } from './packedAssumptions.ts';
import type { BatchReply, BatchRequest } from './batchProtocol.ts';
import type { BatchInput } from './entries.ts';
import type { RunSettings } from './settings.ts';

/** The part of a worker the pool uses (a Web Worker, or a stand-in without one). */
export interface WorkerLike {
	postMessage(message: BatchRequest, transfer?: Transferable[]): void;
	onmessage: ((event: { data: BatchReply }) => void) | null;
	onerror: ((event: unknown) => void) | null;
	terminate(): void;
}

/** A share's table: the rows of entries `from …`. */
export interface SharePart {
	from: number;
	data: Float64Array;
}

export interface BatchWorkers {
	/** Hand `input` to the workers now (the first global change then need not wait for it). */
	prepare(input: BatchInput): void;
	/** Assess every entry of `input`: one table per share, in entry order. */
	assess(
		input: BatchInput,
		assumption: (entry: number) => Assumption | undefined,
		settings: RunSettings
	): Promise<SharePart[]>;
	/** Stop the workers. */
	close(): void;
}

/** The page's workers: one per core (at least 2, at most 4), started on first use. */
export function batchWorkers(
	spawn: () => WorkerLike = spawnWorker,
	count = Math.max(2, Math.min(4, globalThis.navigator?.hardwareConcurrency ?? 2))
): BatchWorkers {
	return new Pool(spawn, count);
}

function spawnWorker(): WorkerLike {
	return new Worker(new URL('./batchWorker.ts', import.meta.url), {
		type: 'module'
	}) as unknown as WorkerLike;
}

interface Loaded {
	input: BatchInput;
	ranges: [number, number][];
	ready: Promise<void>;
}

class Pool implements BatchWorkers {
	readonly #spawn: () => WorkerLike;
	readonly #count: number;
	#workers: WorkerLike[] = [];
	#waiting = new Map<number, { resolve: (r: BatchReply) => void; reject: (e: Error) => void }>();
	#next = 0;
	#loaded: Loaded | null = null;

	constructor(spawn: () => WorkerLike, count: number) {
		this.#spawn = spawn;
		this.#count = count;
	}

	#start(): WorkerLike[] {
		if (this.#workers.length === 0) {
			for (let i = 0; i < this.#count; i++) {
				const w = this.#spawn();
				w.onmessage = (event) => {
					const waiting = this.#waiting.get(event.data.id);
					this.#waiting.delete(event.data.id);
					waiting?.resolve(event.data);
				};
				w.onerror = () => this.#fail(new Error('a batch worker failed'));
				this.#workers.push(w);
			}
		}
		return this.#workers;
	}

	#fail(error: Error): void {
		for (const w of this.#waiting.values()) w.reject(error);
		this.#waiting.clear();
		this.close();
	}

	#ask(
		worker: WorkerLike,
		request: BatchRequest,
		transfer: ArrayBuffer[] = []
	): Promise<BatchReply> {
		return new Promise((resolve, reject) => {
			this.#waiting.set(request.id, { resolve, reject });
			worker.postMessage(request, transfer);
		});
	}

	#load(input: BatchInput): Loaded {
		if (this.#loaded?.input === input) return this.#loaded;
		const workers = this.#start();
		const ranges = splitByTargets(input, workers.length);
		const ready = Promise.all(
			workers.map((w, i) => {
				const share = shareOf(input, ranges[i]![0], ranges[i]![1]);
				return this.#ask(w, { type: 'load', id: this.#next++, share }, shareBuffers(share));
			})
		).then((replies) => {
			for (const r of replies) if (r.type === 'error') throw new Error(r.message);
		});
		this.#loaded = { input, ranges, ready };
		return this.#loaded;
	}

	prepare(input: BatchInput): void {
		this.#load(input).ready.catch(() => {});
	}

	async assess(
		input: BatchInput,
		assumption: (entry: number) => Assumption | undefined,
		settings: RunSettings
	): Promise<SharePart[]> {
		const loaded = this.#load(input);
		await loaded.ready;
		const workers = this.#workers;
		const replies = await Promise.all(
			loaded.ranges.map(([from, to], i) => {
				const assumptions = packAssumptions(assumption, from, to);
				const buffers = Object.values(assumptions).map((a) => a.buffer as ArrayBuffer);
				const request: BatchRequest = { type: 'assess', id: this.#next++, settings, assumptions };
				return this.#ask(workers[i]!, request, buffers);
			})
		);
		return replies.map((r, i) => {
			if (r.type !== 'done') throw new Error(r.type === 'error' ? r.message : 'no table');
			return { from: loaded.ranges[i]![0], data: r.data };
		});
	}

	close(): void {
		for (const w of this.#workers) w.terminate();
		this.#workers = [];
		this.#loaded = null;
	}
}

/** Contiguous ranges of entries with about as many target groups each. */
export function splitByTargets(input: BatchInput, shares: number): [number, number][] {
	const total = input.groupStart[input.count]!;
	const out: [number, number][] = [];
	let from = 0;
	for (let s = 1; s <= shares; s++) {
		let to = from;
		const goal = (total * s) / shares;
		while (to < input.count && (s === shares || input.groupStart[to + 1]! <= goal)) to++;
		out.push([from, to]);
		from = to;
	}
	return out;
}
