/** The harvest's library surface: harvest a catalogue, merge shards' reports, read one, and the report's formats and types. */
export { harvest, USER_AGENT } from './run.js';
export type { HarvestOptions } from './run.js';
export { mergeReports, readHarvestReport } from './merge.js';
export { HARVEST_FORMATS, HARVEST_FORMAT_NAMES } from './formats.js';
export type { HarvestFormat, HarvestFormatter } from './formats.js';
export { parseShard } from './shard.js';
export type { Shard } from './shard.js';
export type { Carried, EntryResult, EntryStatus, HarvestEntry, HarvestReport, HarvestSummary, Tally } from './types.js';
