/**
 * The one catalogue of words a user sees, in Swedish and English: the findings' messages
 * (findings.ts), the reports' words (ui.ts), the dialect's (dialect.ts), the CLI's help (help.ts),
 * `specs`' output (specs.ts) and fix's change log (fix-log.ts).
 */
export * from './findings.js';
export { say, sayBoth, pluralOf, fill } from './template.js';
export type { Templates } from './template.js';
export * from './ui.js';
export * from './dialect.js';
export * from './help.js';
export * from './specs.js';
export * from './fix-log.js';
export * from './errors.js';
export { HARVEST_WORDS } from './harvest.js';
export type { HarvestWord } from './harvest.js';
export { SERVE_WORDS } from './serve.js';
export type { ServeWord } from './serve.js';
export * from './records.js';
export * from './docs.js';
export * from './report-fix.js';
export * from './explain.js';
export * from './plain-schema.js';
export * from './spec-rules.js';
