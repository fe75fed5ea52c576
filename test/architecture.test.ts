/** Keeps the import direction of ARCHITECTURE.md: each layer imports only the layers it may. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src', import.meta.url));

/** Which of our layers each layer may import. A top-level file (api.ts) is its own layer. */
const ALLOWED: Record<string, readonly string[]> = {
  report: [],
  formatters: ['report'],
  errors: ['report'],
  version: [],
  // The process's list of temporary paths (removed by bin.ts when a signal ends a run).
  tempfiles: [],
  // Reference data (the SCB municipality and county codes): plain data that imports nothing.
  data: [],
  coerce: ['report', 'data'],
  schema: ['coerce', 'report'],
  registry: ['report', 'errors', 'schema', 'input'],
  input: ['report', 'errors'],
  checks: ['report', 'registry', 'tempfiles'],
  engine: ['report', 'registry', 'coerce', 'checks', 'input', 'schema', 'forms', 'errors'],
  options: ['report', 'errors', 'formatters'],
  authoring: ['registry', 'report', 'errors', 'input'],
  forms: ['coerce'],
  // fix validates its own output with the library's validateFile.
  // A workbook's sheet is fixed through a temporary CSV file (tempfiles.ts removes it on a signal).
  fix: ['coerce', 'input', 'forms', 'registry', 'report', 'errors', 'api', 'tempfiles'],
  // Worker threads: the pool, the chunk scan and merge, and a chunk's run inside a thread.
  parallel: ['report', 'registry', 'input', 'engine', 'checks'],
  // (tempfiles: a workbook from standard input or a web address is read through a temporary file.)
  api: ['report', 'registry', 'input', 'engine', 'checks', 'errors', 'version', 'parallel', 'tempfiles'],
  // The worker thread's entry (started by parallel/pool.ts by its file name, not imported).
  worker: ['api', 'parallel', 'engine', 'registry', 'report'],
  // harvest: a DCAT-AP-SE catalogue read (input's HTTP client), its claims resolved (registry), each
  // distribution downloaded into a temporary file (tempfiles) and checked with the library's
  // validateFile (api); its formatters share the file formatters' escaping (formatters).
  harvest: ['api', 'registry', 'input', 'report', 'errors', 'version', 'tempfiles', 'formatters'],
  // `datakoll serve`: the page on 127.0.0.1 runs the library's validate and fix on uploads (kept in a
  // private temporary folder), shows the formatters' reports and the catalogue, and writes templates.
  serve: ['api', 'fix', 'formatters', 'registry', 'report', 'errors', 'tempfiles', 'authoring', 'version'],
  cli: ['api', 'report', 'registry', 'input', 'formatters', 'options', 'errors', 'version', 'authoring', 'fix', 'tempfiles', 'harvest', 'serve'],
  // (harvest: a library user harvests a catalogue as the CLI does.)
  index: ['api', 'report', 'registry', 'formatters', 'errors', 'version', 'options', 'authoring', 'harvest'],
};

/** Packages only one layer may import. */
const OWNED: Record<string, string> = { 'csv-parse': 'input', yauzl: 'input', saxes: 'input', ajv: 'schema', 'ajv-formats': 'schema', re2js: 'schema', commander: 'cli', chalk: 'cli', tinyglobby: 'cli', proj4: 'checks', yazl: 'input', n3: 'harvest', 'rdfxml-streaming-parser': 'harvest', 'jsonld-streaming-parser': 'harvest' };

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function layerOf(file: string): string {
  const rel = relative(SRC, file).split(sep);
  return rel.length === 1 ? (rel[0] as string).replace(/\.ts$/, '') : (rel[0] as string);
}

/** A loop among the layers of ALLOWED (a list of layers, the first repeated at the end), if any. */
export function loopIn(graph: Record<string, readonly string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (layer: string): string[] | undefined => {
    if (state.get(layer) === 'done') return undefined;
    if (state.get(layer) === 'open') return [...path.slice(path.indexOf(layer)), layer];
    state.set(layer, 'open');
    path.push(layer);
    for (const next of graph[layer] ?? []) {
      const loop = visit(next);
      if (loop !== undefined) return loop;
    }
    path.pop();
    state.set(layer, 'done');
    return undefined;
  };
  for (const layer of Object.keys(graph)) {
    const loop = visit(layer);
    if (loop !== undefined) return loop;
  }
  return undefined;
}

/** The folder table of CONTRIBUTING.md: each layer its row names, with the layers it says the row may import. */
function contributingTable(): Map<string, string[]> {
  const text = readFileSync(join(SRC, '..', 'CONTRIBUTING.md'), 'utf8');
  const table = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 5 || !cells[1]?.startsWith('`src/')) continue;
    const imports = cells[cells.length - 2] as string;
    const may = imports === 'nothing of ours' ? [] : imports.split(',').map((w) => w.trim());
    for (const m of (cells[1] as string).matchAll(/`src\/([a-z-]+)(?:\/|\.ts)`/g)) table.set(m[1] as string, may);
  }
  return table;
}

describe('layers', () => {
  it('CONTRIBUTING.md names every layer and the same allowed imports as this matrix', () => {
    const table = contributingTable();
    expect([...table.keys()].sort()).toEqual(Object.keys(ALLOWED).sort());
    for (const [layer, may] of table) expect([...may].sort(), layer).toEqual([...(ALLOWED[layer] ?? [])].sort());
  });
  it('allow no import loop between folders', () => {
    expect(loopIn(ALLOWED)?.join(' -> ')).toBeUndefined();
  });
  it('a loop is found when there is one', () => {
    expect(loopIn({ a: ['b'], b: ['c'], c: ['a'], d: [] })).toEqual(['a', 'b', 'c', 'a']);
    expect(loopIn({ a: ['b'], b: [], c: ['a'] })).toBeUndefined();
  });
});

const IMPORT = /^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm;

describe('import direction', () => {
  const all = files(SRC);
  it('finds the source files', () => {
    expect(all.length).toBeGreaterThan(20);
  });
  for (const file of all) {
    const layer = layerOf(file);
    it(relative(SRC, file), () => {
      expect(ALLOWED[layer], `layer ${layer} is not in the matrix`).toBeDefined();
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(IMPORT)) {
        const spec = m[1] as string;
        if (spec.startsWith('.')) {
          const target = layerOf(join(file, '..', spec.replace(/\.js$/, '.ts')));
          if (target === layer) continue;
          expect(ALLOWED[layer], `${layer} imports ${target} (${spec})`).toContain(target);
        } else {
          const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] as string);
          const owner = OWNED[pkg];
          if (owner !== undefined) expect(layer, `${pkg} may only be imported by ${owner}`).toBe(owner);
        }
      }
    });
  }
});
