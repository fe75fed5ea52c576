// Writes docs/codes.md from the codes catalogue and its words (src/report/explain.ts, built to dist/):
// `npm run docs:codes`. test/report/explain.test.ts fails when the file is not what this writes.
import { writeFileSync } from 'node:fs';
import { codesMarkdown } from '../dist/report/explain.js';

writeFileSync(new URL('../docs/codes.md', import.meta.url), codesMarkdown());
