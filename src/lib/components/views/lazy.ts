/**
 * The first screen's views loaded after the chart with its controls, as one chunk: the plan
 * dashboard, the scorecard and the years-behind line. Their labels come with them. The views
 * shown only on request are in ./later.ts.
 */
import '../../i18n/viewPanels.ts';

export { default as PlanDashboard } from '../dashboard/PlanDashboard.svelte';
export { default as Scorecard } from '../Scorecard.svelte';
export { default as YearsBehind } from './YearsBehind.svelte';
