/**
 * Broken and hostile files: each gives a clear finding and the right exit code within bounded
 * time and memory, and never a stack trace. The corpus is fixtures/broken/; the one file too large
 * to commit (a 20 MB field) is generated into a temporary folder. Bounds: every run under 20 s and 400 MB peak RSS on a 2-core runner
 * (generous on purpose: these are guards against hangs and blow-ups, not benchmarks).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
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

function run(path: string, spec = 'badplatser') {
  const r = spawnSync(process.execPath, [MEASURE, 'validate', path, '--spec', spec, '--format', 'json', '--max-errors', '20'], { encoding: 'utf8', timeout: MAX_MS * 2, maxBuffer: 64 * 1024 * 1024 });
  const lines = r.stderr.trim().split('\n');
  const stats = JSON.parse(lines[lines.length - 1] as string) as { code: number; ms: number; maxRssMb: number };
  const report = r.stdout === '' ? undefined : JSON.parse(r.stdout);
  return { stats, stderr: lines.slice(0, -1).join('\n'), codes: (report?.files[0]?.diagnostics ?? []).map((d: { code: string }) => d.code) as string[], report };
}

const HEADER = 'place_id,name,latitude,longitude\n';

const BROKEN = fileURLToPath(new URL('../../fixtures/broken/', import.meta.url));
/** Files generated at test time instead of committed. */
const GENERATED: Record<string, () => string | Buffer> = { 'field-20mb.csv': () => `${HEADER}1,${'x'.repeat(20 * 1024 * 1024)},57.7011,11.8012\n` };

const CASES: { name: string; content?: () => string | Buffer; exit: number; expect: (codes: string[]) => void; spec?: string }[] = [
  { name: 'empty.csv', exit: 1, expect: (c) => expect(c).toContain('file-empty') },
  { name: 'header-only.csv', exit: 0, expect: (c) => expect(c).toContain('file-no-records') },
  { name: 'empty-list.json', exit: 0, expect: (c) => expect(c).toContain('file-no-records') },
  { name: 'duplicate-keys.json', exit: 1, expect: (c) => expect(c).toContain('json-duplicate-key') },
  { name: 'binary.csv', exit: 1, expect: (c) => expect(c).toContain('encoding-uncertain') },
  { name: 'nul-bytes.csv', exit: 1, expect: (c) => expect(c).toContain('invalid-number') },
  { name: 'truncated-utf8.csv', exit: 1, expect: (c) => expect(c).toContain('encoding-invalid-utf8') },
  { name: 'unterminated-quote.csv', exit: 1, expect: (c) => expect(c).toContain('csv-malformed') },
  { name: 'field-20mb.csv', exit: 0, expect: (c) => expect(c).not.toContain('file-unreadable') },
  { name: 'columns-50000.csv', exit: 1, expect: (c) => expect(c).toContain('header-unknown-column') },
  { name: 'empty-lines-100000.csv', exit: 0, expect: (c) => expect(c).toContain('row-blank') },
  { name: 'mixed-line-endings.csv', exit: 0, expect: (c) => expect(c).not.toContain('csv-malformed') },
  { name: 'nested-10000.json', exit: 1, expect: (c) => expect(c).toContain('record-not-object') },
  { name: 'object-nested-10000.json', exit: 1, expect: (c) => expect(c).toContain('unknown-property') },
  { name: 'numbers-beyond-double.json', exit: 1, expect: (c) => expect(c.filter((x) => x === 'json-number-too-precise')).toHaveLength(2) },
  { name: 'truncated.json', exit: 3, expect: (c) => expect(c).toEqual(['json-syntax']) },
  { name: 'http-headers-in-front.json', exit: 3, expect: (c) => expect(c).toContain('json-syntax') },
];

describe('broken files: a clear finding, the right exit code, bounded time and memory', () => {
  it('every file in fixtures/broken has a case, and every case a file', () => {
    expect(readdirSync(BROKEN).filter((n) => n !== 'README.md').sort()).toEqual(CASES.map((c) => c.name).filter((n) => GENERATED[n] === undefined).sort());
  });
  for (const c of CASES) {
    it(c.name, () => {
      const make = GENERATED[c.name];
      const path = make !== undefined ? file(c.name, make()) : join(BROKEN, c.name);
      const r = run(path, c.spec);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stderr).not.toMatch(/internal error/);
      expect(r.stats.code).toBe(c.exit);
      c.expect(r.codes);
      expect(r.stats.ms).toBeLessThan(MAX_MS);
      expect(r.stats.maxRssMb).toBeLessThan(MAX_RSS_MB);
    });
  }
});
