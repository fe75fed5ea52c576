/** `datakoll fix`: rewrite a file in the spec's own dialect, with a change log. */
export * from './fix.js';
export * from './log.js';
