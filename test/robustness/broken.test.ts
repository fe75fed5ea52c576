/**
 * Broken and hostile files: each gives a clear finding and the right exit code within bounded
 * time and memory, and never a stack trace. The corpus is generated here (some files are large),
 * into a temporary folder. Bounds: every run under 20 s and 400 MB peak RSS on a 2-core runner
 * (generous on purpose: these are guards against hangs and blow-ups, not benchmarks).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
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
const random = (n: number): Buffer => {
  let x = 12345;
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    b[i] = x & 0xff;
  }
  return b;
};

const CASES: { name: string; content: () => string | Buffer; exit: number; expect: (codes: string[]) => void; spec?: string }[] = [
  { name: 'empty.csv', content: () => '', exit: 1, expect: (c) => expect(c).toContain('file-empty') },
  { name: 'header-only.csv', content: () => HEADER, exit: 0, expect: (c) => expect(c).toContain('file-no-records') },
  { name: 'empty-list.json', content: () => '[]', exit: 0, expect: (c) => expect(c).toContain('file-no-records') },
  { name: 'duplicate-keys.json', content: () => '[{"place_id":"x","name":"n","place_id":"y","latitude":57.7011,"longitude":11.8012}]', exit: 1, expect: (c) => expect(c).toContain('json-duplicate-key') },
  { name: 'binary.csv', content: () => random(200_000), exit: 1, expect: (c) => expect(c.length).toBeGreaterThan(0) },
  { name: 'nul-bytes.csv', content: () => `${HEADER}1,a\u0000b,1,2\n2,\u0000\u0000,x,2\n`, exit: 1, expect: (c) => expect(c).toContain('invalid-number') },
  { name: 'truncated-utf8.csv', content: () => Buffer.from(`${HEADER}1,Å`).subarray(0, -1), exit: 1, expect: (c) => expect(c.length).toBeGreaterThan(0) },
  { name: 'unterminated-quote.csv', content: () => `${HEADER}1,"abc,1,2\n2,def,1,2\n`, exit: 1, expect: (c) => expect(c).toContain('csv-malformed') },
  { name: 'field-20mb.csv', content: () => `${HEADER}1,${'x'.repeat(20 * 1024 * 1024)},57.7089,11.9746\n`, exit: 0, expect: (c) => expect(c).not.toContain('file-unreadable') },
  { name: 'columns-50000.csv', content: () => `${Array.from({ length: 50_000 }, (_v, i) => `c${i}`).join(',')}\n${'1,'.repeat(49_999)}1\n`, exit: 1, expect: (c) => expect(c).toContain('header-unknown-column') },
  { name: 'empty-lines-100000.csv', content: () => `${HEADER}${'\n'.repeat(100_000)}1,a,57.7089,11.9746\n`, exit: 0, expect: (c) => expect(c).toContain('row-blank') },
  { name: 'mixed-line-endings.csv', content: () => `${HEADER.trim()}\r\n1,a,57.7089,11.9746\n2,b,57.7089,11.9746\r3,c,57.7089,11.9746\r\n`, exit: 0, expect: (c) => expect(c).not.toContain('csv-malformed') },
  { name: 'nested-10000.json', content: () => `${'['.repeat(10_000)}${']'.repeat(10_000)}`, exit: 1, expect: (c) => expect(c).toContain('record-not-object') },
  { name: 'object-nested-10000.json', content: () => `[{"place_id":"x","name":"n","latitude":1,"longitude":2,"extra":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}]`, exit: 1, expect: (c) => expect(c).toContain('unknown-property') },
  { name: 'numbers-beyond-double.json', content: () => '[{"place_id":"x","name":"n","latitude":1e400,"longitude":123456789012345678901234567890}]', exit: 1, expect: (c) => expect(c.filter((x) => x === 'json-number-too-precise')).toHaveLength(2) },
  { name: 'truncated.json', content: () => '[{"place_id":"x","name":"n","latitude":1,', exit: 3, expect: (c) => expect(c).toEqual(['json-syntax']) },
  { name: 'http-headers-in-front.json', content: () => 'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n[{"place_id":"x"}]', exit: 3, expect: (c) => expect(c).toContain('json-syntax') },
];

describe('broken files: a clear finding, the right exit code, bounded time and memory', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const path = file(c.name, c.content());
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
