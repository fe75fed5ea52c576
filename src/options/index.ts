/**
 * Option parsing for the CLI: validate's options by hand (validate.ts, checkers.ts), the rules the
 * commands share (rules.ts), the report formats and targets (outputs.ts), the config file and the
 * other commands' options with zod. The CLI imports the zod modules only when it needs them.
 */
export * from './outputs.js';
export * from './rules.js';
export * from './validate.js';
export * from './config.js';
export * from './commands.js';
export * from './serve.js';
