// Copies the page of `datakoll serve` (src/serve/page/: its script modules and style, which tsc
// does not compile) beside the built server, dist/serve/page/, where src/serve/page.ts reads it.
import { cpSync, mkdirSync } from 'node:fs';

const from = new URL('../src/serve/page/', import.meta.url);
const to = new URL('../dist/serve/page/', import.meta.url);
mkdirSync(to, { recursive: true });
cpSync(from, to, { recursive: true });
