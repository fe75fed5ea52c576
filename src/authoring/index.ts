/** Spec authoring: templates, generated docs, import, diff and export to other formats. */
export * from './template.js';
export * from './xlsx-template.js';
export * from './docs.js';
export * from './datatype.js';
export * from './diff.js';
export * from './table-schema.js';
export * from './import/index.js';
export { csvLine, csvCell } from '../input/index.js';
