/**
 * Export then import gives back the same figures (data-format.md §1): `writeCanonical` →
 * bytes → the whole import pipeline → `applyImport`, into a dataset holding the same regions,
 * indicators and sources but no figures, on random datasets.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeCanonical } from '../../../src/lib/data/canonical.ts';
import {
	applyImport,
	canonicalCsvForExcel,
	importBytes,
	importText
} from '../../../src/lib/data/import/index.ts';
import {
	COMPARATORS,
	DatasetSchema,
	type Dataset,
	type Indicator,
	type Observation,
	type Provenance,
	type Region,
	type Source,
	type Target
} from '../../../src/lib/data/model.ts';
import { nameKey } from '../../../src/lib/domain/text.ts';

const CJK = [
	...'重庆四川浙江福建省市区县南岸高等教育毛入学率学前园九年义务巩固普通学校数专任教师经费双师型'
];
const ASCII = [...'abcXYZ09 -'];
/** Characters that stress the CSV writer in free text (no `|`: it separates provenances). */
const TRICKY = [...',"\'\n\r\t;=+-@%…（）'];

const word = (chars: string[], max: number) =>
	fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: max }).map((a) => a.join(''));
/** A name: Chinese or ASCII, possibly starting with a formula character; trimmed, non-empty. */
const name = fc
	.tuple(fc.constantFrom('', '', '', '=', '+', '-', '@'), fc.oneof(word(CJK, 6), word(ASCII, 10)))
	.map(([lead, body]) => (lead + body).trim())
	.filter((s) => s.length > 0);
/** Free text with commas, quotes, line breaks and leading formula characters; trimmed. */
const text = fc
	.tuple(
		fc.constantFrom('', '=', '+', '-', '@', "'="),
		fc.array(fc.oneof(word(CJK, 4), word(ASCII, 4), fc.constantFrom(...TRICKY)), {
			minLength: 1,
			maxLength: 8
		})
	)
	.map(([lead, parts]) => (lead + parts.join('')).trim())
	.filter((s) => s.length > 0);
/** Any finite value (a rate target's yearly change may be negative). */
const anyValue = fc
	.oneof(
		fc.integer({ min: -1_000_000, max: 1_000_000 }),
		fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 100),
		fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 })
	)
	.map((v) => (Object.is(v, -0) ? 0 : v));
/**
 * A value within the bounds an indicator's unit implies (engine.md: `%` → 0–100, others ≥ 0):
 * the importer refuses figures outside them, and an export holds only what was imported.
 * (`%` by the remainder, which is exact for doubles.)
 */
const within = (unit: string, v: number) => (unit === '%' ? Math.abs(v) % 100 : Math.abs(v));
const UNITS = ['%', '所', '万人', '年', '', '亿元', '个百分点'];

/** Names distinct under the importer's name matching (a dataset whose names collide is ambiguous). */
function distinct<T extends { id: string; zh: string; en: string; aliases: readonly string[] }>(
	items: T[]
): T[] {
	const seen = new Set<string>();
	return items.filter((item) => {
		const keys = [item.id, item.zh, item.en, ...item.aliases].map(nameKey);
		if (keys.some((k) => seen.has(k))) return false;
		for (const k of keys) seen.add(k);
		return true;
	});
}

const registry = fc
	.record({
		regions: fc.array(
			fc.record({
				id: name,
				zh: name,
				en: name,
				level: fc.constantFrom('national', 'province', 'city', 'district', 'county')
			}),
			{ minLength: 1, maxLength: 5 }
		),
		indicators: fc.array(
			fc.record({
				id: name,
				zh: name,
				en: name,
				unit: fc.constantFrom(...UNITS),
				direction: fc.constantFrom('up', 'down')
			}),
			{ minLength: 1, maxLength: 4 }
		),
		sources: fc.array(
			fc.record({
				id: name,
				title: text,
				kind: fc.constantFrom('reference', 'seed', 'import', 'document', 'scenario')
			}),
			{ minLength: 1, maxLength: 3 }
		)
	})
	.map(({ regions, indicators, sources }) => ({
		regions: distinct(regions.map((r): Region => ({ ...r, aliases: [] }))),
		indicators: distinct(indicators.map((i): Indicator => ({ ...i, aliases: [] }))),
		sources: sources.filter((s, i) => sources.findIndex((t) => t.id === s.id) === i) as Source[]
	}));

