/** The input layer: format detection and the CSV and JSON readers. */
export * from './sink.js';
export * from './csv.js';
export * from './json.js';
export * from './detect.js';
