/** The input layer: format detection, encodings, and the CSV and JSON readers. */
export * from './sink.js';
export * from './csv.js';
export * from './csv-text.js';
export * from './json.js';
export * from './detect.js';
export * from './encodings.js';
export * from './encoding-utf8.js';
export * from './encoding-evidence.js';
export * from './encoding-score.js';
export * from './decode.js';
export * from './sniff.js';
export * from './prepare.js';
export * from './remote.js';
export * from './json-records.js';
export * from './json-pointer.js';
export * from './json-keys.js';
export * from './peek.js';
export * from './json-scanner.js';
export * from './json-values.js';
export * from './json-error.js';
export * from './binary.js';
export * from './control.js';
export * from './blank.js';
export * from './csv-write.js';
export * from './geojson.js';
export * from './errno.js';
// The workbook reader's types only: its code (yauzl, saxes) is imported where a workbook is read.
export type * from './workbook/types.js';
