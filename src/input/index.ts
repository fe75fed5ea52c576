/** The input layer: format detection and the CSV and JSON readers. */
export * from './sink.js';
export * from './csv.js';
export * from './json.js';
export * from './detect.js';
export * from './decode.js';
export * from './sniff.js';
export * from './prepare.js';
export * from './remote.js';
export * from './json-records.js';
export * from './json-keys.js';
export * from './peek.js';
export * from './json-scanner.js';
export * from './json-error.js';
export * from './binary.js';
export * from './control.js';
