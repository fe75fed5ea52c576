/** The coerce layer: per-column coercers and the format checks they share with the schema layer. */
export * from './coerce.js';
export * from './formats.js';
export * from './own-formats.js';
export * from './web.js';
export * from './ids.js';
export * from './swedish/organisationsnummer.js';
export * from './swedish/kommunkod.js';
export * from './swedish/postnummer.js';
export * from './swedish/telefonnummer.js';
