/**
 * --shard and `harvest merge` (the shards' reports merged equal the unsharded run's), and --since
 * (an unchanged distribution, by ETag, Last-Modified or its bytes, is not validated again: the
 * earlier result is carried over and marked). All on a local server on 127.0.0.1.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harvest } from '../../src/harvest/run.js';
import type { HarvestOptions } from '../../src/harvest/run.js';
import { mergeReports } from '../../src/harvest/merge.js';
import { parseShard, partOf } from '../../src/harvest/shard.js';
import type { HarvestReport } from '../../src/harvest/types.js';
import { Registry } from '../../src/registry/index.js';
import { DatakollError, EXIT } from '../../src/errors.js';
import { tempDir, writeTemp } from '../helpers.js';
import { run } from '../cli/run.js';
import { INVALID_CSV, startServer, turtle, VALID_CSV } from './support.js';
import type { Dist, TestServer } from './support.js';

let s: TestServer;
const dir = tempDir();
const registry = new Registry();
const PORTAL = 'https://dataportal.se/specifications/badplatser/1.0';

function options(extra: Partial<HarvestOptions> = {}): HarvestOptions {
  return { registry, cwd: dir, concurrency: 4, remote: { timeoutMs: 10_000, totalTimeoutMs: 30_000, maxBytes: 1024 * 1024, maxRedirects: 5, allowHttp: true }, catalogueMaxBytes: 8 * 1024 * 1024, maxErrors: 100, allowPrivateAddresses: true, ...extra };
}

/** A report without what differs between runs of the same catalogue (when it started, how many parts it came from). */
function comparable(r: HarvestReport): unknown {
  const { startedAt: _s, mergedFrom: _m, ...rest } = r;
  return rest;
}

beforeAll(async () => {
  s = await startServer();
  s.files.set('/data/valid.csv', { body: VALID_CSV, type: 'text/csv' });
  s.files.set('/data/invalid.csv', { body: INVALID_CSV, type: 'text/csv' });
});
afterAll(async () => s.close());

describe('--shard i/n and harvest merge', () => {
  const dists = (): Dist[] =>
    Array.from({ length: 40 }, (_v, i) => {
      const kind = i % 5;
      const url = kind === 4 ? `${s.base}/data/missing-${i}.csv` : `${s.base}/data/${kind === 1 ? 'invalid' : 'valid'}.csv?i=${i}`;
      return { title: `d${i}`, publisher: `Kommun ${i % 3}`, url, ...(kind === 2 ? {} : kind === 3 ? { conformsTo: 'https://dataportal.se/specifications/okand/1.0' } : { conformsTo: PORTAL }) };
    });

  it('the merged report of three shards equals the unsharded one (library and command line)', async () => {
    const catalogue = writeTemp(dir, 'shards.ttl', turtle(dists()));
    const whole = await harvest(catalogue, options());
    const parts = await Promise.all([1, 2, 3].map((index) => harvest(catalogue, options({ shard: { index, count: 3 } }))));
    for (const p of parts) expect(p.entries.length).toBeGreaterThan(0);
    expect(parts.reduce((n, p) => n + p.entries.length, 0)).toBe(whole.entries.length);
    expect(comparable(mergeReports(parts))).toEqual(comparable(whole));

    const files = [1, 2, 3].map((i) => join(dir, `shard-${i}.json`));
    for (const [i, f] of files.entries()) expect((await run(['harvest', 'shards.ttl', '--allow-http', '--allow-private-addresses', '--shard', `${i + 1}/3`, '--format', `json=${f}`, '--fail-on', 'never'], { cwd: dir })).code).toBe(EXIT.ok);
    const merged = join(dir, 'merged.json');
    expect((await run(['harvest', 'merge', ...files, '--format', `json=${merged}`, '--fail-on', 'never'])).code).toBe(EXIT.ok);
    const fromCli = JSON.parse(readFileSync(merged, 'utf8')) as HarvestReport;
    expect(fromCli.mergedFrom).toBe(3);
    expect(comparable(fromCli)).toEqual(comparable({ ...whole, catalogue: 'shards.ttl' }));
  });

  it('the split is stable and by address; parts that do not make a whole are refused', async () => {
    expect(partOf('https://a.example/x.csv', 10)).toBe(partOf('https://a.example/x.csv', 10));
    expect(new Set(Array.from({ length: 200 }, (_v, i) => partOf(`https://a.example/${i}.csv`, 4)))).toEqual(new Set([1, 2, 3, 4]));
    expect(parseShard('2/10')).toEqual({ index: 2, count: 10 });
    for (const bad of ['0/3', '4/3', '1', 'a/b', '1/0']) expect(() => parseShard(bad), bad).toThrow(DatakollError);
    expect((await run(['harvest', 'x.ttl', '--shard', '5/4'])).code).toBe(EXIT.usage);
    const catalogue = writeTemp(dir, 'two.ttl', turtle(dists().slice(0, 10)));
    const one = await harvest(catalogue, options({ shard: { index: 1, count: 3 } }));
    expect(() => mergeReports([one])).toThrow(expect.objectContaining({ code: 'harvest-shards-mismatch' }) as Error);
    expect(() => mergeReports([one, one, one])).toThrow(expect.objectContaining({ code: 'harvest-shards-mismatch' }) as Error);
    const whole = await harvest(catalogue, options());
    expect(() => mergeReports([whole, whole])).toThrow(expect.objectContaining({ code: 'harvest-shards-mismatch' }) as Error);
    expect(comparable(mergeReports([whole]))).toEqual(comparable(whole));
    const bad = writeTemp(dir, 'not-a-report.json', '{"files": []}');
    expect((await run(['harvest', 'merge', bad])).code).toBe(EXIT.unreadable);
  });
});

