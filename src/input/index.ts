/** The input layer: format detection, encodings, and the CSV and JSON readers. */
export * from './sink.js';
export * from './csv.js';
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
export * from './json-keys.js';
export * from './peek.js';
