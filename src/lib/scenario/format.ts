/** The scenario format's name and version, without the schema (so the page can use them cheaply). */
export const SCENARIO_FORMAT = 'mubiao-scenario';
/** Version 2 added `data`: the analyst's imported and entered data the scenario uses. */
export const SCENARIO_VERSION = 2;
