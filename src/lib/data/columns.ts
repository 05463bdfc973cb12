/**
 * Figures (observations or targets) stored by column: typed arrays for years, values and
 * comparators, numbers for the strings (regions, indicators, units) and for the provenance
 * lists, each distinct one stored once. A figure is rebuilt as an object only when something
 * asks for it — with the same keys, in the same order, and the same values as the object it was
 * made from — and kept, so that asking twice gives the same object.
 *
 * Columns are also built over a dataset held as objects (`FigureColumns.over`): they then hand
 * back the objects themselves, so both forms are read through the same indexes.
 *
 * The string and provenance tables are in ./columnTables.ts, how each field of a figure is put
 * into its column and read back in ./figureFields.ts.
 */
import { listRemap, ProvenanceTable, remap, StringTable } from './columnTables.ts';
import { buildFigure, NO_YEAR, putField, type Figure } from './figureFields.ts';
import type { Target } from './model.ts';
import { COMPARATORS } from './vocabulary.ts';

export type { Figure } from './figureFields.ts';
export { NO_YEAR } from './figureFields.ts';

/** Where the figures of a column set come from, and how they are rebuilt. */
interface Source<T> {
	/** The objects themselves (columns over a dataset held as objects). */
	objects: readonly T[] | null;
}

/** The columns of one kind of figure; see the module's comment. */
export class FigureColumns<T extends Figure = Figure> {
	readonly kind: 'observation' | 'target';
	readonly length: number;
	readonly strings: StringTable;
	readonly lists: ProvenanceTable;
	readonly region: Int32Array;
	readonly indicator: Int32Array;
	/** {@link NO_YEAR} for null. */
	readonly year: Int16Array;
	readonly value: Float64Array;
	readonly provenance: Int32Array;
	/** Targets only (empty for observations): comparator index, `valueMax` (NaN null), horizon. */
	readonly comparator: Uint8Array;
	readonly valueMax: Float64Array;
	readonly horizon: Int16Array;
	/** Which of {@link shapes} (the keys in order) each figure has. */
	readonly shape: Uint8Array;
	readonly shapes: string[][];
	readonly flags: Uint8Array;
	/** Unit string numbers, allocated when some figure has a unit. */
	unit: Int32Array | null = null;
	readonly notes = new Map<number, string>();
	/** Keys whose value is not of the column's type, stored as they are (rare). */
	readonly extra = new Map<number, Record<string, unknown>>();
	readonly #source: Source<T>;
	#cache: Map<number, T> | (T | undefined)[] = new Map();
	#all: WeakRef<T[]> | null = null;

	private constructor(
		kind: 'observation' | 'target',
		length: number,
		strings: StringTable,
		lists: ProvenanceTable,
		objects: readonly T[] | null
	) {
		this.kind = kind;
		this.length = length;
		this.strings = strings;
		this.lists = lists;
		this.region = new Int32Array(length);
		this.indicator = new Int32Array(length);
		this.year = new Int16Array(length);
		this.value = new Float64Array(length);
		this.provenance = new Int32Array(length);
		const t = kind === 'target' ? length : 0;
		this.comparator = new Uint8Array(t);
		this.valueMax = new Float64Array(t);
		this.horizon = new Int16Array(t);
		this.shape = new Uint8Array(length);
		this.shapes = [];
		this.flags = new Uint8Array(length);
		this.#source = { objects };
	}

	/** Columns of `figures`, rebuilt as new objects when asked for (the objects are not kept). */
	static from<T extends Figure>(
		kind: 'observation' | 'target',
		figures: readonly T[],
		strings = new StringTable(),
		lists = new ProvenanceTable()
	): FigureColumns<T> {
		const c = new FigureColumns<T>(kind, figures.length, strings, lists, null);
		for (let i = 0; i < figures.length; i++) c.#write(i, figures[i]!);
		return c;
	}

	/** Columns over figures held as objects, which are handed back as they are. */
	static over<T extends Figure>(
		kind: 'observation' | 'target',
		figures: readonly T[],
		strings = new StringTable(),
		lists = new ProvenanceTable()
	): FigureColumns<T> {
		const c = new FigureColumns<T>(kind, figures.length, strings, lists, figures);
		for (let i = 0; i < figures.length; i++) c.#write(i, figures[i]!);
		return c;
	}

	/**
	 * `a` then `b` in one set of columns (sharing `a`'s string and provenance tables). Figures
	 * already rebuilt from either keep their identity.
	 */
	static concat<T extends Figure>(a: FigureColumns<T>, b: FigureColumns<T>): FigureColumns<T> {
		const c = new FigureColumns<T>(a.kind, a.length + b.length, a.strings, a.lists, null);
		c.#copy(a, 0, null);
		c.#copy(b, a.length, null);
		return c;
	}

	/** The figures `rows` of `a`, in that order (rebuilt figures keep their identity). */
	static select<T extends Figure>(a: FigureColumns<T>, rows: readonly number[]): FigureColumns<T> {
		const c = new FigureColumns<T>(a.kind, rows.length, a.strings, a.lists, null);
		c.#copy(a, 0, rows);
		return c;
	}

	/** The figure `i`: rebuilt on first use, then the same object every time. */
	figure(i: number): T {
		const objects = this.#source.objects;
		if (objects) return objects[i]!;
		const all = this.#all?.deref();
		if (all) return all[i]!;
		let f = this.#cached(i);
		if (f === undefined) this.#remember(i, (f = buildFigure<T>(this, i)));
		return f;
	}

