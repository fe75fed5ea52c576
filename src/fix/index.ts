/** `datakoll fix`: rewrite a file in the spec's own form, with a change log and what is left. */
export * from './fix.js';
export * from './result.js';
export * from './log.js';
