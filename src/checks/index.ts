/** Row-local and cross-row checks that JSON Schema cannot express. */
export * from './header.js';
export * from './unique.js';
export * from './coordinates.js';
export * from './rules.js';
export * from './publisher.js';
export * from './duplicates.js';
export * from './check.js';
export * from './table.js';
export * from './key-batch.js';
export * from './values.js';
