/**
 * The views shown only when asked for, as one chunk loaded on the first such request: the table,
 * the ranking and the sources tabs, the full scenario comparison and the mid-term chart. The
 * first screen's views (dashboard, years behind, scorecard) are imported by App; this chunk is
 * not part of the first load (measured by `npm run bench`, docs/performance.md).
 */
export { default as TableView } from './TableView.svelte';
export { default as RankingView } from './RankingView.svelte';
export { default as SourcesView } from './SourcesView.svelte';
export { default as ScenarioCompare } from '../ScenarioCompare.svelte';
export { default as MidTerm } from '../MidTerm.svelte';
