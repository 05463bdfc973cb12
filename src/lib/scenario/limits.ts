/**
 * Limits of what a scenario holds, shared by the schema that reads it back and by the places
 * where the values are entered (the σ box, the comparison picker, the scenario name), so that
 * whatever the page accepts can always be saved, exported, linked and read again.
 */

/** Characters of a scenario's name (the name box has this `maxlength`). */
export const NAME_MAX = 200;
/** The largest σ an assumption may set, in the engine's unit (a rate per year). */
export const SIGMA_MAX = 1e6;
/** Regions compared with the focus at once (more is no longer a readable chart). */
export const COMPARE_MAX = 60;
/** The largest scenario file read (the page and `cli --scenario`). */
export const SCENARIO_FILE_MAX_BYTES = 64 * 1024 * 1024;
/** What an exported scenario file may hold, so that it can always be imported again. */
export const SCENARIO_FILE_DATA_BYTES = 60 * 1024 * 1024;
