/**
 * The vocabulary of the view fields a scenario file and a share link carry beyond the focus and
 * the comparison: the view of the comparison on screen and the scenario compared with. Plain
 * constants (no schema library), so the page reads them without loading the schema.
 */

/** The views of the comparison, as tabs beside the chart (contract.md, `view-tab`). */
export const VIEW_TABS = ['chart', 'table', 'ranking', 'sources'] as const;
export type ViewTab = (typeof VIEW_TABS)[number];

/** Where the scenario compared with comes from: a built-in file, or one saved in the browser. */
export const REFERENCE_KINDS = ['builtin', 'saved'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

/** The scenario the current one is compared with, by name; absent: the fitted trends. */
export interface ReferenceRef {
	kind: ReferenceKind;
	name: string;
}
