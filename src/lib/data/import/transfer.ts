/**
 * Figures packed for the trip from the import worker to the page: a table of the distinct
 * strings and one typed array per field, moved without copying. The page rebuilds each figure
 * as the reader made it (same keys, same order, fresh objects), which costs a fraction of
 * reading the same figures as structured-cloned objects, one deserialised object at a time.
 *
 * Only figures in the reader's own layout are packed (canonical.ts builds every figure that
 * way); a part with any other figure is sent as it is, so nothing can come back different.
 */
import type { Observation, Provenance, Target } from '../model.ts';

export interface PackedFigures {
	kind: 'observations' | 'targets';
	count: number;
	/** Every distinct string of the part; the fields below hold indexes into it (−1: none). */
	strings: string[];
	region: Int32Array;
	indicator: Int32Array;
	value: Float64Array;
	/** `NULL_YEAR` for "year not stated". */
	year: Int32Array;
	/** Bits: 1 unit, 2 approximate, 4 note. */
	flags: Uint8Array;
	unit: Int32Array;
	note: Int32Array;
	/** Figure `i`'s provenance entries are `provStart[i] … provStart[i + 1] − 1`. */
	provStart: Int32Array;
	/** Three per entry: source, section, excerpt. */
	prov: Int32Array;
	/** Targets only (empty for observations); `valueMax` NaN for null. */
	comparator: Int32Array;
	valueMax: Float64Array;
}

const NULL_YEAR = -1;
const UNIT = 1;
const APPROXIMATE = 2;
const NOTE = 4;

/** The keys a figure has, in the reader's order, for its optional fields. */
function expectedKeys(flags: number, target: boolean): string[] {
	const keys = ['region', 'indicator', 'value'];
	if (flags & UNIT) keys.push('unit');
	if (flags & APPROXIMATE) keys.push('approximate');
	keys.push('provenance');
	if (flags & NOTE) keys.push('note');
	keys.push('year');
	if (target) keys.push('comparator', 'valueMax');
	return keys;
}

const LAYOUTS = new Map<number, string[]>();
for (let flags = 0; flags < 8; flags++) {
	LAYOUTS.set(flags, expectedKeys(flags, false));
	LAYOUTS.set(flags + 8, expectedKeys(flags, true));
}

function hasKeys(o: object, keys: readonly string[]): boolean {
	let i = 0;
	for (const k in o) if (k !== keys[i++]) return false;
	return i === keys.length && Object.getPrototypeOf(o) === Object.prototype;
}

const PROVENANCE_LAYOUTS = [
	['source'],
	['source', 'section'],
	['source', 'excerpt'],
	['source', 'section', 'excerpt']
];

/**
 * Pack figures (all observations or all targets); null when one is not in the reader's layout
 * (then the caller sends them as they are).
 */
