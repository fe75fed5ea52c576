/**
 * The server of `datakoll serve` as any program on the machine meets it: the token, the Host and
 * the Origin it demands, the size limit of an upload (checked while it streams), its headers, a
 * file checked and fixed through the queue, and its private folder removed when it closes.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Registry } from '../../src/registry/index.js';
import { startServer } from '../../src/serve/index.js';
import type { Serving } from '../../src/serve/index.js';
import { tempDir } from '../helpers.js';
import { ask, pathOf } from './http.js';

const VALID = readFileSync(new URL('../../fixtures/badplatser/valid/example.csv', import.meta.url));
const LIMIT = 4096;

async function finished(s: Serving, id: unknown): Promise<Record<string, unknown>> {
  for (;;) {
    const r = (await ask(s.port, pathOf(s.url, `api/jobs/${String(id)}`))).json();
    if (r.state === 'done' || r.state === 'failed') return r;
    await new Promise((res) => setTimeout(res, 50));
  }
}

describe('datakoll serve: the server', () => {
  let s: Serving;
  let root: string;

  beforeAll(async () => {
    root = tempDir();
    s = await startServer({ port: 0, maxUpload: LIMIT, registry: new Registry(), lang: 'en', threads: 1, tempRoot: root });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('listens on 127.0.0.1 only, with a long random token in the page address', () => {
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/[A-Za-z0-9_-]{32}\/$/);
    expect(statSync(s.folder).mode & 0o777).toBe(0o700);
  });

  it('refuses every request without the token: 403', async () => {
    for (const p of ['/', '/api/info', '/app.js', `/${'x'.repeat(32)}/`, `${pathOf(s.url)}`.slice(0, -2) + '/']) expect((await ask(s.port, p)).status, p).toBe(403);
    expect((await ask(s.port, pathOf(s.url))).status).toBe(200);
    // The address without its last slash is sent on to the page; only with the token.
    const bare = await ask(s.port, pathOf(s.url).slice(0, -1));
    expect(bare.status).toBe(308);
    expect(bare.headers.location).toBe(pathOf(s.url));
    expect((await ask(s.port, `/${'y'.repeat(32)}`)).status).toBe(403);
  });

  it('refuses a foreign Host (DNS rebinding): only 127.0.0.1:<port> and localhost:<port>', async () => {
    for (const host of ['evil.example', `evil.example:${s.port}`, `127.0.0.1:${s.port + 1}`, `localhost`, '127.0.0.1']) {
      const r = await ask(s.port, pathOf(s.url), { headers: { Host: host } });
      expect(r.status, host).toBe(403);
      expect(r.body.toString()).not.toContain('<html');
    }
    expect((await ask(s.port, pathOf(s.url), { headers: { Host: `localhost:${s.port}` } })).status).toBe(200);
  });

  it('refuses a request from another site (Origin, Sec-Fetch-Site), a POST above all', async () => {
    const post = (headers: Record<string, string>) => ask(s.port, pathOf(s.url, 'api/jobs?name=a.csv&spec=auto'), { method: 'POST', headers, body: VALID });
    expect((await post({ Origin: 'http://evil.example' })).status).toBe(403);
    expect((await post({ Origin: 'null' })).status).toBe(403);
    expect((await post({ Origin: `http://127.0.0.1:${s.port + 1}` })).status).toBe(403);
    expect((await post({ 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await ask(s.port, pathOf(s.url, 'api/info'), { headers: { Origin: 'http://evil.example' } })).status).toBe(403);
    expect(readdirSync(s.folder)).toEqual([]);
    const own = await post({ Origin: `http://127.0.0.1:${s.port}`, 'Sec-Fetch-Site': 'same-origin' });
    expect(own.status).toBe(201);
    expect((await finished(s, own.json().id)).state).toBe('done');
  });

  it('answers with a strict Content-Security-Policy, nosniff and no referrer', async () => {
    const r = await ask(s.port, pathOf(s.url));
    expect(r.headers['content-security-policy']).toContain("default-src 'none'");
    expect(r.headers['content-security-policy']).toContain("script-src 'self'");
    expect(r.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['referrer-policy']).toBe('no-referrer');
    expect(r.body.toString()).not.toMatch(/<script>|<style>|style=/);
  });

  it('refuses an upload over the limit with 413, by its Content-Length or while it streams, and keeps nothing of it', async () => {
    const big = Buffer.alloc(LIMIT + 1, 'a');
    const declared = await ask(s.port, pathOf(s.url, 'api/jobs?name=big.csv&spec=auto'), { method: 'POST', headers: { 'Content-Length': String(big.length) }, body: big });
    expect(declared.status).toBe(413);
    expect(declared.json().code).toBe('too-large');
    // Chunked: no length is said, the server counts.
    const pieces = Array.from({ length: 8 }, () => Buffer.alloc(1024, 'b'));
    const streamed = await ask(s.port, pathOf(s.url, 'api/jobs?name=big.csv&spec=auto'), { method: 'POST', body: pieces });
    expect(streamed.status).toBe(413);
    // The refused jobs' folders are gone: only the one file checked before is left.
    const inputs = readdirSync(s.folder).flatMap((d) => readdirSync(join(s.folder, d)).map((f) => join(s.folder, d, f)));
    expect(inputs.map((f) => statSync(f).size)).toEqual([VALID.length]);
  });

  it('a spec the catalogue does not have is refused; a path is never read', async () => {
    const r = await ask(s.port, pathOf(s.url, `api/jobs?name=a.csv&spec=${encodeURIComponent('/etc/passwd')}`), { method: 'POST', body: VALID });
    expect(r.status).toBe(404);
    expect((await ask(s.port, pathOf(s.url, `api/template?spec=${encodeURIComponent('../../specs/badplatser/1.0.json')}`))).status).toBe(404);
    expect((await ask(s.port, pathOf(s.url, '../package.json'))).status).toBe(403);
    expect((await ask(s.port, pathOf(s.url, 'page/app.js'))).status).toBe(404);
  });

  it('checks an upload with the chosen spec and fixes it into <name>-fixed.csv', async () => {
    const broken = Buffer.from(VALID.toString('utf8').replace('57.6312', '"57,6312"'));
    const up = await ask(s.port, pathOf(s.url, 'api/jobs?name=mina%20bad.csv&spec=badplatser%401.0'), { method: 'POST', body: broken });
    expect(up.status).toBe(201);
    const job = await finished(s, up.json().id);
    expect(job).toMatchObject({ name: 'mina bad.csv', state: 'done', result: { valid: false, level: 'D', fixable: true, spec: { id: 'badplatser' } } });
    const csv = await ask(s.port, pathOf(s.url, `api/jobs/${String(job.id)}/findings.csv?lang=sv`));
    expect(csv.body.toString()).toContain('form-decimal-comma');
    const fix = await ask(s.port, pathOf(s.url, `api/jobs/${String(job.id)}/fix`), { method: 'POST' });
    expect(fix.json()).toMatchObject({ name: 'mina bad-fixed.csv' });
    const fixed = await ask(s.port, pathOf(s.url, `api/jobs/${String(job.id)}/fixed`));
    expect(fixed.headers['content-disposition']).toContain("filename*=UTF-8''mina%20bad-fixed.csv");
    expect(fixed.body.toString()).toContain(',57.6312,');
    const report = await ask(s.port, pathOf(s.url, `api/jobs/${String(job.id)}/report.html?lang=sv`));
    expect(report.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(report.body.toString()).toContain('mina bad.csv');
  });

  it('removes a finished job and its files when asked (DELETE), and nothing else', async () => {
    const up = await ask(s.port, pathOf(s.url, 'api/jobs?name=bort.csv&spec=auto'), { method: 'POST', body: VALID });
    const id = String(up.json().id);
    await finished(s, id);
    expect(existsSync(join(s.folder, id))).toBe(true);
    expect((await ask(s.port, pathOf(s.url, `api/jobs/${id}`), { method: 'DELETE', headers: { Origin: 'http://evil.example' } })).status).toBe(403);
    expect(existsSync(join(s.folder, id))).toBe(true);
    expect((await ask(s.port, pathOf(s.url, `api/jobs/${id}`), { method: 'DELETE' })).status).toBe(200);
    expect(existsSync(join(s.folder, id))).toBe(false);
    const gone = await ask(s.port, pathOf(s.url, `api/jobs/${id}/report.html`));
    expect([gone.status, gone.json().code]).toEqual([404, 'job-gone']);
  });

  it('removes its private folder when it closes', async () => {
    const other = await startServer({ port: 0, maxUpload: LIMIT, registry: new Registry(), lang: 'sv', threads: 1, tempRoot: root });
    const up = await ask(other.port, pathOf(other.url, 'api/jobs?name=a.csv&spec=auto'), { method: 'POST', body: VALID });
    await finished(other, up.json().id);
    expect(readdirSync(other.folder).length).toBe(1);
    await other.close();
    expect(existsSync(other.folder)).toBe(false);
  });
});

describe('datakoll serve: an upload cut off', () => {
  it('is dropped with its file when the browser goes away before the body is whole', async () => {
    const { request } = await import('node:http');
    const root = tempDir();
    const s = await startServer({ port: 0, maxUpload: 1024 * 1024, registry: new Registry(), lang: 'en', threads: 1, tempRoot: root });
    const req = request({ host: '127.0.0.1', port: s.port, method: 'POST', path: pathOf(s.url, 'api/jobs?name=a.csv&spec=auto'), headers: { Host: `127.0.0.1:${s.port}`, 'Content-Length': '100000' } });
    req.on('error', () => undefined);
    req.write(Buffer.alloc(1000, 'a'));
    await expect.poll(() => readdirSync(s.folder).length).toBe(1);
    req.destroy();
    await expect.poll(() => readdirSync(s.folder).length).toBe(0);
    await s.close();
  });
});

describe('datakoll serve: what is kept', () => {
  it('drops the oldest finished files once their uploads together pass twice the largest upload', async () => {
    const root = tempDir();
    const s = await startServer({ port: 0, maxUpload: VALID.length + 10, registry: new Registry(), lang: 'en', threads: 1, tempRoot: root });
    const ids: string[] = [];
    for (const name of ['a.csv', 'b.csv', 'c.csv']) {
      const up = await ask(s.port, pathOf(s.url, `api/jobs?name=${name}&spec=auto`), { method: 'POST', body: VALID });
      ids.push(String(up.json().id));
      await finished(s, ids.at(-1));
    }
    expect((await ask(s.port, pathOf(s.url, `api/jobs/${ids[0] as string}`))).status).toBe(404);
    expect(readdirSync(s.folder).sort()).toEqual(ids.slice(1).sort());
    await s.close();
  });
});
