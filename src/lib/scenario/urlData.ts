/**
 * The analyst's data in a share link (the `l` of the compact layout, url.ts): each entry as a
 * row, and a carried entry's figures as rows that point into a table of its region and
 * indicator ids and of its provenance lists, so that a name or a source repeated on every
 * figure is written once. What a carried entry is (count, fingerprint, series) is computed again
 * from its figures when the link is opened, so it is not written. Pure; the result of
 * {@link expandEntries} is validated by the scenario schema like everything in a link.
 */
import type { Observation, Provenance, Target } from '../data/model.ts';
import type { DataEntry } from './dataSchema.ts';

type Cell = string | number | boolean | null | Record<string, unknown> | unknown[];

const trim = (row: Cell[]): Cell[] => {
	let end = row.length;
	while (end > 0 && row[end - 1] === null) end--;
	return row.slice(0, end);
};

/** The optional fields of a figure, with one-letter keys. */
function extraOf(f: Observation | Target): Record<string, unknown> | null {
	const x: Record<string, unknown> = {};
	if (f.unit !== undefined) x.u = f.unit;
	if (f.approximate) x.a = true;
	if (f.note !== undefined) x.n = f.note;
	if (f.yearInferred) x.y = true;
	if ('horizon' in f && f.horizon !== undefined) x.h = f.horizon;
	return Object.keys(x).length > 0 ? x : null;
}

function compactDataset(d: NonNullable<DataEntry['dataset']>): Record<string, unknown> {
	const keys: string[] = [];
	const keyIndex = new Map<string, number>();
	const key = (s: string) => {
		let i = keyIndex.get(s);
		if (i === undefined) keyIndex.set(s, (i = keys.push(s) - 1));
		return i;
	};
	const lists: Provenance[][] = [];
	const listIndex = new Map<string, number>();
	const prov = (p: Provenance[]) => {
		const k = JSON.stringify(p);
		let i = listIndex.get(k);
		if (i === undefined) listIndex.set(k, (i = lists.push(p) - 1));
		return i;
	};
	const o = d.observations.map((f) =>
		trim([key(f.region), key(f.indicator), f.year, f.value, prov(f.provenance), extraOf(f)])
	);
	const t = d.targets.map((f) =>
		trim([
			key(f.region),
			key(f.indicator),
			f.year,
			f.value,
			f.comparator,
			f.valueMax,
			prov(f.provenance),
			extraOf(f)
		])
	);
	const c: Record<string, unknown> = {
		s: d.sources,
		r: d.regions,
		i: d.indicators,
		k: keys,
		p: lists
	};
	if (o.length > 0) c.o = o;
	if (t.length > 0) c.t = t;
	if (d.conflicts) c.c = d.conflicts;
	return c;
}

/** The entries in the link's layout. */
export function compactEntries(entries: readonly DataEntry[]): Cell[][] {
	return entries.map((e) =>
		trim([
			e.id,
			e.kind,
			e.name,
			e.addedAt ?? null,
			// The position is the time added unless a link reordered it.
			e.position === e.addedAt ? null : (e.position ?? null),
			e.dataset ? null : (e.count ?? null),
			e.dataset ? null : (e.fingerprint ?? null),
			e.dataset ? null : ((e.touches as Record<string, unknown> | undefined) ?? null),
			e.dataset ? compactDataset(e.dataset) : null
		])
	);
}

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** A figure's optional fields back from one-letter keys (only these keys are read). */
function withExtra(figure: Record<string, unknown>, extra: unknown): Record<string, unknown> {
	if (!isObject(extra)) return figure;
	if (extra.u !== undefined) figure.unit = extra.u;
	if (extra.a !== undefined) figure.approximate = extra.a;
	if (extra.n !== undefined) figure.note = extra.n;
	if (extra.y !== undefined) figure.yearInferred = extra.y;
	if (extra.h !== undefined) figure.horizon = extra.h;
	return figure;
}

function expandDataset(c: unknown): unknown {
	if (!isObject(c)) return c;
	const keys = arr(c.k);
	const lists = arr(c.p);
	// An index that points nowhere gives undefined, which the schema refuses.
	const at = (list: unknown[], i: unknown) => (typeof i === 'number' ? list[i] : undefined);
	const observations = arr(c.o).map((r) => {
		const [region, indicator, year, value, p, extra] = arr(r);
		return withExtra(
			{
				region: at(keys, region),
				indicator: at(keys, indicator),
				value,
				provenance: at(lists, p),
				year: year ?? null
			},
			extra
		);
	});
	const targets = arr(c.t).map((r) => {
		const [region, indicator, year, value, comparator, valueMax, p, extra] = arr(r);
		return withExtra(
			{
				region: at(keys, region),
				indicator: at(keys, indicator),
				value,
				provenance: at(lists, p),
				year: year ?? null,
				comparator,
				valueMax: valueMax ?? null
			},
			extra
		);
	});
	const out: Record<string, unknown> = {
		sources: c.s,
		regions: c.r,
		indicators: c.i,
		observations,
		targets
	};
	if (c.c !== undefined) out.conflicts = c.c;
	return out;
}

/** The link's layout back to entries (not yet validated). */
export function expandEntries(rows: unknown): unknown {
	if (!Array.isArray(rows)) return rows;
	return rows.map((r) => {
		if (!Array.isArray(r)) return r;
		const [id, kind, name, addedAt, position, count, fingerprint, touches, dataset] = r;
		const e: Record<string, unknown> = { id, kind, name };
		if (addedAt != null) e.addedAt = addedAt;
		if (position != null) e.position = position;
		if (count != null) e.count = count;
		if (fingerprint != null) e.fingerprint = fingerprint;
		if (touches != null) e.touches = touches;
		if (dataset != null) e.dataset = expandDataset(dataset);
		return e;
	});
}
