import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	encodeScenarioHash,
	encodeScenarioLink,
	LINK_MAX_CHARS,
	linkOpens
} from '../../../src/lib/scenario/url.ts';
import { decodeScenarioHash } from '../../../src/lib/scenario/urlDecode.ts';
import { ScenarioSchema, type Scenario } from '../../../src/lib/scenario/schema.ts';

const name = fc
	.string({ minLength: 1, maxLength: 12 })
	.filter((s) => s.trim() === s && s.length > 0);
// JSON writes -0 as 0, and a rate or value of -0 means 0: leave it out of the generator.
const finite = fc
	.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })
	.filter((v) => !Object.is(v, -0));
const year = fc.integer({ min: 1990, max: 2060 });

const assumption = fc.record(
	{
		region: name,
		indicator: name,
		method: fc.constantFrom('hold', 'linear'),
		rate: finite,
		sigma: fc.double({ min: 0, max: 100, noNaN: true }).filter((v) => !Object.is(v, -0)),
		baseline: fc.record({ year, value: finite })
	},
	{ requiredKeys: ['region', 'indicator'] }
);

const scenario: fc.Arbitrary<Scenario> = fc.record(
	{
		format: fc.constant('mubiao-scenario' as const),
		version: fc.constant(2 as const),
		name,
		description: fc.string({ maxLength: 40 }),
		baseYear: year,
		horizon: year,
		milestones: fc.array(year, { minLength: 1, maxLength: 4 }),
		view: fc.record(
			{
				region: name,
				compare: fc.array(name, { maxLength: 5 }),
				indicator: name,
				mode: fc.constantFrom('value', 'share')
			},
			{ requiredKeys: [] }
		),
		assumptions: fc.array(assumption, { maxLength: 6 }),
		targets: fc.array(
			fc.record({
				region: name,
				indicator: name,
				year: fc.option(year, { nil: null }),
				comparator: fc.constantFrom('>=', '<=', '>', '<'),
				value: finite
			}),
			{ maxLength: 3 }
		),
		observations: fc.array(fc.record({ region: name, indicator: name, year, value: finite }), {
			maxLength: 3
		})
	},
	{ requiredKeys: ['format', 'version', 'name'] }
);

describe('share-link codec', () => {
	it('restores exactly what it encodes (random scenarios)', async () => {
		await fc.assert(
			fc.asyncProperty(scenario, async (s) => {
				expect(ScenarioSchema.safeParse(s).success).toBe(true);
				const hash = await encodeScenarioHash(s);
				expect(hash).toMatch(/^s=1\.[A-Za-z0-9_-]+$/);
				const back = await decodeScenarioHash(`#${hash}`);
				expect(back).toEqual({ ok: true, scenario: s, migratedFrom: 2 });
			}),
			{ numRuns: 150 }
		);
	});

	it('reads a version-0 link (plain base64url JSON of a version-0 scenario)', async () => {
		const v0 = {
			version: 0,
			name: '旧',
			region: '重庆市',
			assumptions: [{ region: '重庆市', indicator: 'x', spread: 0.5 }]
		};
		const b64 = Buffer.from(JSON.stringify(v0)).toString('base64url');
		const r = await decodeScenarioHash(`#s=0.${b64}`);
		expect(r).toMatchObject({
			ok: true,
			migratedFrom: 0,
			scenario: { view: { region: '重庆市' }, assumptions: [{ sigma: 0.5 }] }
		});
	});

	it('returns null for a page without a scenario, and one sentence for damaged links', async () => {
		expect(await decodeScenarioHash('')).toBeNull();
		expect(await decodeScenarioHash('#other=1')).toBeNull();
		const good = await encodeScenarioHash({
			format: 'mubiao-scenario',
			version: 2,
			name: 'x',
			view: { region: '重庆市' }
		});
		for (const bad of [
			's=1.',
			's=1.!!!',
			's=garbage',
			`${good.slice(0, good.length - 6)}`,
			's=1.AAAA'
		]) {
			const r = await decodeScenarioHash(bad);
			expect(r?.ok, bad).toBe(false);
			if (r && !r.ok) expect(r.error.en).toMatch(/damaged|incomplete/);
		}
		const future = await decodeScenarioHash('s=9.AAAA');
		expect(future && !future.ok && future.error.en).toMatch(/version 9, newer/);
	});
});

describe('links that cannot work are refused at once', () => {
	const toBase64Url = (bytes: Uint8Array) =>
		Buffer.from(bytes)
			.toString('base64')
			.replace(/\+/g, '-')
			.replace(/\//g, '_')
			.replace(/=+$/, '');

	it('a deflate bomb (a small link inflating to 64 MB) stops at the limit with one message', async () => {
		// 64 MiB of one repeated byte deflates to about 64 KB: far past the 8 MiB the decoder reads
		const { deflateRawSync } = await import('node:zlib');
		const bomb = deflateRawSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
		expect(bomb.length).toBeLessThan(200_000);
		const r = await decodeScenarioHash(`#s=1.${toBase64Url(bomb)}`);
		expect(r?.ok).toBe(false);
		if (r && !r.ok) expect(r.error.en).toMatch(/too large/);
	});

	it('a link longer than a browser can open is refused before it is decoded', async () => {
		const r = await decodeScenarioHash(`#s=1.${'A'.repeat(2_100_000)}`);
		expect(r && !r.ok && r.error.en).toMatch(/too large/);
	});

	it('a short link of very repetitive data that the reader would refuse is never offered', async () => {
		// 300 assumptions on a region named by 30,000 characters (legal: a name may be as long as
		// a cell, 32,767): about 300 × 30,000 × 3 UTF-8 bytes = 27 MB of JSON, deflating to a few
		// tens of thousands of characters — a link short enough to write, too large to read back.
		const region = '区'.repeat(30_000);
		const s: Scenario = {
			format: 'mubiao-scenario',
			version: 2,
			name: '重复',
			assumptions: Array.from({ length: 300 }, (_, i) => ({ region, indicator: `x${i}`, rate: 1 }))
		};
		expect(ScenarioSchema.safeParse(s).success).toBe(true);
		const { hash, inflated } = await encodeScenarioLink(s);
		expect(hash.length).toBeLessThan(LINK_MAX_CHARS);
		expect(inflated).toBeGreaterThan(8 * 1024 * 1024);
		const read = await decodeScenarioHash(`#${hash}`);
		expect(read?.ok).toBe(false);
		// The writer knows: this link does not open, so the page says so instead of "copied".
		expect(linkOpens(hash.length + 40, inflated)).toBe(false);
		const small = await encodeScenarioLink({ ...s, assumptions: s.assumptions!.slice(0, 10) });
		expect(linkOpens(small.hash.length + 40, small.inflated)).toBe(true);
		expect((await decodeScenarioHash(`#${small.hash}`))?.ok).toBe(true);
	});
});
