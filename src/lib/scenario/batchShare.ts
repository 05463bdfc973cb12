/**
 * What the page posts to a batch worker (./batchPool.ts, ./batchWorker.ts): a share of a
 * runner's input renumbered as an input of its own and its buffers to move rather than copy
 * (the assumptions of its entries go packed: ./packedAssumptions.ts). The worker assesses the
 * share with ./batch.ts and posts its part of the register table back. Loaded with the workers.
 */
import type { BatchInput } from './entries.ts';

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
