/** `datakoll serve`: a page on the steward's own computer that checks files without a terminal. */
export { DEFAULT_MAX_UPLOAD, DEFAULT_PORT, startServer } from './server.js';
export type { ServeOptions, Serving } from './server.js';
export { openBrowser } from './open.js';
