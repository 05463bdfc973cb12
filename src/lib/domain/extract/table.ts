/**
 * Tables of indicators as plans print them: a header (`指标 | 单位 | 2020年基期值 | 2025年目标值 |
 * 属性`, perhaps with a `类别` column) and one row per indicator, whether the cells of a row are
 * separated by tabs, `|` or runs of spaces, or the table arrived one cell per line (as text
 * copied out of a PDF does). The baseline column gives reported values, the target column
 * targets; a target below its baseline is an upper bound (`大班额比例 6.2 → 0`).
 */
import { cellValue, type CellValue } from './cells.ts';
import { findTableHeader, type Column, type TableHeader } from './tableHeader.ts';

/** One figure read from a table, in folded offsets. */
export interface TableFigure {
	indicator: string;
	unit: string;
	year: number | null;
	kind: 'target' | 'actual';
	value: CellValue;
	/** The row (from its name cell to its last cell) and the value cell. */
	row: { start: number; end: number };
	cell: { start: number; end: number };
}

/** One cell of the text: its trimmed content and offsets. */
interface Cell {
	text: string;
	start: number;
	end: number;
	/** The index of the line the cell is on. */
	line: number;
}

export interface FoundTable {
	start: number;
	end: number;
	figures: TableFigure[];
}

/** How many lines after a header a table may run, at most. */
const MAX_LINES = 400;
const UNIT_CELL =
	/^(?:%|‰|[\u4e00-\u9fff]{0,2}(?:人次|万人|亿元|万元|元|人|名|所|个|年|岁|小时|学时|平方米|册|台|间|项|次|门|家|倍)|个百分点|:)$/;
const ATTRIBUTE_CELL = /^(?:预期性|约束性|预期|约束)$/;
const NOTE = /^(?:注|备注|说明|资料来源|数据来源)[:：]/;

function splitCells(line: string, lineStart: number, index: number, sep: RegExp): Cell[] {
	const cells: Cell[] = [];
	let at = 0;
	for (const part of line.split(sep)) {
		const lead = part.length - part.trimStart().length;
		const text = part.trim();
		if (text !== '' && !/^[|│┃]+$/.test(text)) {
			cells.push({
				text,
				start: lineStart + at + lead,
				end: lineStart + at + lead + text.length,
				line: index
			});
		}
		at += part.length + 1;
	}
	return cells;
}

/** A cell that names an indicator or a category (words, no value of its own). */
function isName(text: string): boolean {
	return (
		/[\u4e00-\u9fff]{2,}/.test(text) &&
		!ATTRIBUTE_CELL.test(text) &&
		!UNIT_CELL.test(text) &&
		cellValue(text) === null
	);
}

/** `学前教育毛入园率（%）`, `受教育年限(年)`: the name and the unit its brackets give. */
function nameAndUnit(text: string): { name: string; unit: string | null } {
	const m = /^(.*?)[(（]([^()（）]{1,6})[)）]\s*[①-⑩*＊]*$/.exec(text);
	const clean = (s: string) => s.replace(/[①-⑩*＊\s]+$/, '').replace(/^\d{1,2}[.、]\s*/, '');
	if (m && UNIT_CELL.test(m[2] ?? '')) return { name: clean(m[1] ?? ''), unit: m[2] ?? null };
	return { name: clean(text), unit: null };
}

/** The rows of a table: cell streams cut where a new name begins. */
function readRows(cells: readonly Cell[], header: TableHeader): TableFigure[] {
	const out: TableFigure[] = [];
	const values = header.columns.filter(
		(c) => c.role === 'base' || c.role === 'target' || c.role === 'other'
	);
	const hasUnit = header.columns.some((c) => c.role === 'unit');
	let i = 0;
	while (i < cells.length) {
		const nameCell = cells[i] as Cell;
		if (!isName(nameCell.text)) {
			i++;
			continue;
		}
		// A category cell (学前教育) is followed by another name: the indicator's.
		const next = cells[i + 1];
		if (next && isName(next.text)) {
			i++;
			continue;
		}
		const { name, unit: bracketUnit } = nameAndUnit(nameCell.text);
		let j = i + 1;
		let unit = bracketUnit ?? '';
		if (hasUnit && cells[j] && UNIT_CELL.test((cells[j] as Cell).text)) {
			unit = (cells[j] as Cell).text;
			j++;
		}
		const read: { column: Column; cell: Cell; value: CellValue }[] = [];
		for (const column of values) {
			const cell = cells[j];
			if (!cell) break;
			const value = cellValue(cell.text);
			if (value === null && !/^[—–\-/／]+$/.test(cell.text)) break;
			if (value !== null) read.push({ column, cell, value });
			j++;
		}
		if (cells[j] && ATTRIBUTE_CELL.test((cells[j] as Cell).text)) j++;
		const base = read.find((r) => r.column.role === 'base')?.value.value ?? null;
		const last = cells[Math.max(i, j - 1)] as Cell;
		for (const r of read) {
			if (r.column.role === 'other') continue;
			const value = r.value;
			out.push({
				indicator: name,
				unit: value.unit || unit,
				year: r.column.year,
				kind: r.column.role === 'base' ? 'actual' : 'target',
				value: r.column.role === 'target' ? withBound(value, base) : value,
				row: { start: nameCell.start, end: last.end },
				cell: { start: r.cell.start, end: r.cell.end }
			});
		}
		i = Math.max(j, i + 1);
	}
	return out;
}

/** A target with no bound of its own: `≤` when it is below the baseline, else `≥`. */
function withBound(value: CellValue, base: number | null): CellValue {
	if (value.comparator !== null) return value;
	return { ...value, comparator: base !== null && value.value < base ? '<=' : '>=' };
}

/** Every table of indicators in the folded text. */
export function findTables(
	text: string,
	plan: { start: number; end: number } | null
): FoundTable[] {
	const tables: FoundTable[] = [];
	const lines: { text: string; start: number }[] = [];
	let from = 0;
	for (const line of text.split('\n')) {
		lines.push({ text: line, start: from });
		from += line.length + 1;
	}
	for (let l = 0; l < lines.length; l++) {
		const header = findTableHeader(lines, l, plan);
		if (!header) continue;
		const cells: Cell[] = [];
		let k = header.endLine;
		for (; k < lines.length && k < header.endLine + MAX_LINES; k++) {
			const line = lines[k] as { text: string; start: number };
			const trimmed = line.text.trim();
			if (trimmed === '' || NOTE.test(trimmed)) break;
			const parts = splitCells(line.text, line.start, k, header.separator);
			if (header.oneCellPerLine ? parts.length !== 1 || trimmed.length > 40 : parts.length < 2)
				break;
			cells.push(...parts);
		}
		const figures = readRows(cells, header);
		if (figures.length > 0) {
			const end = cells[cells.length - 1]?.end ?? lines[header.endLine - 1]?.start ?? 0;
			tables.push({ start: header.start, end, figures });
		}
		l = Math.max(l, k - 1);
	}
	return tables;
}
