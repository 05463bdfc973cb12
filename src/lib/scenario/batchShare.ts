/**
 * What the page posts to a batch worker (./batchPool.ts, ./batchWorker.ts): a share of a
 * runner's input renumbered as an input of its own, its buffers to move rather than copy, and
 * the assumptions of its entries packed into typed arrays. The worker assesses the share with
 * ./batch.ts and posts its part of the register table back.
 */
import { METHODS, type Assumption } from '../domain/engine/index.ts';
import type { BatchInput } from './entries.ts';

/** Assumptions by entry, packed to be posted to a worker (see {@link packAssumptions}). */
export interface PackedAssumptions {
	/** Bits: 1 method, 2 rate, 4 sigma, 8 baseline (the fields the assumption has). */
	flags: Uint8Array;
	method: Uint8Array;
	rate: Float64Array;
	sigma: Float64Array;
	baselineYear: Float64Array;
	baselineValue: Float64Array;
}

/** The assumption of each of entries `from … to − 1`. */
export function packAssumptions(
	of: (e: number) => Assumption | undefined,
	from: number,
	to: number
): PackedAssumptions {
	const n = to - from;
	const p: PackedAssumptions = {
		flags: new Uint8Array(n),
		method: new Uint8Array(n),
		rate: new Float64Array(n),
		sigma: new Float64Array(n),
		baselineYear: new Float64Array(n),
		baselineValue: new Float64Array(n)
	};
	for (let i = 0; i < n; i++) {
		const a = of(from + i);
		if (a === undefined) continue;
		let flags = 0;
		if (a.method !== undefined) {
			flags |= 1;
			p.method[i] = METHODS.indexOf(a.method);
		}
		if (a.rate !== undefined) {
			flags |= 2;
			p.rate[i] = a.rate;
		}
		if (a.sigma !== undefined) {
			flags |= 4;
			p.sigma[i] = a.sigma;
		}
		if (a.baseline !== undefined) {
			flags |= 8;
			p.baselineYear[i] = a.baseline.year;
			p.baselineValue[i] = a.baseline.value;
		}
		p.flags[i] = flags;
	}
	return p;
}

/** Assumption `i` of a packed list (undefined when it has no field). */
export function unpackAssumption(p: PackedAssumptions, i: number): Assumption | undefined {
	const flags = p.flags[i]!;
	if (flags === 0) return undefined;
	const a: Assumption = {};
	if (flags & 1) a.method = METHODS[p.method[i]!]!;
	if (flags & 2) a.rate = p.rate[i]!;
	if (flags & 4) a.sigma = p.sigma[i]!;
	if (flags & 8) a.baseline = { year: p.baselineYear[i]!, value: p.baselineValue[i]! };
	return a;
}

/**
 * Entries `from … to − 1` of `input` as an input of their own (to post to a worker): their
 * actuals, the national series they borrow from, and their target groups, renumbered.
 */
export function shareOf(input: BatchInput, from: number, to: number): BatchInput {
	const n = to - from;
	const years: number[] = [];
	const values: number[] = [];
	const copied = new Map<number, number>();
	const copy = (start: number, end: number): number => {
		let at = copied.get(start);
		if (at === undefined) {
			at = years.length;
			for (let p = start; p < end; p++) {
				years.push(input.years[p]!);
				values.push(input.values[p]!);
			}
			copied.set(start, at);
		}
		return at;
	};
	const share: BatchInput = {
		count: n,
		pointStart: new Int32Array(n),
		pointEnd: new Int32Array(n),
		years: new Float64Array(0),
		values: new Float64Array(0),
		lo: input.lo.slice(from, to),
		hi: input.hi.slice(from, to),
		down: input.down.slice(from, to),
		breakYear: input.breakYear.slice(from, to),
		nationalStart: new Int32Array(n),
		nationalEnd: new Int32Array(n),
		nationalBreak: input.nationalBreak.slice(from, to),
		conflictYears: new Map(),
		groupStart: new Int32Array(n + 1),
		groups: new Int32Array(input.groupStart[to]! - input.groupStart[from]!),
		targetYear: new Float64Array(0),
		targetHorizon: new Float64Array(0),
		comparator: new Uint8Array(0),
		value: new Float64Array(0),
		valueMax: new Float64Array(0),
		planStart: new Float64Array(0)
	};
	const groupIds: number[] = [];
	for (let i = 0; i < n; i++) {
		const e = from + i;
		const at = copy(input.pointStart[e]!, input.pointEnd[e]!);
		share.pointStart[i] = at;
		share.pointEnd[i] = at + input.pointEnd[e]! - input.pointStart[e]!;
		const ns = input.nationalStart[e]!;
		if (ns >= 0) {
			const nat = copy(ns, input.nationalEnd[e]!);
			share.nationalStart[i] = nat;
			share.nationalEnd[i] = nat + input.nationalEnd[e]! - ns;
		} else share.nationalStart[i] = share.nationalEnd[i] = -1;
		const years = input.conflictYears.get(e);
		if (years) share.conflictYears.set(i, years);
		share.groupStart[i] = groupIds.length;
		for (let k = input.groupStart[e]!; k < input.groupStart[e + 1]!; k++) {
			share.groups[groupIds.length] = groupIds.length;
			groupIds.push(input.groups[k]!);
		}
	}
	share.groupStart[n] = groupIds.length;
	share.years = Float64Array.from(years);
	share.values = Float64Array.from(values);
	const pick = <A extends Float64Array | Uint8Array>(a: A, make: (n: number) => A): A => {
		const out = make(groupIds.length);
		groupIds.forEach((g, k) => (out[k] = a[g]!));
		return out;
	};
	share.targetYear = pick(input.targetYear, (k) => new Float64Array(k));
	share.targetHorizon = pick(input.targetHorizon, (k) => new Float64Array(k));
	share.comparator = pick(input.comparator, (k) => new Uint8Array(k));
	share.value = pick(input.value, (k) => new Float64Array(k));
	share.valueMax = pick(input.valueMax, (k) => new Float64Array(k));
	share.planStart = pick(input.planStart, (k) => new Float64Array(k));
	return share;
}

/** The buffers of a share, moved to the worker rather than copied. */
export function shareBuffers(share: BatchInput): ArrayBuffer[] {
	const out: ArrayBuffer[] = [];
	for (const v of Object.values(share))
		if (ArrayBuffer.isView(v)) out.push(v.buffer as ArrayBuffer);
	return out;
}
