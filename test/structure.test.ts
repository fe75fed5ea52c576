/**
 * Keeps src/ readable in small pieces: no function over 60 lines, no file over 200 lines, except
 * the data tables. The pieces not yet cut down are listed in SHRINKING with their size today:
 * they may shrink, never grow past it, and nothing may join them (the issue "One journey for a file"
 * stays open until the list is empty).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src', import.meta.url));
const MAX_FUNCTION_LINES = 60;
const MAX_FILE_LINES = 200;
/** Data, not code: the findings' messages and SCB's codes. */
const DATA_TABLES = new Set(['report/words/findings.ts', 'data/kommuner.ts']);
/** Files and functions (file:function) still too long, with their lines today. */
const SHRINKING: Record<string, number> = {};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Every file's and every named function's length in lines, by "file" and "file:function". */
function sizes(): Map<string, number> {
  const out = new Map<string, number>();
  for (const file of files(SRC)) {
    const name = relative(SRC, file).split(sep).join('/');
    const text = readFileSync(file, 'utf8');
    out.set(name, text.split('\n').length - (text.endsWith('\n') ? 1 : 0));
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body !== undefined) {
        const from = source.getLineAndCharacterOfPosition(node.getStart()).line;
        const to = source.getLineAndCharacterOfPosition(node.end).line;
        const fn = (node as ts.FunctionLikeDeclaration).name?.getText(source) ?? `(line ${from + 1})`;
        const key = `${name}:${fn}`;
        out.set(key, Math.max(out.get(key) ?? 0, to - from + 1));
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

describe('src/ in small pieces', () => {
  const all = sizes();
  it('finds the files and functions', () => {
    expect(all.size).toBeGreaterThan(500);
  });
  it(`no function over ${MAX_FUNCTION_LINES} lines, no file over ${MAX_FILE_LINES}, but for data tables and the list still shrinking`, () => {
    const over: string[] = [];
    for (const [key, lines] of all) {
      const limit = key.includes(':') ? MAX_FUNCTION_LINES : MAX_FILE_LINES;
      if (lines <= limit || DATA_TABLES.has(key)) continue;
      const allowed = SHRINKING[key];
      if (allowed === undefined || lines > allowed) over.push(`${key}: ${lines} lines${allowed === undefined ? '' : ` (was ${allowed})`}`);
    }
    expect(over).toEqual([]);
  });
  it('the shrinking list names only what is still too long (drop an entry once its piece is cut down)', () => {
    const stale = Object.keys(SHRINKING).filter((key) => (all.get(key) ?? 0) <= (key.includes(':') ? MAX_FUNCTION_LINES : MAX_FILE_LINES));
    expect(stale).toEqual([]);
  });
});
