/**
 * What of the analyst's data a share link carries. Values typed in always travel; an import, a
 * policy text or a scenario's own observations and targets travel while the data they add to
 * the link stays within {@link LINK_DATA_BUDGET} characters (smallest first), and beyond it the
 * link only names them — file name, number of values, the fingerprint that recognises the same
 * figures when the recipient imports the file, and the series that depend on them. So a link
 * with data stays short enough for chat tools, and never approaches what a browser can open.
 */
import { countOf, fingerprintOf, touchesOf } from '../data/layers.ts';
import type { Dataset, Observation, Target } from '../data/model.ts';
import { asReference } from './dataEntries.ts';
import type { DataEntry } from './dataSchema.ts';
import type { Scenario } from './schema.ts';
import { compactScenario, pipe } from './url.ts';
import { compactEntries } from './urlData.ts';

/**
 * Characters of a link the carried data may take. Measured with scripts/measure-link.ts (the
 * importer's own output, deflated and base64url-encoded as the link writes it): a value typed in
 * costs about 380 characters; an imported figure 6.6 (40 districts × 10 years × 3 indicators)
 * to 9.2 (a World Bank file, 200 countries × 30 years), 16 in a file of 50 figures, whose names
 * and source weigh more. So about 700–900 imported figures fit, and with the screen's own state
 * (150–500 characters) a link with data stays under the 8,000 that chat tools keep whole.
 */
export const LINK_DATA_BUDGET = 6000;

/** A figure costs at least this many characters once deflated (far fewer only for degenerate data). */
const MIN_CHARS_PER_FIGURE = 0.25;

const costs = new WeakMap<object, number>();

async function deflatedChars(value: unknown): Promise<number> {
	const bytes = new TextEncoder().encode(JSON.stringify(value));
	const packed = await pipe(bytes, new CompressionStream('deflate-raw'));
	return Math.ceil((packed.length * 4) / 3);
}

/** What an entry's figures add to a link, in characters (once per dataset). */
async function entryCost(e: DataEntry & { dataset: Dataset }, budget: number): Promise<number> {
	const known = costs.get(e.dataset);
	if (known !== undefined) return known;
	const cost =
		countOf(e.dataset) * MIN_CHARS_PER_FIGURE > budget
			? Infinity
			: await deflatedChars(compactEntries([e]));
	costs.set(e.dataset, cost);
	return cost;
}

/** The scenario's own observations and targets as a dataset (for its fingerprint and series). */
function ownData(s: Scenario): Dataset {
	const observations = (s.observations ?? []).map(
		(o) => ({ ...o, provenance: [] }) as unknown as Observation
	);
	const targets = (s.targets ?? []).map(
		(t) =>
			({
				...t,
				year: t.year ?? null,
				valueMax: t.valueMax ?? null,
				provenance: []
			}) as unknown as Target
	);
	return { sources: [], regions: [], indicators: [], observations, targets };
}

async function ownCost(s: Scenario, budget: number): Promise<number> {
	const key = s.observations ?? s.targets;
	if (!key) return 0;
	const known = costs.get(key);
	if (known !== undefined) return known;
	const figures = (s.observations?.length ?? 0) + (s.targets?.length ?? 0);
	const { o, t } = compactScenario({
		format: s.format,
		version: s.version,
		name: s.name,
		...(s.observations ? { observations: s.observations } : {}),
		...(s.targets ? { targets: s.targets } : {})
	});
	const cost = figures * MIN_CHARS_PER_FIGURE > budget ? Infinity : await deflatedChars({ o, t });
	costs.set(key, cost);
	return cost;
}

/** Names of a scenario's own figures to ids (they may be written as names). */
export type Resolve = (region: string, indicator: string) => [string, string];

/** The scenario's own data named instead of carried. */
function ownReference(s: Scenario, resolve: Resolve): DataEntry {
	const data = ownData(s);
	const fingerprint = fingerprintOf(data);
	const resolved: Dataset = {
		...data,
		observations: data.observations.map((o) => {
			const [region, indicator] = resolve(o.region, o.indicator);
			return { ...o, region, indicator };
		}),
		targets: data.targets.map((t) => {
			const [region, indicator] = resolve(t.region, t.indicator);
			return { ...t, region, indicator };
		})
	};
	return {
		id: `scn-0-${fingerprint.slice(0, 12)}`,
		kind: 'scenario',
		name: s.name,
		count: countOf(data),
		fingerprint,
		touches: touchesOf(resolved)
	};
}

/**
 * The scenario as a link carries it, and the entries it only names (for telling the sender).
 * Entries that carry nothing stay as they are.
 */
export async function fitLinkData(
	s: Scenario,
	options: { budget?: number; resolve?: Resolve } = {}
): Promise<{ scenario: Scenario; referenced: DataEntry[] }> {
	const budget = options.budget ?? LINK_DATA_BUDGET;
	const entries = s.data ?? [];
	type Candidate = { index: number; cost: number };
	const candidates: Candidate[] = [];
	let used = 0;
	for (const [index, e] of entries.entries()) {
		if (!e.dataset) continue;
		const cost = await entryCost(e as DataEntry & { dataset: Dataset }, budget);
		if (e.kind === 'entered') used += cost;
		else candidates.push({ index, cost });
	}
	const own = await ownCost(s, budget);
	if (own > 0) candidates.push({ index: -1, cost: own });
	candidates.sort((a, b) => a.cost - b.cost);
	const named = new Set<number>();
	for (const c of candidates) {
		if (used + c.cost <= budget) used += c.cost;
		else named.add(c.index);
	}
	if (named.size === 0) return { scenario: s, referenced: [] };
	const data = entries.map((e, i) => (named.has(i) ? asReference(e) : e));
	const referenced = data.filter((_, i) => named.has(i));
	const out: Scenario = { ...s, data };
	if (named.has(-1)) {
		const ref = ownReference(s, options.resolve ?? ((r, i) => [r, i]));
		delete out.observations;
		delete out.targets;
		out.data = [...data, ref];
		referenced.push(ref);
	}
	return { scenario: out, referenced };
}
