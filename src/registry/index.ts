/** The registry layer: the Spec model, loading and checking spec files, and resolving --spec. */
export * from './spec.js';
export * from './load.js';
export * from './registry.js';
export * from './match.js';
export * from './addresses.js';
