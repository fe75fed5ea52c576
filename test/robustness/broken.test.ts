/**
 * Broken and hostile files: each gives a clear finding and the right exit code within bounded
 * time and memory, and never a stack trace. The corpus is fixtures/broken/; the one file too large
 * to commit (a 20 MB field) is generated into a temporary folder. Bounds: every run under 20 s and 400 MB peak RSS on a 2-core runner
 * (generous on purpose: these are guards against hangs and blow-ups, not benchmarks).
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.js';

const MEASURE = fileURLToPath(new URL('./measure.mjs', import.meta.url));
const MAX_MS = 20_000;
const MAX_RSS_MB = 400;
const dir = tempDir();

function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

interface Found {
  readonly code: string;
  readonly line?: number;
  readonly column?: number;
  readonly pointer?: string;
  readonly params: Record<string, unknown>;
}

/** What a run reports about the one file: its findings, counts and score. */
interface FileResult {
  readonly diagnostics: Found[];
  readonly stats: { rows: number; rowsWithErrors: number };
  readonly score: { rowsOkShare: number; level: string };
  readonly groups: { code: string; count: number }[];
}

/**
 * Runs the CLI through measure.mjs; `shell` runs it from bash instead (for <(…)), `pipe` from bash
 * with that file piped into its standard input, `input` with standard input a socket (as Node feeds a child).
 */
function run(path: string, spec = 'badplatser', args: readonly string[] = [], options: { input?: string; shell?: boolean; pipe?: string } = {}) {
  const argv = [MEASURE, 'validate', path, '--spec', spec, '--format', 'json', '--max-errors', '20', ...args];
  const command = [process.execPath, ...argv].map((a) => (a.startsWith('<(') ? a : `'${a}'`)).join(' ');
  const quoted = options.pipe === undefined ? command : `cat '${options.pipe}' | ${command}`;
  const r =
    options.shell === true || options.pipe !== undefined
      ? spawnSync('bash', ['-c', quoted], { encoding: 'utf8', timeout: MAX_MS * 2, maxBuffer: 64 * 1024 * 1024, input: options.input })
      : spawnSync(process.execPath, argv, { encoding: 'utf8', timeout: MAX_MS * 2, maxBuffer: 64 * 1024 * 1024, input: options.input });
  const lines = r.stderr.trim().split('\n');
  const stats = JSON.parse(lines[lines.length - 1] as string) as { code: number; ms: number; maxRssMb: number };
  const report = r.stdout === '' ? undefined : JSON.parse(r.stdout);
  const file = report?.files[0] as FileResult | undefined;
  return { stats, stderr: lines.slice(0, -1).join('\n'), codes: (file?.diagnostics ?? []).map((d) => d.code), file };
}

/** The one finding of a code (failing when there is none or more). */
function one(file: FileResult | undefined, code: string): Found {
  const found = (file?.diagnostics ?? []).filter((d) => d.code === code);
  expect(found, code).toHaveLength(1);
  return found[0] as Found;
}

const HEADER = 'place_id,name,latitude,longitude\n';

const BROKEN = fileURLToPath(new URL('../../fixtures/broken/', import.meta.url));
/** Files generated at test time instead of committed. */
const GENERATED: Record<string, () => string | Buffer> = {
  'field-20mb.csv': () => `${HEADER}1,${'x'.repeat(20 * 1024 * 1024)},57.7011,11.8012\n`,
  // Blank lines are not rows: one bad record among 100 000 blank lines is 0% rows without errors.
  'blank-lines-one-bad-row.csv': () => `${HEADER}${'\n'.repeat(100_000)}1480-1,,57.7011,11.8012\n`,
};

type Check = (codes: string[], file: FileResult | undefined) => void;
const binary = (kind: string): Check => (c, f) => {
  expect(c).toEqual(['file-binary']);
  expect(one(f, 'file-binary').params.reason).toBe(kind);
};
const syntax = (reason: string, line: number, column?: number): Check => (c, f) => {
  expect(c).toContain('json-syntax');
  const d = one(f, 'json-syntax');
  expect([d.params.reason, d.line]).toEqual([reason, line]);
  if (column !== undefined) expect(d.column).toBe(column);
};

