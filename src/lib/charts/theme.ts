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
