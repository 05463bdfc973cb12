/**
 * The value of one table cell: `95`, `95以上`, `≥95`, `11.8左右`, `[60]`, `95%`,
 * `每年降低0.5个百分点`; null for anything else (a name, a unit, `—`).
 */
import type { Comparator } from './types.ts';

export interface CellValue {
	value: number;
	/** The cell's own unit (`95%`), '' when it has none. */
	unit: string;
	/** The bound the cell states (`以上`, `≤`, a yearly change), or null. */
	comparator: Comparator | null;
	approximate: boolean;
}

const LEVEL =
	/^[[〔【(（]?\s*(约)?\s*(≥|≤|>=|<=|>|<)?\s*(\d+(?:\.\d+)?)\s*(%|‰|个百分点)?\s*(以上|以下|以内|左右)?\s*[\]〕】)）]?$/;
const RATE =
	/^(?:每年|年均|逐年)(降低|下降|减少|提高|提升|增长|增加)\s*(\d+(?:\.\d+)?)\s*(个百分点|%)?(以上)?$/;

const SIGNS: Readonly<Record<string, Comparator>> = Object.freeze(
	Object.assign(Object.create(null) as Record<string, Comparator>, {
		'≥': '>=',
		'>=': '>=',
		'>': '>',
		'≤': '<=',
		'<=': '<=',
		'<': '<'
	})
);

/** Read a cell as a value, or null when it holds none. */
export function cellValue(cell: string): CellValue | null {
	const text = cell.trim().replace(/＞/g, '>').replace(/＜/g, '<');
	const rate = RATE.exec(text);
	if (rate) {
		const down = /降低|下降|减少/.test(rate[1] ?? '');
		const v = Number(rate[2]);
		return {
			value: down ? -v : v,
			unit: rate[3] ?? '',
			comparator: down ? 'rate<=' : 'rate>=',
			approximate: false
		};
	}
	const m = LEVEL.exec(text);
	if (!m) return null;
	const sign = m[2] ? (SIGNS[m[2]] ?? null) : null;
	const word = m[5] ?? '';
	const comparator =
		sign ?? (word === '以上' ? '>=' : word === '以下' || word === '以内' ? '<=' : null);
	return {
		value: Number(m[3]),
		unit: m[4] ?? '',
		comparator,
		approximate: Boolean(m[1]) || word === '左右'
	};
}
