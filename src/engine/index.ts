/** The engine: compiled specs and the per-file validation runs for CSV and JSON. */
export * from './compile.js';
export * from './csv-run.js';
export * from './json-run.js';
export * from './ajv-errors.js';
export * from './record-checks.js';
export * from './publisher.js';
export * from './dialect.js';
