/** Work on several threads: a pool of worker threads, large CSV files cut into chunks. */
export * from './scan.js';
export * from './protocol.js';
export * from './pool.js';
export * from './chunked.js';
export * from './chunk-job.js';
export * from './merge.js';
