/**
 * The share link's fragment: `#s=<link version>.<payload>`. Version 1 is the scenario in a
 * compact array layout, deflated (the platform's CompressionStream) and base64url-encoded.
 * Version 0 links carried the plain JSON of a version-0 scenario, base64url-encoded; they are
 * still read (urlDecode.ts, which validates and so loads the schema only when a link is opened).
 * Pure apart from the platform's compression streams (browser and Node ≥ 18).
 */
import { SCENARIO_FORMAT, SCENARIO_VERSION } from './format.ts';
import type { Scenario } from './schema.ts';
import { compactEntries, expandEntries } from './urlData.ts';

export const LINK_VERSION = 1;
export const HASH_KEY = 's';

/**
 * The longest link the app writes or reads, in characters: below Chromium's limit on a URL
 * (2 MiB), so that a link that is copied can also be opened.
 */
export const LINK_MAX_CHARS = 2_000_000;
/**
 * The most a link's payload may inflate to (bytes). A scenario that fits in a link inflates to a
 * few hundred kilobytes at most; a hostile link that would inflate to gigabytes is stopped here.
 */
export const LINK_MAX_INFLATED = 8 * 1024 * 1024;

function toBase64Url(bytes: Uint8Array): string {
	let bin = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array | null {
	if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
	try {
		const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
		const out = new Uint8Array(bin.length);
		for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
		return out;
	} catch {
		return null;
	}
}

export async function pipe(
	bytes: Uint8Array,
	stream: CompressionStream | DecompressionStream
): Promise<Uint8Array> {
	const blob = new Blob([bytes as BlobPart]);
	const out = await new Response(blob.stream().pipeThrough(stream)).arrayBuffer();
	return new Uint8Array(out);
}

/**
 * Inflate `bytes` (raw deflate), reading at most `limit` bytes of output: null when the output
 * would be longer. The stream is cancelled at the limit, so a deflate bomb costs no more.
 */
export async function inflateAtMost(bytes: Uint8Array, limit: number): Promise<Uint8Array | null> {
	const reader = new Blob([bytes as BlobPart])
		.stream()
		.pipeThrough(new DecompressionStream('deflate-raw'))
		.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.length;
		if (total > limit) {
			await reader.cancel();
			return null;
		}
		chunks.push(value);
	}
	const out = new Uint8Array(total);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return out;
}

type Row = (string | number | null)[];

/** Drop trailing nulls so that unset fields cost nothing. */
function trim(row: Row): Row {
	let end = row.length;
	while (end > 0 && row[end - 1] === null) end--;
	return row.slice(0, end);
}

/** The scenario in the link's compact layout. */
export function compactScenario(s: Scenario): Record<string, unknown> {
	const c: Record<string, unknown> = { n: s.name };
	if (s.description !== undefined) c.d = s.description;
	if (s.baseYear !== undefined) c.b = s.baseYear;
	if (s.asOf !== undefined) c.y = s.asOf;
	if (s.horizon !== undefined) c.h = s.horizon;
	if (s.milestones !== undefined) c.m = s.milestones;
	if (s.view !== undefined) c.v = s.view;
	if (s.assumptions !== undefined) {
		c.a = s.assumptions.map((a) =>
			trim([
				a.region,
				a.indicator,
				a.method ?? null,
				a.rate ?? null,
				a.sigma ?? null,
				a.baseline?.year ?? null,
				a.baseline?.value ?? null
			])
		);
	}
	if (s.targets !== undefined) c.t = s.targets;
	if (s.observations !== undefined) {
		c.o = s.observations.map((o) =>
			trim([o.region, o.indicator, o.year, o.value, o.unit ?? null, o.note ?? null])
		);
	}
	if (s.data !== undefined) c.l = compactEntries(s.data);
	return c;
}

const isRow = (v: unknown): v is unknown[] => Array.isArray(v);
const opt = <T>(v: T | null | undefined): T | undefined => (v === null ? undefined : v);

/** The compact layout back to a scenario object (not yet validated). */
export function expandScenario(c: unknown): unknown {
	if (typeof c !== 'object' || c === null || Array.isArray(c)) return c;
	const { n, d, b, y, h, m, v, a, t, o, l, ...unknown } = c as Record<string, unknown>;
	const s: Record<string, unknown> = {
		format: SCENARIO_FORMAT,
		version: SCENARIO_VERSION,
		name: n,
		...unknown
	};
	if (d !== undefined) s.description = d;
	if (b !== undefined) s.baseYear = b;
	if (y !== undefined) s.asOf = y;
	if (h !== undefined) s.horizon = h;
	if (m !== undefined) s.milestones = m;
	if (v !== undefined) s.view = v;
	if (a !== undefined) {
		s.assumptions = isRow(a)
			? a.map((r) => {
					if (!isRow(r)) return r;
					const [region, indicator, method, rate, sigma, by, bv] = r;
					const x: Record<string, unknown> = { region, indicator };
					if (opt(method) !== undefined) x.method = method;
					if (opt(rate) !== undefined) x.rate = rate;
					if (opt(sigma) !== undefined) x.sigma = sigma;
					if (opt(by) !== undefined || opt(bv) !== undefined) x.baseline = { year: by, value: bv };
					return x;
				})
			: a;
	}
	if (t !== undefined) s.targets = t;
	if (o !== undefined) {
		s.observations = isRow(o)
			? o.map((r) => {
					if (!isRow(r)) return r;
					const [region, indicator, year, value, unit, note] = r;
					const x: Record<string, unknown> = { region, indicator, year, value };
					if (opt(unit) !== undefined) x.unit = unit;
					if (opt(note) !== undefined) x.note = note;
					return x;
				})
			: o;
	}
	if (l !== undefined) s.data = expandEntries(l);
	return s;
}

/** `s=1.<payload>`: the fragment (without `#`) that restores the scenario. */
export async function encodeScenarioHash(s: Scenario): Promise<string> {
	return (await encodeScenarioLink(s)).hash;
}

/** The fragment, and how many bytes its payload inflates to when it is read. */
export async function encodeScenarioLink(s: Scenario): Promise<{ hash: string; inflated: number }> {
	const bytes = new TextEncoder().encode(JSON.stringify(compactScenario(s)));
	const packed = await pipe(bytes, new CompressionStream('deflate-raw'));
	return { hash: `${HASH_KEY}=${LINK_VERSION}.${toBase64Url(packed)}`, inflated: bytes.length };
}

/**
 * Whether a link can be opened again: the whole address within {@link LINK_MAX_CHARS} and its
 * payload within what the reader inflates ({@link LINK_MAX_INFLATED}) — a short link of very
 * repetitive data could otherwise be written and then refused.
 */
export function linkOpens(addressChars: number, inflated: number): boolean {
	return addressChars <= LINK_MAX_CHARS && inflated <= LINK_MAX_INFLATED;
}
