/**
 * Warnings about value cells that were read, but not literally: `约90` (kept, flagged
 * approximate) and `2.5万` (scaled to 25000). Only cells with such a mark are parsed twice.
 */
import { parseNumber } from '../../domain/numbers.ts';
import type { CanonicalRecord } from '../canonical.ts';
import { unescapeCell } from '../csv.ts';
import { issue, type DataIssue } from '../issues.ts';
import type { Dataset } from '../model.ts';
import { indexDataset } from '../registry.ts';

const MARKED = /[约近≈~万亿左右上下]|approx/i;

/** One warning per approximate or scaled value cell; `valueHeader` names the column of long files. */
export function valueIssues(
	records: readonly CanonicalRecord[],
	base: Dataset,
	valueHeader = 'value'
): DataIssue[] {
	const out: DataIssue[] = [];
	const idx = indexDataset(base);
	for (const rec of records) {
		const raw = rec.cells.value;
		if (raw === undefined || !MARKED.test(raw)) continue;
		const cell = unescapeCell(raw).trim();
		const unit =
			rec.cells.unit?.trim() || idx.indicators.resolve(rec.cells.indicator ?? '')?.unit || '';
		const parsed = parseNumber(cell, unit);
		if (parsed.kind !== 'number') continue;
		const column = rec.headers?.value ?? valueHeader;
		if (parsed.approximate) {
			out.push(
				issue(
					rec.row,
					column,
					cell,
					`约数：按 ${parsed.value} 导入，并标记为近似值。`,
					`Approximate: imported as ${parsed.value} and flagged approximate.`,
					'warning'
				)
			);
		}
		if (parsed.scale !== 1) {
			const word = parsed.scale === 1e4 ? '万' : '亿';
			out.push(
				issue(
					rec.row,
					column,
					cell,
					`“${word}”已换算：按 ${parsed.value} 导入。`,
					`"${word}" multiplier applied: imported as ${parsed.value}.`,
					'warning'
				)
			);
		}
	}
	return out;
}
