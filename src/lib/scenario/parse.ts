/**
 * Reading a scenario from JSON text or a parsed value: migrate, validate, and on failure say
 * what is wrong in one sentence (Chinese and English), naming the field.
 */
import type { z } from 'zod';
import type { Bilingual } from '../data/issues.ts';
import { scenarioMessage, TYPE_NAMES } from '../i18n/messages/scenario.ts';
import { migrateScenario } from './migrate.ts';
import { ScenarioSchema, type Scenario } from './schema.ts';

export type ScenarioResult =
	{ ok: true; scenario: Scenario; migratedFrom: number } | { ok: false; error: Bilingual };

/** `assumptions[2].rate` */
function pathText(path: readonly PropertyKey[]): string {
	let out = '';
	for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
	return out || '(top level)';
}

function received(input: unknown): string {
	if (input === null) return 'null';
	if (Array.isArray(input)) return 'array';
	if (typeof input === 'number' && Number.isNaN(input)) return 'NaN';
	return typeof input;
}

/** A type as the messages name it ("a number", "NaN (not a number)"). */
const typeName = (t: string) => TYPE_NAMES[t] ?? { zh: t, en: t };

/** One zod issue as one sentence that names the field and what it should hold. */
export function describeIssue(issue: z.core.$ZodIssue): Bilingual {
	const where = pathText(issue.path);
	switch (issue.code) {
		case 'unrecognized_keys': {
			const keys = {
				zh: issue.keys.map((k) => `“${k}”`).join('、'),
				en: issue.keys.map((k) => `"${k}"`).join(', ')
			};
			const at = issue.path.length > 0 ? { zh: `${where} 中`, en: ` in ${where}` } : '';
			return scenarioMessage('field.unknown', { keys, at });
		}
		case 'invalid_type': {
			if (issue.input === undefined) return scenarioMessage('field.missing', { where });
			return scenarioMessage('field.type', {
				where,
				expected: typeName(issue.expected),
				got: typeName(received(issue.input))
			});
		}
		case 'invalid_value':
			return scenarioMessage('field.oneOf', {
				where,
				values: {
					zh: issue.values.map(String).join(' / '),
					en: issue.values.map(String).join(', ')
				}
			});
		case 'too_small':
		case 'too_big': {
			const bound = String(issue.code === 'too_small' ? issue.minimum : issue.maximum);
			return scenarioMessage(issue.code === 'too_small' ? 'field.atLeast' : 'field.atMost', {
				where,
				bound
			});
		}
		case 'custom': {
			const zh = (issue.params as { zh?: string } | undefined)?.zh;
			return scenarioMessage('field.other', {
				where,
				what: { zh: zh ?? issue.message, en: issue.message }
			});
		}
		default:
			return scenarioMessage('field.other', { where, what: issue.message });
	}
}

/** Validate a parsed value (from a file, a saved copy or a link). */
export function parseScenarioValue(input: unknown): ScenarioResult {
	const migrated = migrateScenario(input);
	if (!migrated.ok) return migrated;
	const result = ScenarioSchema.safeParse(migrated.value, { reportInput: true });
	if (!result.success) {
		const first = result.error.issues[0];
		return {
			ok: false,
			error: first ? describeIssue(first) : scenarioMessage('invalid')
		};
	}
	return { ok: true, scenario: result.data, migratedFrom: migrated.from };
}

/** Validate scenario JSON text. */
export function parseScenarioText(text: string): ScenarioResult {
	let value: unknown;
	try {
		value = JSON.parse(text.replace(/^\ufeff/, ''));
	} catch (e) {
		const bad = /[:[,]\s*(-?Infinity|NaN)\b/.exec(text)?.[1];
		if (bad) {
			return { ok: false, error: scenarioMessage('json.nonFinite', { bad }) };
		}
		const detail = e instanceof Error ? e.message : '';
		return { ok: false, error: scenarioMessage('json.invalid', { detail }) };
	}
	return parseScenarioValue(value);
}
