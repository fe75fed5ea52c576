/**
 * The workbook reader: Office Open XML workbooks (.xlsx, .xlsm) streamed from their ZIP (yauzl)
 * through a strict streaming XML parser (saxes), bounded in bytes, entries and ratio.
 */
export * from './types.js';
export { workbookMagic } from './magic.js';
export { openWorkbook } from './open.js';
export { cellRef, pickSheet } from './refs.js';
