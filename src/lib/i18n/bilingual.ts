/**
 * Sentences that are shown as messages (errors and notices) rather than as labels: both
 * languages side by side, by key, filled with `{name}` parameters into a `Bilingual` that can be
 * shown in either language later (a message outlives a switch of language). Pure.
 */
import type { Bilingual } from '../data/issues.ts';

/** Parameters; a bilingual one is filled in each language with its own text. */
type Params = Record<string, string | number | Bilingual>;

/** `{name}` placeholders filled from `params`; unknown ones are left as they are. */
export function fill(template: string, params?: Params, lang: 'zh' | 'en' = 'zh'): string {
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (m, name: string) => {
		if (!Object.hasOwn(params, name)) return m;
		const v = params[name]!;
		return typeof v === 'object' ? v[lang] : String(v);
	});
}

/** A table of bilingual sentences → a function from key (and parameters) to a message. */
export function messages<K extends string>(
	table: Readonly<Record<K, Bilingual>>
): (key: K, params?: Params) => Bilingual {
	return (key, params) => {
		const t = table[key];
		return { zh: fill(t.zh, params, 'zh'), en: fill(t.en, params, 'en') };
	};
}