const CASES: { name: string; exit: number; expect: Check; spec?: string; args?: readonly string[] }[] = [
  { name: 'empty.csv', exit: 1, expect: (c) => expect(c).toContain('file-empty') },
  // A header (or an empty list) without records is an export that lost its data: an error, score F.
  { name: 'header-only.csv', exit: 1, expect: (c, f) => (expect(c).toContain('file-no-records'), expect(f?.score.level).toBe('F')) },
  { name: 'header-blank-lines.csv', exit: 1, expect: (c, f) => (expect(c).toContain('file-no-records'), expect(c).toContain('row-blank'), expect(f?.stats.rows).toBe(0)) },
  { name: 'empty-list.json', exit: 1, expect: (c, f) => (expect(c).toEqual(['file-no-records']), expect(f?.score.level).toBe('F')) },
  { name: 'empty-results.json', exit: 1, expect: (c) => expect(c).toEqual(['file-no-records']) },
  { name: 'blank-lines.jsonl', exit: 1, expect: (c) => expect(c).toEqual(['file-empty']) },
  { name: 'duplicate-keys.json', exit: 1, expect: (c) => expect(c).toContain('json-duplicate-key') },
  // Not text: named for what it is, exit 3, whatever the name says.
  { name: 'binary.csv', exit: 3, expect: binary('binary') },
  // A workbook is read (issue 18); this one names a sheet whose part is not in the archive.
  { name: 'workbook.xlsx', exit: 3, expect: (c, f) => (expect(c).toEqual(['workbook-unreadable']), expect(f?.diagnostics[0]?.params.reason).toBe('corrupt')) },
  { name: 'spreadsheet.ods', exit: 3, expect: binary('ods') },
  { name: 'old-workbook.xls', exit: 3, expect: binary('xls') },
  { name: 'archive.zip', exit: 3, expect: binary('zip') },
  { name: 'compressed.csv.gz', exit: 3, expect: binary('gzip') },
  { name: 'compressed.csv.bz2', exit: 3, expect: binary('bzip2') },
  { name: 'compressed.csv.xz', exit: 3, expect: binary('xz') },
  { name: 'document.pdf', exit: 3, expect: binary('pdf'), args: ['--input-format', 'csv'] },
  { name: 'image.png', exit: 3, expect: binary('png'), args: ['--input-format', 'json'] },
  // UTF-16 has a NUL beside every ASCII character and is still text.
  { name: 'utf16le-no-bom.csv', exit: 1, expect: (c, f) => (expect(c).toEqual(['encoding-not-utf8', 'header-missing-optional-columns']), expect(f?.stats.rows).toBe(1)) },
  // A few stray control bytes do not make a file binary: each is reported at its cell.
  { name: 'nul-bytes.csv', exit: 1, expect: (c) => (expect(c.filter((x) => x === 'control-character')).toHaveLength(2), expect(c).toContain('invalid-number')) },
  { name: 'control-characters.json', exit: 1, expect: (c, f) => expect(f?.diagnostics.filter((d) => d.code === 'control-character').map((d) => [d.pointer, d.params.character])).toEqual([['/0/name', 'U+0000'], ['/1/name', 'U+001B']]) },
  { name: 'truncated-utf8.csv', exit: 1, expect: (c) => expect(c).toContain('encoding-invalid-utf8') },
  { name: 'unterminated-quote.csv', exit: 1, expect: (c) => expect(c).toContain('csv-malformed') },
  { name: 'field-20mb.csv', exit: 0, expect: (c) => expect(c).not.toContain('file-unreadable') },
  { name: 'columns-50000.csv', exit: 1, expect: (c) => expect(c).toContain('header-unknown-column') },
  { name: 'empty-lines-100000.csv', exit: 0, expect: (c, f) => (expect(c).toContain('row-blank'), expect(f?.stats.rows).toBe(1), expect(f?.score.rowsOkShare).toBe(1)) },
  { name: 'blank-lines-one-bad-row.csv', exit: 1, expect: (_c, f) => (expect(f?.groups.map((g) => [g.code, g.count])).toContainEqual(['required-missing', 1]), expect(f?.stats).toMatchObject({ rows: 1, rowsWithErrors: 1 }), expect(f?.score).toMatchObject({ rowsOkShare: 0, level: 'F' })) },
  { name: 'mixed-line-endings.csv', exit: 0, expect: (c) => expect(c).not.toContain('csv-malformed') },
  { name: 'nested-10000.json', exit: 1, expect: (c) => expect(c).toContain('record-not-object') },
  { name: 'object-nested-10000.json', exit: 1, expect: (c) => expect(c).toContain('unknown-property') },
  // One finding per number, at its value: not also a wrong type for the Infinity 1e400 becomes.
  { name: 'numbers-beyond-double.json', exit: 1, expect: (c, f) => (expect(c.slice(0, 2)).toEqual(['json-number-out-of-range', 'json-number-too-precise']), expect(c).not.toContain('wrong-type'), expect(one(f, 'json-number-out-of-range').pointer).toBe('/0/latitude')) },
  { name: 'truncated.json', exit: 3, expect: (c) => expect(c).toEqual(['json-syntax']) },
  { name: 'http-headers-in-front.json', exit: 3, expect: (c) => expect(c).toContain('json-syntax') },
  // Text after the top-level value (an EntryScape dump ending in }"%"): unreadable, where it starts.
  { name: 'trailing-after-object.json', exit: 3, expect: syntax('after-end', 1, 103) },
  { name: 'wrapper-syntax.json', exit: 3, expect: syntax('trailing-comma-in-object', 1, 22) },
  { name: 'wrapper-truncated.json', exit: 3, expect: syntax('truncated-object', 4) },
  { name: 'two-values-on-a-line.jsonl', exit: 3, expect: syntax('line-holds-more', 2, 73) },
  { name: 'broken-line.jsonl', exit: 3, expect: syntax('line-ends-in-value', 2, 29) },
  { name: 'string-broken.jsonl', exit: 3, expect: syntax('line-break-in-text', 6, 35) },
];

