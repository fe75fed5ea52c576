import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { docsPages } from '../../src/cli/commands/specs.js';
import { Registry } from '../../src/registry/index.js';

const DOCS = fileURLToPath(new URL('../../docs/specs/', import.meta.url));

describe('docs/specs is generated from the specs', () => {
  const pages = docsPages(new Registry().list());
  it('has one page per spec and an index, and nothing else', () => {
    expect(readdirSync(DOCS).filter((n) => n.endsWith('.md')).sort()).toEqual([...pages.keys()].sort());
  });
  for (const [name, text] of pages) {
    it(`${name} is up to date (run: npx datakoll specs docs --lang en)`, () => {
      expect(readFileSync(`${DOCS}${name}`, 'utf8')).toBe(text);
    });
  }
  it('says plainly when a spec is a reconstruction and where the official one lives', () => {
    expect(pages.get('lekplatser.md')).toContain('NOT the official model');
    expect(pages.get('lekplatser.md')).toContain('https://dataportal.se/specifications/lekplatser/1.0');
    expect(pages.get('badplatser.md')).not.toContain('NOT the official model');
  });
});
