/** How much of a file's findings a report holds. */

/** Examples kept per (field, code) group. */
export const EXAMPLES_PER_GROUP = 3;

/** The most findings a file's report lists (each is kept in memory until the report is written); --max-errors stops here. */
export const MAX_ERRORS_LIMIT = 100_000;