describe('--since: unchanged distributions are not validated again', () => {
  it('by ETag and Last-Modified (a 304), and by the same bytes; a changed one is validated again', async () => {
    s.files.set('/data/etag.csv', { body: VALID_CSV, type: 'text/csv', etag: '"v1"' });
    s.files.set('/data/lm.csv', { body: VALID_CSV, type: 'text/csv', lastModified: 'Wed, 02 Dec 2026 10:00:00 GMT' });
    s.files.set('/data/plain.csv', { body: VALID_CSV, type: 'text/csv' });
    s.files.set('/data/changes.csv', { body: VALID_CSV, type: 'text/csv', etag: '"c1"' });
    const names = ['etag', 'lm', 'plain', 'changes'];
    const catalogue = writeTemp(dir, 'since.ttl', turtle(names.map((n) => ({ title: n, url: `${s.base}/data/${n}.csv`, conformsTo: PORTAL }))));
    const first = await harvest(catalogue, options());
    expect(first.entries.map((e) => [e.title, e.status, e.carried])).toEqual(names.map((n) => [n, 'valid', undefined]));
    expect(first.entries.find((e) => e.title === 'etag')?.etag).toBe('"v1"');
    expect(first.entries.every((e) => /^[0-9a-f]{64}$/.test(e.sha256 ?? ''))).toBe(true);

    s.files.set('/data/changes.csv', { body: INVALID_CSV, type: 'text/csv', etag: '"c2"' });
    const plainHits = s.hits.get('/data/plain.csv');
    const second = await harvest(catalogue, options({ since: first }));
    const got = Object.fromEntries(second.entries.map((e) => [e.title, [e.status, e.carried]]));
    expect(got).toEqual({ etag: ['valid', 'etag'], lm: ['valid', 'last-modified'], plain: ['valid', 'sha256'], changes: ['invalid', undefined] });
    expect(s.conditional.get('/data/etag.csv')).toBe(1);
    expect(s.conditional.get('/data/lm.csv')).toBe(1);
    // The same bytes were downloaded (there was nothing to ask with), but not validated again.
    expect(s.hits.get('/data/plain.csv')).toBe((plainHits ?? 0) + 1);
    // The carried result is the earlier one.
    expect(second.entries.find((e) => e.title === 'etag')?.result).toEqual(first.entries.find((e) => e.title === 'etag')?.result);
  });

  it('an unreadable earlier result is tried again, and --since reads the JSON report the command line wrote', async () => {
    const catalogue = writeTemp(dir, 'retry.ttl', turtle([{ title: 'later', url: `${s.base}/data/later.csv`, conformsTo: PORTAL }]));
    const report = join(dir, 'retry.json');
    expect((await run(['harvest', 'retry.ttl', '--allow-http', '--allow-private-addresses', '--format', `json=${report}`], { cwd: dir })).code).toBe(EXIT.invalid);
    s.files.set('/data/later.csv', { body: VALID_CSV, type: 'text/csv', etag: '"l1"' });
    const again = join(dir, 'retry-2.json');
    expect((await run(['harvest', 'retry.ttl', '--allow-http', '--allow-private-addresses', '--since', 'retry.json', '--format', `json=${again}`], { cwd: dir })).code).toBe(EXIT.ok);
    const r = JSON.parse(readFileSync(again, 'utf8')) as HarvestReport;
    expect(r.entries.map((e) => [e.status, e.carried])).toEqual([['valid', undefined]]);
    expect((await run(['harvest', catalogue, '--since', 'no-such.json'], { cwd: dir })).code).toBe(EXIT.unreadable);
  });
});