export function packFigures(
	list: readonly (Observation | Target)[],
	kind: PackedFigures['kind']
): PackedFigures | null {
	const target = kind === 'targets';
	const n = list.length;
	const strings: string[] = [];
	const index = new Map<string, number>();
	const id = (s: string): number => {
		let i = index.get(s);
		if (i === undefined) {
			i = strings.length;
			strings.push(s);
			index.set(s, i);
		}
		return i;
	};
	const p: PackedFigures = {
		kind,
		count: n,
		strings,
		region: new Int32Array(n),
		indicator: new Int32Array(n),
		value: new Float64Array(n),
		year: new Int32Array(n),
		flags: new Uint8Array(n),
		unit: new Int32Array(n).fill(-1),
		note: new Int32Array(n).fill(-1),
		provStart: new Int32Array(n + 1),
		prov: new Int32Array(0),
		comparator: new Int32Array(target ? n : 0),
		valueMax: new Float64Array(target ? n : 0)
	};
	const prov: number[] = [];
	for (let i = 0; i < n; i++) {
		const f = list[i] as Partial<Observation & Target>;
		if (typeof f !== 'object' || f === null) return null;
		const flags =
			(f.unit !== undefined ? UNIT : 0) |
			(f.approximate !== undefined ? APPROXIMATE : 0) |
			(f.note !== undefined ? NOTE : 0);
		if (!hasKeys(f, LAYOUTS.get(flags + (target ? 8 : 0))!)) return null;
		if (
			typeof f.region !== 'string' ||
			typeof f.indicator !== 'string' ||
			typeof f.value !== 'number'
		)
			return null;
		if (f.unit !== undefined && typeof f.unit !== 'string') return null;
		if (f.approximate !== undefined && f.approximate !== true) return null;
		if (f.note !== undefined && typeof f.note !== 'string') return null;
		const year = f.year;
		if (
			year !== null &&
			!(typeof year === 'number' && Number.isInteger(year) && year >= 0 && year <= 0x7fffffff)
		)
			return null;
		p.region[i] = id(f.region);
		p.indicator[i] = id(f.indicator);
		p.value[i] = f.value;
		p.year[i] = year === null ? NULL_YEAR : year;
		p.flags[i] = flags;
		if (f.unit !== undefined) p.unit[i] = id(f.unit);
		if (f.note !== undefined) p.note[i] = id(f.note);
		if (!Array.isArray(f.provenance) || Object.getPrototypeOf(f.provenance) !== Array.prototype)
			return null;
		p.provStart[i] = prov.length / 3;
		for (const entry of f.provenance as Provenance[]) {
			if (typeof entry !== 'object' || entry === null) return null;
			const layout = (entry.section !== undefined ? 1 : 0) + (entry.excerpt !== undefined ? 2 : 0);
			if (!hasKeys(entry, PROVENANCE_LAYOUTS[layout]!)) return null;
			if (typeof entry.source !== 'string') return null;
			if (entry.section !== undefined && typeof entry.section !== 'string') return null;
			if (entry.excerpt !== undefined && typeof entry.excerpt !== 'string') return null;
			prov.push(
				id(entry.source),
				entry.section === undefined ? -1 : id(entry.section),
				entry.excerpt === undefined ? -1 : id(entry.excerpt)
			);
		}
		if (target) {
			if (typeof f.comparator !== 'string') return null;
			const max = f.valueMax;
			if (max !== null && typeof max !== 'number') return null;
			if (typeof max === 'number' && Number.isNaN(max)) return null;
			p.comparator[i] = id(f.comparator);
			p.valueMax[i] = max === null || max === undefined ? NaN : max;
		}
	}
	p.provStart[n] = prov.length / 3;
	p.prov = Int32Array.from(prov);
	return p;
}

/** The buffers of a packed part, to transfer rather than copy. */
export function packedBuffers(p: PackedFigures): ArrayBuffer[] {
	return [
		p.region,
		p.indicator,
		p.value,
		p.year,
		p.flags,
		p.unit,
		p.note,
		p.provStart,
		p.prov,
		p.comparator,
		p.valueMax
	].map((a) => a.buffer as ArrayBuffer);
}

/** The figures of a packed part, each built as the reader builds it. */
export function unpackFigures(p: PackedFigures): (Observation | Target)[] {
	const out: (Observation | Target)[] = new Array(p.count);
	const s = p.strings;
	const target = p.kind === 'targets';
	for (let i = 0; i < p.count; i++) {
		const provenance: Provenance[] = [];
		for (let e = p.provStart[i]!; e < p.provStart[i + 1]!; e++) {
			const source = s[p.prov[3 * e]!]!;
			const section = p.prov[3 * e + 1]!;
			const excerpt = p.prov[3 * e + 2]!;
			if (section < 0 && excerpt < 0) provenance.push({ source });
			else if (excerpt < 0) provenance.push({ source, section: s[section]! });
			else if (section < 0) provenance.push({ source, excerpt: s[excerpt]! });
			else provenance.push({ source, section: s[section]!, excerpt: s[excerpt]! });
		}
		const rawYear = p.year[i]!;
		const year = rawYear === NULL_YEAR ? null : rawYear;
		const flags = p.flags[i]!;
		const region = s[p.region[i]!]!;
		const indicator = s[p.indicator[i]!]!;
		const value = p.value[i]!;
		let figure: Partial<Observation & Target>;
		if (flags === 0) {
			figure = target
				? {
						region,
						indicator,
						value,
						provenance,
						year,
						comparator: s[p.comparator[i]!] as Target['comparator'],
						valueMax: nullIfNaN(p.valueMax[i]!)
					}
				: { region, indicator, value, provenance, year };
		} else {
			figure = { region, indicator, value };
			if (flags & UNIT) figure.unit = s[p.unit[i]!]!;
			if (flags & APPROXIMATE) figure.approximate = true;
			figure.provenance = provenance;
			if (flags & NOTE) figure.note = s[p.note[i]!]!;
			figure.year = year;
			if (target) {
				figure.comparator = s[p.comparator[i]!] as Target['comparator'];
				figure.valueMax = nullIfNaN(p.valueMax[i]!);
			}
		}
		out[i] = figure as Observation | Target;
	}
	return out;
}

function nullIfNaN(x: number): number | null {
	return Number.isNaN(x) ? null : x;
}
