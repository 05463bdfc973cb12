/** The scenario format's name and version, without the schema (so the page can use them cheaply). */
export const SCENARIO_FORMAT = 'mubiao-scenario';
export const SCENARIO_VERSION = 1;
