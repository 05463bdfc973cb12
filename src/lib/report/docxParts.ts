/**
 * The building blocks of the Word briefing: page geometry, text runs, small-text table cells
 * and tables with a repeated header row. Loaded with docx.ts, on demand.
 */
import {
	BorderStyle,
	HeadingLevel,
	Paragraph,
	ShadingType,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType
} from 'docx';
import type { Status } from '../domain/engine/index.ts';

/** The usable width of an A4 page with 2 cm margins, in twentieths of a point. */
export const PAGE_WIDTH = 11906;
export const MARGIN = 1134;
export const TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
export const SMALL = 16;
export const GREY = '4B5563';
export const STATUS_COLOR: Record<Status, string> = {
	met: '17663A',
	'on-track': '17663A',
	'at-risk': '8A5300',
	'off-track': 'A1231B',
	missed: 'A1231B',
	unverified: GREY,
	'needs-assumption': GREY,
	'no-data': GREY
};

export const run = (
	text: string,
	options: { bold?: boolean; size?: number; color?: string; italics?: boolean } = {}
) => new TextRun({ text, ...options });
export const para = (children: TextRun[], spacing = 120) =>
	new Paragraph({ children, spacing: { after: spacing } });
export const heading = (text: string) =>
	new Paragraph({
		text,
		heading: HeadingLevel.HEADING_1,
		keepNext: true,
		spacing: { before: 240, after: 120 }
	});

/** A cell of small text, one paragraph per line; the first line may be styled. */
export function cell(
	lines: readonly string[],
	width: number,
	first: { bold?: boolean; color?: string } = {},
	header = false
) {
	return new TableCell({
		width: { size: width, type: WidthType.DXA },
		shading: header ? { fill: 'EEF0F3', type: ShadingType.CLEAR, color: 'auto' } : undefined,
		margins: { top: 40, bottom: 40, left: 60, right: 60 },
		children: (lines.length > 0 ? lines : ['']).map(
			(line, i) =>
				new Paragraph({
					children: [
						run(line, {
							size: SMALL,
							...(i === 0 ? { bold: header || first.bold, color: first.color } : { color: GREY })
						})
					]
				})
		)
	});
}

/** A table with a repeated header row; `widths` in twips, summing to the text width. */
export function table(
	header: readonly string[],
	rows: readonly TableCell[][],
	widths: readonly number[]
) {
	const border = { style: BorderStyle.SINGLE, size: 4, color: 'D1D5DB' };
	return new Table({
		width: { size: TEXT_WIDTH, type: WidthType.DXA },
		columnWidths: [...widths],
		borders: {
			top: border,
			bottom: border,
			left: border,
			right: border,
			insideHorizontal: border,
			insideVertical: border
		},
		rows: [
			new TableRow({
				tableHeader: true,
				children: header.map((h, i) => cell([h], widths[i] ?? 0, {}, true))
			}),
			...rows.map((cells) => new TableRow({ cantSplit: true, children: cells }))
		]
	});
}

/** Column widths in proportion to `weights`, summing to the text width. */
export function widthsOf(weights: readonly number[]): number[] {
	const total = weights.reduce((a, b) => a + b, 0);
	const widths = weights.map((w) => Math.floor((w / total) * TEXT_WIDTH));
	widths[0]! += TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
	return widths;
}
