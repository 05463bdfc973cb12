/**
 * The runner's incremental bookkeeping: the register table it assesses into (./batch.ts, one row
 * of numbers per target × year, in one part or in the parts the batch workers return), and for
 * each region × indicator entry the assumption the table holds for it and a stamp bumped each
 * time it is re-assessed. From these the runner finds which entries a new set of assumptions
 * changes, and the reader (./resultReader.ts) know which of the objects they built are stale.
 */
import type { Assumption } from '../domain/engine/index.ts';
import { REGISTER_COUNT } from './batch.ts';

/** A part of the register table: rows `first … first + rows − 1`. */
export interface TablePart {
	data: Float64Array;
	first: number;
}

const sameAssumption = (a: Assumption | undefined, b: Assumption | undefined): boolean =>
	a === b ||
	(a !== undefined &&
		b !== undefined &&
		a.method === b.method &&
		a.rate === b.rate &&
		a.sigma === b.sigma &&
		a.baseline?.year === b.baseline?.year &&
		a.baseline?.value === b.baseline?.value);

export class RegisterTable {
	parts: TablePart[] = [];
	/** The assumption the table holds for each entry. */
	readonly assumed: (Assumption | undefined)[];
	/** Bumped whenever an entry is re-assessed: what was built from its rows is stale. */
	readonly stamp: Uint32Array;
	#seen: Uint8Array;

	constructor(count: number) {
		this.assumed = new Array<Assumption | undefined>(count).fill(undefined);
		this.stamp = new Uint32Array(count);
		this.#seen = new Uint8Array(count);
	}

	/** The part that holds `row`. */
	partOf(row: number): TablePart {
		const parts = this.parts;
		for (let i = parts.length - 1; i > 0; i--) if (row >= parts[i]!.first) return parts[i]!;
		return parts[0]!;
	}

	/** Register `at` (see `REG`) of `row`. */
	slot(row: number, at: number): number {
		const part = this.partOf(row);
		return part.data[(row - part.first) * REGISTER_COUNT + at]!;
	}

	/**
	 * The entries whose assumption differs from the one the table holds. `only`: the keys that
	 * can differ, when the caller knows them (assumptionMap.ts, `keysBetween`); else every key.
	 */
	changed(
		assumptions: ReadonlyMap<string, Assumption>,
		byKey: ReadonlyMap<string, number>,
		only: ReadonlySet<string> | null = null
	): number[] {
		if (only) {
			const few: number[] = [];
			for (const k of only) {
				const e = byKey.get(k);
				if (e !== undefined && !sameAssumption(this.assumed[e], assumptions.get(k))) few.push(e);
			}
			return few;
		}
		const out: number[] = [];
		const seen = this.#seen;
		const visited: number[] = [];
		for (const [k, a] of assumptions) {
			const e = byKey.get(k);
			if (e === undefined || seen[e]) continue;
			seen[e] = 1;
			visited.push(e);
			if (!sameAssumption(this.assumed[e], a)) out.push(e);
		}
		// Entries whose assumption was dropped (scanning 90,000 takes about 0.1 ms in node).
		const assumed = this.assumed;
		for (let e = 0; e < assumed.length; e++) if (assumed[e] !== undefined && !seen[e]) out.push(e);
		for (const e of visited) seen[e] = 0;
		return out;
	}

	/**
	 * The share of `samples` entries spread evenly over the table whose assumption differs from
	 * the one it holds: what a full comparison (`changed`) would find, estimated in a few
	 * hundred look-ups instead of one per entry.
	 */
	changedShare(
		assumptions: ReadonlyMap<string, Assumption>,
		keys: readonly string[],
		samples = 256
	): number {
		const n = Math.min(samples, keys.length);
		let differ = 0;
		for (let i = 0; i < n; i++) {
			const e = Math.floor((i * keys.length) / n);
			if (!sameAssumption(this.assumed[e], assumptions.get(keys[e]!))) differ++;
		}
		return n === 0 ? 0 : differ / n;
	}

	/** The table now holds entry `e` under `a`. */
	remember(e: number, a: Assumption | undefined): void {
		this.assumed[e] = a;
		this.stamp[e]!++;
	}
}
