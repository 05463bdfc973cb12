/**
 * Reading a scenario from JSON text or a parsed value: migrate, validate, and on failure say
 * what is wrong in one sentence (Chinese and English), naming the field.
 */
import type { z } from 'zod';
import type { Bilingual } from '../data/issues.ts';
import { migrateScenario } from './migrate.ts';
import { ScenarioSchema, type Scenario } from './schema.ts';

export type ScenarioResult =
	{ ok: true; scenario: Scenario; migratedFrom: number } | { ok: false; error: Bilingual };

const TYPE_ZH: Record<string, string> = {
	string: '文本',
	number: '数值',
	boolean: '布尔值',
	object: '对象',
	array: '数组',
	null: 'null',
	undefined: '空'
};

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

/** One zod issue as one sentence. */
export function describeIssue(issue: z.core.$ZodIssue): Bilingual {
	const where = pathText(issue.path);
	switch (issue.code) {
		case 'unrecognized_keys': {
			const keys = issue.keys.map((k) => `“${k}”`).join('、');
			const keysEn = issue.keys.map((k) => `"${k}"`).join(', ');
			const at = issue.path.length > 0 ? `${where} 中` : '';
			const atEn = issue.path.length > 0 ? ` in ${where}` : '';
			return {
				zh: `情景文件${at}有不认识的字段 ${keys}。`,
				en: `Unknown field ${keysEn}${atEn} in the scenario.`
			};
		}
		case 'invalid_type': {
			const got = received(issue.input);
			if (issue.input === undefined) {
				return {
					zh: `情景文件缺少必填字段 ${where}。`,
					en: `The scenario is missing the required field ${where}.`
				};
			}
			return {
				zh: `${where} 应为${TYPE_ZH[issue.expected] ?? issue.expected}，而不是${TYPE_ZH[got] ?? got}。`,
				en: `${where} must be a ${issue.expected}, not ${got === 'NaN' ? 'NaN' : `a ${got}`}.`
			};
		}
		case 'invalid_value':
			return {
				zh: `${where} 的取值无效，应为 ${issue.values.map(String).join(' / ')} 之一。`,
				en: `${where} must be one of ${issue.values.map(String).join(', ')}.`
			};
		case 'too_small':
		case 'too_big': {
			const bound = String(issue.code === 'too_small' ? issue.minimum : issue.maximum);
			const zh = issue.code === 'too_small' ? `不能小于 ${bound}` : `不能大于 ${bound}`;
			const en =
				issue.code === 'too_small' ? `must be at least ${bound}` : `must be at most ${bound}`;
			return { zh: `${where} ${zh}。`, en: `${where} ${en}.` };
		}
		case 'custom': {
			const zh = (issue.params as { zh?: string } | undefined)?.zh;
			return { zh: `${where}：${zh ?? issue.message}。`, en: `${where}: ${issue.message}.` };
		}
		default:
			return { zh: `${where}：${issue.message}。`, en: `${where}: ${issue.message}.` };
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
			error: first
				? describeIssue(first)
				: { zh: '情景文件无效。', en: 'The scenario is not valid.' }
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
			return {
				ok: false,
				error: {
					zh: `情景文件含有 ${bad}：数值必须是有限的数字。`,
					en: `The scenario contains ${bad}: every number must be finite.`
				}
			};
		}
		const detail = e instanceof Error ? e.message : '';
		return {
			ok: false,
			error: {
				zh: `情景文件不是有效的 JSON（${detail}）。`,
				en: `The scenario file is not valid JSON (${detail}).`
			}
		};
	}
	return parseScenarioValue(value);
}
