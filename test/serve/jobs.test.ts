/**
 * The queue of `datakoll serve`: files run one at a time in the order they came, every input
 * format the library reads is checked (a workbook fixed as CSV), and a run that cannot start says
 * why in both languages instead of failing the server.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsvText } from '../../src/input/index.js';
import { Registry } from '../../src/registry/index.js';
import { columnLetter, say, SERVE_WORDS } from '../../src/report/index.js';
import { startServer } from '../../src/serve/index.js';
import type { Serving } from '../../src/serve/index.js';
import { tempDir } from '../helpers.js';
import { esc, sheetData, writeXlsx } from '../support/xlsx.js';
import { ask, pathOf } from './http.js';

const fixture = (p: string): Buffer => readFileSync(new URL(`../../fixtures/${p}`, import.meta.url));
const VALID = fixture('badplatser/valid/example.csv');

describe('datakoll serve: the queue', () => {
  let s: Serving;
  let dir: string;
  beforeAll(async () => {
    dir = tempDir();
    s = await startServer({ port: 0, maxUpload: 64 * 1024 * 1024, registry: new Registry(), lang: 'en', threads: 1, tempRoot: dir });
  });
  afterAll(async () => {
    await s?.close();
  });

  const post = async (name: string, spec: string, body: Buffer): Promise<number> => {
    const r = await ask(s.port, pathOf(s.url, `api/jobs?name=${encodeURIComponent(name)}&spec=${encodeURIComponent(spec)}`), { method: 'POST', body });
    expect(r.status).toBe(201);
    return r.json().id as number;
  };
  const state = async (id: number): Promise<Record<string, unknown>> => (await ask(s.port, pathOf(s.url, `api/jobs/${id}`))).json();

  it('runs several files one at a time, in the order they came', async () => {
    // Big enough that a run takes a while: 30,000 rows.
    const [header, ...rows] = VALID.toString('utf8').trimEnd().split('\n');
    const row = rows[0] as string;
    const big = Buffer.from(`${header as string}\n${Array.from({ length: 30_000 }, (_, i) => row.replace(/^[^,]*/, `id-${i}`)).join('\n')}\n`);
    const ids = [await post('a.csv', 'badplatser@1.0', big), await post('b.csv', 'badplatser@1.0', big), await post('c.csv', 'badplatser@1.0', big)];
    const seen: string[][] = [];
    for (;;) {
      const states = await Promise.all(ids.map(async (id) => (await state(id)).state as string));
      seen.push(states);
      if (states.every((x) => x === 'done')) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(seen.some((x) => x.includes('running'))).toBe(true);
    for (const x of seen) {
      expect(x.filter((v) => v === 'running').length, x.join()).toBeLessThanOrEqual(1);
      // A later file never runs or finishes before an earlier one.
      const rank = (v: string): number => ['queued', 'running', 'done'].indexOf(v);
      expect(rank(x[0] as string) >= rank(x[1] as string) && rank(x[1] as string) >= rank(x[2] as string), x.join()).toBe(true);
    }
  }, 120_000);

  it('checks JSON and a workbook too; the workbook is fixed as CSV', async () => {
    const json = await post('badplatser.json', 'auto', fixture('badplatser/valid/example.json'));
    const rows = parseCsvText(VALID.toString('utf8')).map((cells, k) => [k + 1, cells.map((v, i) => (v === '' ? '' : `<c r="${columnLetter(i + 1)}${k + 1}" t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`)).join('')] as const);
    await writeXlsx(join(dir, 'data.xlsx'), { sheets: [{ name: 'Badplatser', body: sheetData(rows) }] });
    const xlsx = await post('Badplatser 2024.xlsx', 'badplatser@1.0', readFileSync(join(dir, 'data.xlsx')));
    for (;;) {
      const [a, b] = [await state(json), await state(xlsx)];
      if (a.state === 'done' && b.state === 'done') {
        expect(a.result).toMatchObject({ format: 'json', level: 'A', spec: { id: 'badplatser' }, choice: { score: 1 } });
        expect(b.result).toMatchObject({ format: 'xlsx', spec: { id: 'badplatser' } });
        break;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    const fix = await ask(s.port, pathOf(s.url, `api/jobs/${xlsx}/fix`), { method: 'POST' });
    expect(fix.json()).toMatchObject({ name: 'Badplatser 2024-fixed.csv' });
    expect((await ask(s.port, pathOf(s.url, `api/jobs/${xlsx}/fixed`))).body.toString()).toMatch(/^place_id,name,/);
  }, 60_000);

  it('a file no spec matches fails its job with the reason in both languages; the server goes on', async () => {
    const id = await post('other.csv', 'auto', Buffer.from('a,b\n1,2\n'));
    let job = await state(id);
    while (job.state !== 'failed' && job.state !== 'done') job = await state(id);
    expect(job.state).toBe('failed');
    const failure = job.failure as { sv: string; en: string };
    expect(failure.sv).not.toBe(failure.en);
    // In the page's words: the steward's file name and the page's own list, not the private copy's path or --spec.
    expect(failure).toEqual({ sv: say(SERVE_WORDS['auto-no-match'], 'sv', { name: 'other.csv' }), en: say(SERVE_WORDS['auto-no-match'], 'en', { name: 'other.csv' }) });
    for (const text of [failure.sv, failure.en]) expect(text).not.toMatch(/--spec|datakoll-serve|input\.csv/);
    expect((await ask(s.port, pathOf(s.url, `api/jobs/${id}/fix`), { method: 'POST' })).status).toBe(422);
    expect((await ask(s.port, pathOf(s.url, 'api/info'))).status).toBe(200);
  });
});
