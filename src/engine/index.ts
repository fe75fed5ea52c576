/** The engine: compiled specs and the per-file validation runs for CSV and JSON. */
export * from './compile.js';
export * from './csv-run.js';
export * from './json-run.js';
export * from './ajv-errors.js';
export * from './check-run.js';
export * from './record-core.js';
export * from './csv-columns.js';
export * from './publisher.js';
export * from './dialect.js';
export * from './check-modules.js';
export * from './collector.js';
export * from './run-options.js';
export * from './workbook-feed.js';
