/**
 * Where the table sits in a file: the preamble above the header (a title, `数据库：…`,
 * `"Data Source","World Development Indicators"`, blank lines), the header row, the data, and
 * the footer below (`注：…`, `数据来源：国家统计局`, `Data from database: …`, `Last Updated: …`).
 * The key–value lines of preamble and footer are kept: they may name the indicator, its unit,
 * the region or the publisher.
 */
import { foldWidth, nameKey } from '../../domain/text.ts';
import { importMessage as m } from '../../i18n/import.ts';
import type { Table } from '../csvParse.ts';
import { InputError } from '../issues.ts';
import { filled } from './cells.ts';

/** Key–value lines (`指标：…`, `Data Source,…`) by {@link nameKey} of the key, and title lines. */
export interface FileMeta {
	entries: Map<string, string>;
	titles: string[];
}

export interface Layout {
	/** Index into the table's rows of the header row. */
	header: number;
	/** Rows `header + 1 … end - 1` hold the data. */
	end: number;
	preamble: string[];
	footer: string[];
	/** Counts of lines (blank ones included) before the header and after the data. */
	preambleLines: number;
	footerLines: number;
	meta: FileMeta;
}

const PREAMBLE_KEY =
	/^(数据库|指标|时间|地区|单位|数据来源|表\s*\d+|data ?source|last updated date|indicator|region|unit|database)\s*[:：]/i;
const FOOTER_START =
	/^(注\s*[:：\d]|注释|说明\s*[:：]|数据来源\s*[:：]|资料来源\s*[:：]|来源\s*[:：]|data from database|last updated|source\s*[:：]|notes?\s*[:：]|footnote)/i;

function rowText(row: readonly string[]): string {
	return row
		.map((c) => c.trim())
		.filter((c) => c !== '')
		.join(' ');
}

/** `指标：普通高等学校数(所)` → [指标, 普通高等学校数(所)]; `"Data Source","WDI",` → [Data Source, WDI]. */
function keyValue(row: readonly string[]): [string, string] | null {
	const cells = row.map((c) => c.trim()).filter((c) => c !== '');
	const first = cells[0];
	if (first === undefined) return null;
	const m = /^([^:：]{1,30})[:：]\s*(.*)$/.exec(foldWidth(first));
	if (m?.[1] && !/^https?$/i.test(m[1])) {
		const rest = [m[2] ?? '', ...cells.slice(1)].filter((c) => c !== '').join(', ');
		return [m[1].trim(), rest];
	}
	if (cells.length === 2) return [first, cells[1] as string];
	return null;
}

function readMeta(rows: readonly (readonly string[])[], meta: FileMeta): void {
	for (const row of rows) {
		if (filled(row) === 0) continue;
		const kv = keyValue(row);
		if (kv) {
			const key = nameKey(kv[0]);
			if (!meta.entries.has(key)) meta.entries.set(key, kv[1]);
		} else meta.titles.push(rowText(row));
	}
}

/** Find the header, preamble and footer. Throws when no row looks like a header. */
export function findLayout(table: Table): Layout {
	const { rows } = table;
	// The table's width: the commonest number of fields among non-blank rows (the first and
	// last thousand rows are enough to tell).
	const counts = new Map<number, number>();
	const sample = rows.length <= 2000 ? rows : [...rows.slice(0, 1000), ...rows.slice(-1000)];
	for (const r of sample) if (filled(r) > 0) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
	let width = 0;
	let seen = 0;
	for (const [n, c] of counts) if (c > seen || (c === seen && n > width)) [width, seen] = [n, c];

	const isPreambleLine = (r: readonly string[]) =>
		PREAMBLE_KEY.test(foldWidth(r[0] ?? '').trim()) && filled(r) <= 2;
	let header = rows.findIndex((r) => filled(r) >= 2 && r.length >= width && !isPreambleLine(r));
	if (header < 0) header = rows.findIndex((r) => filled(r) >= 2 && !isPreambleLine(r));
	if (header < 0) {
		throw InputError.from(m('layout.noHeader'));
	}
	const headerRow = rows[header] as string[];

	let end = rows.length;
	while (end > header + 1) {
		const r = rows[end - 1] as string[];
		const n = filled(r);
		const first = foldWidth(r.find((c) => c.trim() !== '') ?? '').trim();
		const footerLike =
			n === 0 ||
			(n <= 3 && FOOTER_START.test(first)) ||
			(n === 1 && r.length < headerRow.length && r.length < width);
		if (!footerLike) break;
		end--;
	}

	const meta: FileMeta = { entries: new Map(), titles: [] };
	readMeta(rows.slice(0, header), meta);
	readMeta(rows.slice(end), meta);
	const lineOf = (i: number) => table.lines[i] ?? 0;
	const lastLine = rows.length > 0 ? lineOf(rows.length - 1) : 0;
	return {
		header,
		end,
		preamble: rows
			.slice(0, header)
			.filter((r) => filled(r) > 0)
			.map(rowText),
		footer: rows
			.slice(end)
			.filter((r) => filled(r) > 0)
			.map(rowText),
		preambleLines: lineOf(header) - 1,
		footerLines: end < rows.length ? lastLine - lineOf(end) + 1 : 0,
		meta
	};
}

/** A preamble/footer value by any of several keys (compared by {@link nameKey}). */
export function metaValue(meta: FileMeta, ...keys: string[]): string | undefined {
	for (const k of keys) {
		const v = meta.entries.get(nameKey(k));
		if (v !== undefined && v.trim() !== '') return v.trim();
	}
	return undefined;
}
