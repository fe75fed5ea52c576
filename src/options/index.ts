/** Option parsing for the CLI and the library: zod schemas resolved once into frozen options. */
export * from './validate.js';
export * from './config.js';
