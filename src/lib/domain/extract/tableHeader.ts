/**
 * The header of a table of indicators: its columns (category, name, unit, baseline, target,
 * attribute, other), the year of each value column, how its cells are separated, and where it
 * ends. A header is one line of at least three cells, or at least three lines of one header
 * cell each; it names an indicator column (`指标`) and a value column (a year, `基期值`, `目标值`).
 */

export type Role = 'category' | 'name' | 'unit' | 'base' | 'target' | 'attribute' | 'other';

export interface Column {
	role: Role;
	year: number | null;
}

export interface TableHeader {
	/** Folded offset of the header's first cell. */
	start: number;
	/** The first line after the header. */
	endLine: number;
	/** How the cells of a row are separated. */
	separator: RegExp;
	oneCellPerLine: boolean;
	columns: Column[];
}

const SEPARATOR = /\t+|\s*[|│┃]\s*|[ \u3000]{2,}/;
const ONE_CELL = /\n/;
const YEAR = /((?:19|20)\d{2})\s*年?/;

function roleOf(cell: string): Role | null {
	const t = cell.replace(/\s+/g, '');
	if (/^(?:类别|类型|领域|分类|维度)$/.test(t)) return 'category';
	if (/^(?:主要)?指标(?:名称|项)?$|^项目$/.test(t)) return 'name';
	if (/^(?:计量)?单位$/.test(t)) return 'unit';
	if (/属性|性质/.test(t)) return 'attribute';
	if (/基期|基数|现状|基准|^(?:19|20)\d{2}年?(?:值|数)?$/.test(t) && !/目标/.test(t)) return 'base';
	if (/目标|规划值|预期值/.test(t)) return 'target';
	if (/^序号$|增长|增量|累计|变化|年均/.test(t)) return 'other';
	return null;
}

/** Columns from header cells; bare years become baseline (the first) and targets (the rest). */
function columnsOf(cells: readonly string[]): Column[] | null {
	const columns: Column[] = [];
	for (const cell of cells) {
		const role = roleOf(cell);
		if (!role) return null;
		const year = YEAR.exec(cell);
		columns.push({ role, year: year ? Number(year[1]) : null });
	}
	const bare = columns.filter(
		(c, i) => c.role === 'base' && /^(?:19|20)\d{2}年?(?:值|数)?$/.test((cells[i] ?? '').trim())
	);
	bare.slice(1).forEach((c) => (c.role = 'target'));
	if (!columns.some((c) => c.role === 'name')) return null;
	if (!columns.some((c) => c.role === 'base' || c.role === 'target')) return null;
	return columns;
}

/** Years the note under a table gives its columns (`注：基期值为2020年数据，目标值为2025年数据`). */
function noteYears(
	lines: readonly { text: string }[],
	from: number
): { base?: number; target?: number } {
	const out: { base?: number; target?: number } = {};
	for (let k = from; k < Math.min(lines.length, from + 60); k++) {
		const t = (lines[k] as { text: string }).text;
		if (!/^\s*(?:注|备注|说明)/.test(t)) continue;
		const base = /基期值?(?:为|是)?\s*((?:19|20)\d{2})/.exec(t);
		const target = /目标值?(?:为|是)?\s*((?:19|20)\d{2})/.exec(t);
		if (base) out.base = Number(base[1]);
		if (target) out.target = Number(target[1]);
		break;
	}
	return out;
}

/** The header starting at line `l`, or null. */
export function findTableHeader(
	lines: readonly { text: string; start: number }[],
	l: number,
	plan: { start: number; end: number } | null
): TableHeader | null {
	const line = lines[l] as { text: string; start: number };
	if (!/指标|项目/.test(line.text)) return null;
	const cells = line.text
		.split(SEPARATOR)
		.map((c) => c.trim())
		.filter((c) => c !== '' && !/^[|│┃]+$/.test(c));
	let header: Omit<TableHeader, 'columns'> & { columns: Column[] | null };
	if (cells.length >= 3) {
		const offset = line.text.length - line.text.trimStart().length;
		header = {
			start: line.start + offset,
			endLine: l + 1,
			separator: SEPARATOR,
			oneCellPerLine: false,
			columns: columnsOf(cells)
		};
	} else {
		// One header cell per line: the run of lines that are all header cells.
		const run: string[] = [];
		let k: number;
		// The run may start a line or two before the 指标 cell (类别, 序号).
		let first = l;
		while (first > 0 && first > l - 2 && roleOf((lines[first - 1] as { text: string }).text.trim()))
			first--;
		for (k = first; k < lines.length && run.length < 12; k++) {
			const t = (lines[k] as { text: string }).text.trim();
			if (!roleOf(t)) break;
			run.push(t);
		}
		if (run.length < 3) return null;
		const startLine = lines[first] as { text: string; start: number };
		header = {
			start: startLine.start + (startLine.text.length - startLine.text.trimStart().length),
			endLine: k,
			separator: ONE_CELL,
			oneCellPerLine: true,
			columns: columnsOf(run)
		};
	}
	if (!header.columns) return null;
	const notes = noteYears(lines, header.endLine);
	for (const c of header.columns) {
		if (c.year !== null) continue;
		if (c.role === 'base') c.year = notes.base ?? (plan ? plan.start - 1 : null);
		if (c.role === 'target') c.year = notes.target ?? (plan ? plan.end : null);
	}
	return { ...header, columns: header.columns };
}
