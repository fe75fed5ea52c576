/** The report layer: codes, messages, diagnostics and the report model. Imports nothing else of ours. */
export * from './codes.js';
export * from './fixable.js';
export * from './explain.js';
export * from './words/index.js';
export * from './diagnostic.js';
export * from './report.js';
export * from './limits.js';
export * from './score.js';
export * from './encodings.js';
export * from './printable.js';