function figures(reg: { regions: Region[]; indicators: Indicator[]; sources: Source[] }) {
	const provenance = fc.array(
		fc.record(
			{ source: fc.constantFrom(...reg.sources.map((s) => s.id)), section: text, excerpt: text },
			{ requiredKeys: ['source'] }
		),
		{ minLength: 1, maxLength: 3 }
	) as fc.Arbitrary<Provenance[]>;
	const common = fc.record({
		region: fc.constantFrom(...reg.regions.map((r) => r.id)),
		indicator: fc.constantFrom(...reg.indicators.map((i) => i.id)),
		value: anyValue,
		unit: fc.option(fc.constantFrom(...UNITS.filter((u) => u !== '')), { nil: undefined }),
		approximate: fc.boolean(),
		provenance,
		note: fc.option(text, { nil: undefined })
	});
	// Optional fields only when present, and a unit only when it differs from the indicator's.
	const tidy = <
		T extends {
			indicator: string;
			unit?: string | undefined;
			approximate: boolean;
			note?: string | undefined;
		}
	>(
		f: T
	) => {
		const { unit, approximate, note, ...rest } = f;
		const indicatorUnit = reg.indicators.find((i) => i.id === f.indicator)?.unit;
		return {
			...rest,
			...(unit !== undefined && unit !== indicatorUnit ? { unit } : {}),
			...(approximate ? { approximate: true } : {}),
			...(note !== undefined ? { note } : {})
		};
	};
	const unitOf = (id: string) => reg.indicators.find((i) => i.id === id)?.unit ?? '';
	/** The value made plausible for the indicator (the unit it is stored in decides). */
	const plausible = <T extends { indicator: string; value: number }>(f: T, rate = false): T =>
		rate ? f : { ...f, value: within(unitOf(f.indicator), f.value) };
	const observation = fc
		.tuple(common, fc.option(fc.integer({ min: 1900, max: 2200 }), { nil: null }))
		.map(([f, year]): Observation => ({ ...tidy(plausible(f)), year }));
	const target = fc
		.tuple(
			common,
			fc.option(fc.integer({ min: 1900, max: 2200 }), { nil: null }),
			fc.constantFrom(...COMPARATORS),
			fc.double({ noNaN: true, min: 0, max: 1e6 })
		)
		.map(([f, year, comparator, width]): Target => {
			const t = tidy(plausible(f, comparator === 'rate<=' || comparator === 'rate>='));
			return { ...t, year, comparator, valueMax: comparator === 'range' ? t.value + width : null };
		});
	return fc.record({
		observations: fc.array(observation, { maxLength: 12 }),
		targets: fc.array(target, { maxLength: 8 })
	});
}

const datasets = registry.chain((reg) =>
	figures(reg).map((f): Dataset => ({ ...reg, observations: f.observations, targets: f.targets }))
);

describe('export → import round trip', () => {
	it('gives back the same observations and targets, through the whole pipeline', () => {
		fc.assert(
			fc.property(datasets, (dataset) => {
				DatasetSchema.parse(dataset);
				const csv = writeCanonical(dataset);
				const empty: Dataset = { ...dataset, observations: [], targets: [] };
				const report = importBytes(new TextEncoder().encode(csv), empty, {
					fileName: 'roundtrip.csv'
				});
				expect(report.shape).toBe('canonical');
				expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
				expect(report.newRegions).toEqual([]);
				expect(report.newIndicators).toEqual([]);
				const back = applyImport(empty, report);
				expect(back.observations).toEqual(dataset.observations);
				expect(back.targets).toEqual(dataset.targets);
				expect(back.regions).toEqual(dataset.regions);
				expect(back.indicators).toEqual(dataset.indicators);
				expect(back.sources).toEqual(dataset.sources);
			}),
			{ numRuns: 300 }
		);
	});

	it('also through the BOM-prefixed file for Excel', () => {
		fc.assert(
			fc.property(datasets, (dataset) => {
				const empty: Dataset = { ...dataset, observations: [], targets: [] };
				const report = importText(canonicalCsvForExcel(dataset), empty);
				const back = applyImport(empty, report);
				expect(back.observations).toEqual(dataset.observations);
				expect(back.targets).toEqual(dataset.targets);
			}),
			{ numRuns: 50 }
		);
	});
});