describe('broken files: a clear finding, the right exit code, bounded time and memory', () => {
  it('every file in fixtures/broken has a case, and every case a file', () => {
    expect(readdirSync(BROKEN).filter((n) => n !== 'README.md').sort()).toEqual(CASES.map((c) => c.name).filter((n) => GENERATED[n] === undefined).sort());
  });
  for (const c of CASES) {
    it(c.name, () => {
      const make = GENERATED[c.name];
      const path = make !== undefined ? file(c.name, make()) : join(BROKEN, c.name);
      const r = run(path, c.spec, c.args);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stderr).not.toMatch(/internal error/);
      expect(r.stats.code).toBe(c.exit);
      c.expect(r.codes, r.file);
      expect(r.stats.ms).toBeLessThan(MAX_MS);
      expect(r.stats.maxRssMb).toBeLessThan(MAX_RSS_MB);
    });
  }
});

/**
 * Inputs that are not regular files are read once, as streams: never by position (a pipe cannot
 * seek), never opened twice (a FIFO's one writer would write into the first opening), and a
 * device that never ends is stopped by what its first bytes are, or by a limit.
 */
describe('pipes, FIFOs and devices: read once, as streams', () => {
  const csv = join(BROKEN, '../badplatser/valid/example.csv');
  const bounded = (r: ReturnType<typeof run>): void => {
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stats.ms).toBeLessThan(MAX_MS);
    expect(r.stats.maxRssMb).toBeLessThan(MAX_RSS_MB);
  };
  it('/dev/zero ends at once: binary, exit 3', () => {
    const r = run('/dev/zero');
    bounded(r);
    expect(r.stats.code).toBe(3);
    expect(r.codes).toEqual(['file-binary']);
  });
  it('a process substitution <(cat file.csv)', () => {
    const r = run(`<(cat '${csv}')`, 'badplatser', [], { shell: true });
    bounded(r);
    expect([r.stats.code, r.codes, r.file?.stats.rows]).toEqual([0, [], 6]);
  });
  it('/dev/stdin fed by a pipe (cat file.csv | datakoll validate /dev/stdin), or by a socket (as Node feeds a child)', () => {
    for (const r of [run('/dev/stdin', 'badplatser', [], { pipe: csv }), run('/dev/stdin', 'badplatser', [], { input: readFileSync(csv, 'utf8') })]) {
      bounded(r);
      expect([r.stats.code, r.codes, r.file?.stats.rows]).toEqual([0, [], 6]);
    }
  });
  it('a named FIFO with one writer, with threads on', () => {
    const fifo = join(dir, 'fifo.csv');
    spawnSync('mkfifo', [fifo]);
    // The writer opens the FIFO once and blocks until the reader has it open.
    const writer = spawn('sh', ['-c', `cat '${csv}' > '${fifo}'`], { stdio: 'ignore' });
    const r = run(fifo, 'badplatser', ['--threads', '2']);
    writer.kill();
    bounded(r);
    expect([r.stats.code, r.codes, r.file?.stats.rows]).toEqual([0, [], 6]);
  });
});