describe('a malformed report given to --since or harvest merge is refused with exit 3, not an internal error (review of issue 22)', () => {
  const head = '"kind":"datakoll-harvest","reportVersion":1,"catalogue":"c.ttl","startedAt":"2026-12-04T00:00:00Z"';
  const entry = '"dataset":"a","title":"t","publisher":"p","distribution":"d","url":"https://test.example/a.csv","conformsTo":[]';
  const cases: [string, string, string][] = [
    ['null-entry', '{"kind":"datakoll-harvest","reportVersion":1,"entries":[null]}', 'catalogue'],
    ['null-entry-full', `{${head},"entries":[null]}`, 'entries[0]'],
    ['dataset-only', `{${head},"entries":[{"dataset":"a"}]}`, 'entries[0].title'],
    ['bad-status', `{${head},"entries":[{${entry},"status":"fine"}]}`, 'entries[0].status'],
    ['bad-result', `{${head},"entries":[{${entry},"status":"valid"},{${entry},"status":"valid","result":{"rows":1}}]}`, 'entries[1].result'],
    ['bad-group-code', `{${head},"entries":[{${entry},"status":"invalid","result":{"rows":1,"errors":1,"warnings":0,"infos":0,"score":{"rowsOkShare":0,"structure":"pass","level":"F"},"groups":[{"code":"no-such-code","severity":"error","count":1,"examples":[]}]}}]}`, 'entries[0].result'],
  ];
  for (const [name, text, at] of cases) {
    it(`${name}: refused at ${at}`, async () => {
      const file = writeTemp(dir, `${name}.json`, text);
      const catalogue = writeTemp(dir, `${name}.ttl`, turtle([{ title: 'x', conformsTo: PORTAL }]));
      const { readHarvestReport } = await import('../../src/harvest/merge.js');
      const e = await readHarvestReport(file, name).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(DatakollError);
      expect([(e as DatakollError).code, (e as DatakollError).params.detail]).toEqual(['harvest-report-unreadable', at]);
      for (const args of [['harvest', 'merge', file], ['harvest', catalogue, '--since', file]]) {
        const r = await run(args, { cwd: dir });
        expect(r.code, args.join(' ')).toBe(EXIT.unreadable);
        expect(r.stderr).toContain(at);
      }
    });
  }
  it('a well-formed report with every optional field is read', async () => {
    const full = `{${head},"shard":{"index":1,"count":2},"entries":[{${entry},"format":"text/csv","spec":"badplatser@1.0","status":"unreadable","etag":"\\"e\\"","sha256":"ab","carried":"etag","result":{"rows":0,"errors":1,"warnings":0,"infos":0,"score":{"rowsOkShare":0,"structure":"fail","level":"F"},"groups":[],"problem":{"code":"remote-unreadable","severity":"error","params":{"reason":"status","detail":"404"}}}}]}`;
    const { readHarvestReport } = await import('../../src/harvest/merge.js');
    expect((await readHarvestReport(writeTemp(dir, 'full.json', full), 'full')).entries).toHaveLength(1);
  });
});
