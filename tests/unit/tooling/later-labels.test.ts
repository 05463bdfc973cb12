/**
 * The labels of the parts loaded on demand live in laterLabels.ts, which adds them to the label
 * table when it is imported. A module that shows one of them without importing that module would
 * show the bare key (`imp.apply`) whenever nothing else had loaded the labels first (the command
 * line's report, a dialog opened before any panel). These checks read the sources. (Were a module
 * of the first screen to import it, the labels would join the first load: `npm run bench` shows
 * that figure.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zhLater } from '../../../src/lib/i18n/laterLabels.ts';
import { enLater } from '../../../src/lib/i18n/laterLabels.en.ts';
import { translate } from '../../../src/lib/i18n/strings.ts';

const walk = (dir: string): string[] =>
	readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		return statSync(p).isDirectory() ? walk(p) : [p];
	});

/** The label tables themselves; every other module is a possible user of a label. */
const TABLE = /i18n\/(strings|en|\w+Strings(\.en)?|laterLabels(\.en)?)\.ts$/;
const sources = walk('src')
	.filter((f) => /\.(ts|svelte)$/.test(f) && !TABLE.test(f))
	.map((file) => ({ file, text: readFileSync(file, 'utf8') }));

/** Keys named in full (`'imp.apply'`), and prefixes of keys built at run time (`prov.kind.${…}`). */
function usersOf(key: string): string[] {
	return sources
		.filter(({ text }) => {
			if (text.includes(`'${key}'`) || text.includes(`\`${key}\``)) return true;
			for (const m of text.matchAll(/`([a-zA-Z.]+\.)\$\{/g)) if (key.startsWith(m[1]!)) return true;
			return false;
		})
		.map(({ file }) => file);
}

const importsLater = (text: string) =>
	/import '(\.\.?\/)+(i18n\/|lib\/i18n\/)?laterLabels\.ts';/.test(text);

describe('labels loaded on demand', () => {
	const keys = Object.keys(zhLater);

	it('holds labels', () => {
		expect(keys.length).toBeGreaterThan(100);
	});

	it('are imported by every module that shows one', () => {
		const missing: string[] = [];
		for (const key of keys)
			for (const file of usersOf(key)) {
				const text = sources.find((s) => s.file === file)!.text;
				if (!importsLater(text)) missing.push(`${file}: ${key}`);
			}
		expect(missing).toEqual([]);
	});

	it('are each used somewhere', () => {
		expect(keys.filter((k) => usersOf(k).length === 0)).toEqual([]);
	});

	it('are in the table once the module is loaded, in both languages', () => {
		// Importing laterLabels.ts above added them to the Chinese table.
		expect(translate('zh', 'imp.apply')).toBe(zhLater['imp.apply']);
		expect(translate('zh', 'imp.apply')).not.toBe('imp.apply');
		expect(Object.keys(enLater).sort()).toEqual([...keys].sort());
	});
});
