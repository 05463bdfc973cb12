/**
 * Names such as `__proto__`, `constructor` and `prototype` arriving through a link and a
 * scenario file — as region, indicator and source names, in the analyst's data a scenario
 * carries, and as JSON keys — change nothing on `Object.prototype`: names from data are values
 * (or Map keys) everywhere, never plain-object keys. Afterwards schemas still work.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { builtInDataset } from '../../../src/cli/seedFiles.ts';
import { IdbLayerBackend } from '../../../src/lib/data/layerStore.ts';
import { createStore } from 'idb-keyval';
import { newLayerId } from '../../../src/lib/data/layers.ts';
import { parseScenarioText } from '../../../src/lib/scenario/parse.ts';
import type { Scenario } from '../../../src/lib/scenario/schema.ts';
import { encodeScenarioHash } from '../../../src/lib/scenario/url.ts';
import { decodeScenarioHash } from '../../../src/lib/scenario/urlDecode.ts';
import { AppState } from '../../../src/lib/state/app.svelte.ts';
import { comparisonInput } from '../../../src/lib/state/chartData.ts';
import { scorecardCsv } from '../../../src/lib/state/exports.ts';
import { gapRows, gapTable } from '../../../src/lib/state/gapRows.ts';
import { layerDetails } from '../../../src/lib/state/myData.ts';
import { ScorecardModel } from '../../../src/lib/state/scorecard.svelte.ts';
import { stampOf } from '../../../src/lib/state/stamp.ts';
import { UrlSync } from '../../../src/lib/state/urlSync.svelte.ts';

const HOSTILE = ['__proto__', 'constructor', 'prototype'];
const builtIn = builtInDataset();

/** A scenario whose every name is hostile: own data, assumptions, view, and a carried data layer. */
function hostileScenario(): Scenario {
	const source = HOSTILE[0]!;
	return {
		format: 'mubiao-scenario',
		version: 2,
		name: '__proto__',
		view: { region: '__proto__', indicator: 'constructor', compare: ['prototype'] },
		assumptions: HOSTILE.map((h) => ({ region: h, indicator: h, rate: 1 })),
		targets: HOSTILE.map((h) => ({ region: h, indicator: h, year: 2027, value: 50 })),
		observations: HOSTILE.map((h) => ({ region: h, indicator: h, year: 2020, value: 40 })),
		data: [
			{
				id: newLayerId('import'),
				kind: 'import',
				name: '__proto__',
				dataset: {
					sources: [{ id: source, kind: 'import', title: 'constructor' }],
					regions: HOSTILE.map((h) => ({
						id: h,
						zh: h,
						en: h,
						aliases: [h],
						level: 'city' as const
					})),
					indicators: HOSTILE.map((h) => ({
						id: h,
						zh: h,
						en: h,
						aliases: [h],
						unit: '%',
						direction: 'up' as const
					})),
					observations: HOSTILE.flatMap((h) =>
						[2019, 2021, 2023].map((year, i) => ({
							region: h,
							indicator: h,
							value: 30 + i * 5,
							provenance: [{ source, section: h, excerpt: h }],
							note: h,
							year
						}))
					),
					targets: []
				}
			}
		]
	};
}

/** Everything the page does with a loaded scenario's names. */
async function useEverywhere(app: AppState): Promise<void> {
	const card = new ScorecardModel(app);
	for (const r of app.run.results) {
		card.enteredAt(r, 2020);
		card.missingFor(r);
	}
	scorecardCsv(card.rows, app.effective, stampOf(app.scenario), 'zh');
	gapTable(
		gapRows(app.run, app.effective, { region: null, status: null, query: '__proto__' }, 'zh'),
		'zh'
	);
	for (const h of HOSTILE) {
		app.view.showTarget(h, h);
		comparisonInput({
			dataset: app.effective,
			view: app.view,
			lang: 'zh',
			milestones: [2027],
			horizon: 2035
		});
	}
	for (const l of app.data.layers) layerDetails(l, builtIn, app.effective, 'zh');
	const sync = new UrlSync(app);
	const { hash } = await sync.encode(sync.current());
	await decodeScenarioHash(`#${hash}`);
	const backend = new IdbLayerBackend(createStore('prototype-test', 'layers'));
	for (const l of app.data.layers)
		if (l.data) await backend.put(l as typeof l & { data: NonNullable<typeof l.data> });
	await backend.load();
}

function expectPrototypeUnchanged(before: string[]): void {
	expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
	const plain: Record<string, unknown> = {};
	expect([plain.region, plain.source, plain.prev, plain.next]).toEqual([
		undefined,
		undefined,
		undefined,
		undefined
	]);
	expect(z.strictObject({ a: z.number() }).safeParse({ a: 1 }).success).toBe(true);
}

describe('hostile names through links and scenario files', () => {
	it('a link leaves Object.prototype as it was', async () => {
		const before = Object.getOwnPropertyNames(Object.prototype).sort();
		const hash = await encodeScenarioHash(hostileScenario());
		const read = await decodeScenarioHash(`#${hash}`);
		expect(read?.ok ? 'ok' : read?.error.en).toBe('ok');
		const app = new AppState(builtIn, { open: async () => null, channel: null });
		if (read?.ok) app.openScenario(read.scenario, 'link');
		expect(app.effectiveIndex.regions.byId('__proto__')?.zh).toBe('__proto__');
		await useEverywhere(app);
		expectPrototypeUnchanged(before);
	});

	it('a scenario file, with the names as values and as JSON keys, leaves it as it was', async () => {
		const before = Object.getOwnPropertyNames(Object.prototype).sort();
		const app = new AppState(builtIn, { open: async () => null, channel: null });
		const parsed = parseScenarioText(JSON.stringify(hostileScenario()));
		expect(parsed.ok).toBe(true);
		if (parsed.ok) app.openScenario(parsed.scenario, 'scenario');
		await useEverywhere(app);
		// JSON keys: refused as unknown fields, without reaching any prototype.
		for (const key of HOSTILE) {
			const text = `{"format":"mubiao-scenario","version":2,"name":"x","${key}":{"polluted":true},"view":{"${key}":{"polluted":true}},"data":[{"id":"imp-1-000000000000","kind":"import","name":"x","count":1,"fingerprint":"0000000000000000","${key}":{"polluted":true}}]}`;
			const r = parseScenarioText(text);
			expect(r.ok).toBe(false);
		}
		expectPrototypeUnchanged(before);
	});
});
