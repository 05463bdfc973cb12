/**
 * Older scenario layouts, and the steps that bring each to the current version. A scenario from
 * a file, a saved copy or a link passes through {@link migrateScenario} before validation.
 *
 * Version 0 is the first layout, before the format had its name: the spread was called
 * `spread`, the baseline override `base`, and the view's fields sat at the top level
 * (`region`, `compare`, `indicator`). Version 2 added `data` (the analyst's imported and entered
 * data the scenario uses); a version-1 scenario has none, and says nothing about it.
 */
import { scenarioMessage } from '../i18n/messages/scenario.ts';
import type { Bilingual } from '../data/issues.ts';
import { SCENARIO_FORMAT, SCENARIO_VERSION } from './format.ts';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** Each entry turns version `i` into version `i + 1`. */
const MIGRATIONS: ((s: Json) => Json)[] = [
	function v0to1(s) {
		const { region, compare, indicator, assumptions, ...rest } = s;
		const view: Json = {};
		if (region !== undefined) view.region = region;
		if (compare !== undefined) view.compare = compare;
		if (indicator !== undefined) view.indicator = indicator;
		const out: Json = { ...rest, format: SCENARIO_FORMAT, version: 1 };
		if (Object.keys(view).length > 0) out.view = view;
		if (Array.isArray(assumptions)) {
			out.assumptions = assumptions.map((a: unknown) => {
				if (!isObject(a)) return a;
				const { spread, base, ...keep } = a;
				const next: Json = { ...keep };
				if (spread !== undefined) next.sigma = spread;
				if (base !== undefined) next.baseline = base;
				return next;
			});
		}
		if (out.name === undefined) out.name = '未命名情景 Untitled';
		return out;
	},
	function v1to2(s) {
		return { ...s, version: 2 };
	}
];

export type MigrationResult =
	{ ok: true; value: unknown; from: number } | { ok: false; error: Bilingual };

/** Bring a parsed scenario object to the current version (validation comes after). */
export function migrateScenario(input: unknown): MigrationResult {
	if (!isObject(input)) {
		return {
			ok: false,
			error: scenarioMessage('not.object')
		};
	}
	const version = input.version ?? (input.format === undefined ? 0 : undefined);
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
		return {
			ok: false,
			error: scenarioMessage('no.version')
		};
	}
	if (version > SCENARIO_VERSION) {
		return {
			ok: false,
			error: scenarioMessage('version.newer', { version, supported: SCENARIO_VERSION })
		};
	}
	if (version > 0 && input.format !== SCENARIO_FORMAT) {
		return {
			ok: false,
			error: scenarioMessage('not.mubiao', { format: SCENARIO_FORMAT })
		};
	}
	let value: Json = input;
	for (let v = version; v < SCENARIO_VERSION; v++)
		value = (MIGRATIONS[v] as (s: Json) => Json)(value);
	return { ok: true, value, from: version };
}
