/** datakoll's public library API: the only entry point for library users. */
export { validateFile, validateFiles, resolveSpec, DEFAULT_MAX_ERRORS } from './api.js';
export type { ValidateOptions, Progress } from './api.js';
export { Registry, loadSpecFile, BUNDLED_SPECS_DIR } from './registry/index.js';
export type { Spec, Attribute, Provenance, Bilingual, RegistryOptions } from './registry/index.js';
export { CODES, ALL_CODES, MESSAGES, renderMessage, REPORT_VERSION, ENCODINGS, parseEncodingName } from './report/index.js';
export type { Encoding, EncodingConfidence, DetectedDialect } from './report/index.js';
export type { Code, Severity, Diagnostic, FileReport, RunReport, RunSummary, FindingGroup, FileStats, SpecRef, SpecStatus, InputFormat, Lang, Score, ScoreLevel, StructureVerdict } from './report/index.js';
export { FORMATTERS, FORMAT_NAMES, NO_COLORS } from './formatters/index.js';
export type { Formatter, FormatContext, FormatName, Colors } from './formatters/index.js';
export { DatakollError, EXIT } from './errors.js';
export { VERSION } from './version.js';
export { harvest, mergeReports, readHarvestReport, HARVEST_FORMATS, HARVEST_FORMAT_NAMES, parseShard } from './harvest/index.js';
export type { HarvestOptions, HarvestReport, HarvestEntry, HarvestSummary, Tally, EntryStatus, EntryResult, Carried, HarvestFormat, HarvestFormatter, Shard } from './harvest/index.js';
