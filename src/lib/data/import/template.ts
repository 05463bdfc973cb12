/**
 * What the analyst downloads: the canonical CSV of a dataset (round-trips exactly through the
 * importer), an empty template with Chinese headers and one example row, and BOM-prefixed
 * variants so that Excel opens the UTF-8 text correctly on double-click.
 */
import { COLUMNS, writeCanonical, type ColumnKey } from '../canonical.ts';
import { toCsv } from '../csv.ts';
import type { Dataset } from '../model.ts';

/** The byte-order mark Excel needs to read a CSV as UTF-8. */
export const UTF8_BOM = '\ufeff';

/** Text with a BOM in front (once). */
export function withBom(text: string): string {
	return text.startsWith(UTF8_BOM) ? text : UTF8_BOM + text;
}

const EXAMPLE: Partial<Record<ColumnKey, string | number>> = {
	region: '示例区',
	indicator: '高等教育毛入学率',
	year: 2024,
	value: 60.5,
	unit: '%',
	kind: '实际值',
	direction: 'up',
	source: '示例来源',
	note: '示例行，请删除',
	region_level: 'district'
};

/** A canonical CSV with the Chinese headers and one example row (to be deleted). */
export function templateCsv(): string {
	const header = COLUMNS.map((c) => c.zh[0]);
	const example = COLUMNS.map((c) => EXAMPLE[c.key] ?? '');
	return toCsv([header, example]);
}

/** {@link templateCsv} with a BOM, for Excel. */
export function templateCsvForExcel(): string {
	return withBom(templateCsv());
}

/** The dataset as canonical CSV ({@link writeCanonical}) with a BOM, for Excel. */
export function canonicalCsvForExcel(dataset: Dataset): string {
	return withBom(writeCanonical(dataset));
}
