/**
 * Assumptions by entry packed into typed arrays, as the page posts them to a batch worker
 * (./batchShare.ts, ./batchPool.ts) and the worker reads them (./batchProtocol.ts, ./batch.ts).
 */
import { METHODS, type Assumption } from '../domain/engine/index.ts';

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
