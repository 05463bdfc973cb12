/** The charts' colours and font (the CJK font first, so Chinese renders in canvas and SVG). */

export const FOCUS_COLOR = '#1f5fa8';
export const NATIONAL_COLOR = '#6b7280';
export const TARGET_COLOR = '#c8372d';
/** The compared scenario's projection (the faint "ghost" line). */
export const GHOST_COLOR = '#6f98c9';
/** The comparison regions' colours, in order. */
export const PALETTE = [
	'#d97706',
	'#059669',
	'#7c3aed',
	'#db2777',
	'#0891b2',
	'#65a30d',
	'#b45309',
	'#4f46e5'
] as const;
/**
 * Single quotes inside: the SVG renderer writes the list into a double-quoted `style` attribute,
 * so double quotes here would make the exported SVG ill-formed.
 */
export const FONT =
	"'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/** A chart's title block: the title (wrapped to the chart's width), its subtitle when given (cut
 * short) and the source line at the bottom (wrapped, or cut short where a long list is shown in
 * full elsewhere). */
export function chartTitles(t: {
	title: string;
	subtitle?: string;
	sourceLine: string;
	compact: boolean;
	sourceOverflow?: 'break' | 'truncate';
}) {
	const { compact } = t;
	return [
		{
			text: t.title,
			subtext: t.subtitle ?? '',
			left: 12,
			top: 6,
			textStyle: {
				fontSize: compact ? 14 : 16,
				fontWeight: 600,
				fontFamily: FONT,
				width: compact ? 330 : 900,
				overflow: 'break' as const
			},
			subtextStyle: {
				fontSize: 12,
				fontFamily: FONT,
				color: '#4b5563',
				width: compact ? 330 : 1100,
				overflow: 'truncate' as const
			}
		},
		{
			text: t.sourceLine,
			left: 12,
			bottom: 4,
			textStyle: {
				fontSize: compact ? 10 : 11,
				fontWeight: 'normal' as const,
				fontFamily: FONT,
				color: '#4b5563',
				width: compact ? 340 : 900,
				overflow: t.sourceOverflow ?? 'break'
			}
		}
	];
}