	/**
	 * Every figure, in order. Held weakly: while anything holds the array, it and its figures are
	 * what {@link figure} returns; once nothing does, the memory is given back.
	 */
	all(): T[] {
		const objects = this.#source.objects;
		if (objects) return objects as T[];
		let all = this.#all?.deref();
		if (all) return all;
		all = new Array<T>(this.length);
		for (let i = 0; i < this.length; i++) all[i] = this.#cached(i) ?? buildFigure<T>(this, i);
		this.#all = new WeakRef(all);
		return all;
	}

	/** The year of figure `i` (null: not stated). */
	yearOf(i: number): number | null {
		const e = this.extra.size > 0 ? this.extra.get(i) : undefined;
		if (e && 'year' in e) return e.year as number | null;
		const y = this.year[i]!;
		return y === NO_YEAR ? null : y;
	}

	/** The value of figure `i`. */
	valueOf(i: number): number {
		const e = this.extra.size > 0 ? this.extra.get(i) : undefined;
		return e && 'value' in e ? (e.value as number) : this.value[i]!;
	}

	/** Whether figure `i` has key `key` (a field that is absent is not stored). */
	has(i: number, key: string): boolean {
		return this.shapes[this.shape[i]!]!.includes(key);
	}

	/** The horizon of target `i`, if it has one. */
	horizonOf(i: number): number | undefined {
		const e = this.extra.size > 0 ? this.extra.get(i) : undefined;
		if (e && 'horizon' in e) return e.horizon as number | undefined;
		return this.has(i, 'horizon') ? this.horizon[i]! : undefined;
	}

	/** The comparator of target `i`. */
	comparatorOf(i: number): Target['comparator'] {
		const e = this.extra.size > 0 ? this.extra.get(i) : undefined;
		if (e && 'comparator' in e) return e.comparator as Target['comparator'];
		return COMPARATORS[this.comparator[i]!]!;
	}

	/** `valueMax` of target `i`. */
	valueMaxOf(i: number): number | null {
		const e = this.extra.size > 0 ? this.extra.get(i) : undefined;
		if (e && 'valueMax' in e) return e.valueMax as number | null;
		const v = this.valueMax[i]!;
		return Number.isNaN(v) ? null : v;
	}

	#cached(i: number): T | undefined {
		const cache = this.#cache;
		return cache instanceof Map ? cache.get(i) : cache[i];
	}

	#write(i: number, f: T): void {
		const o = f as Record<string, unknown>;
		let extra: Record<string, unknown> | null = null;
		for (const key in o) {
			const v = o[key];
			if (!putField(this, i, key, v)) (extra ??= {})[key] = v;
		}
		if (extra) this.extra.set(i, extra);
		this.shape[i] = this.#shapeOf(o);
	}

	/** The number of the key order of `o` (the previous figure's, usually). */
	#shapeOf(o: Record<string, unknown>): number {
		for (let s = this.shapes.length - 1; s >= 0; s--) {
			const keys = this.shapes[s]!;
			let k = 0;
			let same = true;
			for (const key in o) {
				if (keys[k++] !== key) {
					same = false;
					break;
				}
			}
			if (same && k === keys.length) return s;
		}
		if (this.shapes.length === 256) throw new Error('more than 256 figure layouts in one dataset');
		return this.shapes.push(Object.keys(o)) - 1;
	}

	/** Figures of `from` (all, or `rows`) into this set's rows `at…`. */
	#copy(from: FigureColumns<T>, at: number, rows: readonly number[] | null): void {
		const n = rows ? rows.length : from.length;
		const strings = from.strings === this.strings ? null : remap(from.strings, this.strings);
		const lists = from.lists === this.lists ? null : listRemap(from.lists, this.lists);
		const shapes = from.shapes.map((keys) => this.#shapeId(keys));
		const target = this.kind === 'target';
		for (let k = 0; k < n; k++) {
			const i = rows ? rows[k]! : k;
			const j = at + k;
			this.region[j] = strings ? strings[from.region[i]!]! : from.region[i]!;
			this.indicator[j] = strings ? strings[from.indicator[i]!]! : from.indicator[i]!;
			this.year[j] = from.year[i]!;
			this.value[j] = from.value[i]!;
			this.provenance[j] = lists ? lists[from.provenance[i]!]! : from.provenance[i]!;
			this.shape[j] = shapes[from.shape[i]!]!;
			this.flags[j] = from.flags[i]!;
			if (from.unit) {
				const u = from.unit[i]!;
				(this.unit ??= new Int32Array(this.length))[j] = strings ? strings[u]! : u;
			}
			if (target) {
				this.comparator[j] = from.comparator[i]!;
				this.valueMax[j] = from.valueMax[i]!;
				this.horizon[j] = from.horizon[i]!;
			}
			if (from.notes.size > 0) {
				const note = from.notes.get(i);
				if (note !== undefined) this.notes.set(j, note);
			}
			if (from.extra.size > 0) {
				const e = from.extra.get(i);
				if (e !== undefined) this.extra.set(j, e);
			}
			const f = from.#source.objects ? undefined : (from.#cached(i) ?? from.#all?.deref()?.[i]);
			if (f !== undefined) this.#remember(j, f);
		}
	}

	#remember(i: number, f: T): void {
		const cache = this.#cache;
		if (!(cache instanceof Map)) {
			cache[i] = f;
			return;
		}
		cache.set(i, f);
		// Many figures asked for: an array is smaller than a map.
		if (cache.size > this.length / 8)
			this.#cache = Array.from({ length: this.length }, (_, k) => cache.get(k));
	}

	#shapeId(keys: string[]): number {
		const s = this.shapes.findIndex(
			(k) => k.length === keys.length && k.every((x, i) => x === keys[i])
		);
		if (s >= 0) return s;
		if (this.shapes.length === 256) throw new Error('more than 256 figure layouts in one dataset');
		return this.shapes.push(keys) - 1;
	}
}
