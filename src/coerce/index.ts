/** The coerce layer: per-column coercers and the format checks they share with the schema layer. */
export * from './coerce.js';
export * from './formats.js';
