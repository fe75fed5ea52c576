/** Remote input against a local HTTP server on 127.0.0.1: slow, huge, redirect loops, 404, gzip, wrong content type. */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openUrl, RemoteError } from '../../src/input/remote.js';
import type { RemoteLimits } from '../../src/input/remote.js';

const CSV = 'id,name\n1,Åsa\n2,Bo\n';
let server: Server;
let base = '';
const timers = new Set<NodeJS.Timeout>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/data.csv') {
      res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' });
      res.end(CSV);
    } else if (url === '/data.csv.gz') {
      res.writeHead(200, { 'content-type': 'text/csv', 'content-encoding': 'gzip' });
      res.end(gzipSync(CSV));
    } else if (url === '/missing') {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('nope');
    } else if (url.startsWith('/loop')) {
      res.writeHead(302, { location: `/loop${Number(url.slice(5) || 0) + 1}` });
      res.end();
    } else if (url === '/moved') {
      res.writeHead(301, { location: '/data.csv' });
      res.end();
    } else if (url === '/page') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>Not found</html>');
    } else if (url === '/huge') {
      res.writeHead(200, { 'content-type': 'text/csv' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const pump = (): void => {
        // Bounded: at most 4 MB, far past the test's limit.
        while (sent < 4 * 1024 * 1024 && res.write(chunk)) sent += chunk.length;
        if (sent >= 4 * 1024 * 1024) res.end();
        else res.once('drain', pump);
      };
      res.on('error', () => undefined);
      pump();
    } else if (url === '/slow-headers') {
      const t = setTimeout(() => res.end('late'), 3000);
      timers.add(t);
    } else if (url === '/slow-body') {
      res.writeHead(200, { 'content-type': 'text/csv' });
      res.write('id,name\n');
      const t = setTimeout(() => res.end('1,a\n'), 3000);
      timers.add(t);
    } else {
      res.writeHead(500);
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const t of timers) clearTimeout(t);
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const limits: RemoteLimits = { timeoutMs: 500, maxBytes: 256 * 1024, maxRedirects: 3 };

async function read(path: string): Promise<string> {
  const { stream } = await openUrl(`${base}${path}`, limits);
  const parts: Buffer[] = [];
  for await (const c of stream) parts.push(c as Buffer);
  return Buffer.concat(parts).toString('utf8');
}

async function reason(path: string): Promise<string> {
  try {
    await read(path);
  } catch (e) {
    expect(e).toBeInstanceOf(RemoteError);
    return (e as Error).message;
  }
  throw new Error(`expected ${path} to fail`);
}

describe('openUrl', () => {
  it('streams a CSV body', async () => {
    expect(await read('/data.csv')).toBe(CSV);
  });
  it('decodes gzip', async () => {
    expect(await read('/data.csv.gz')).toBe(CSV);
  });
  it('follows a redirect, and stops a redirect loop', async () => {
    expect(await read('/moved')).toBe(CSV);
    expect(await reason('/loop')).toMatch(/more than 3 redirects/);
  });
  it('says what the server answered', async () => {
    expect(await reason('/missing')).toMatch(/404/);
  });
  it('refuses a web page where data was expected', async () => {
    expect(await reason('/page')).toMatch(/text\/html/);
  });
  it('stops at the size limit', async () => {
    expect(await reason('/huge')).toMatch(/larger than the limit/);
  });
  it('times out on silence, before the headers and in the body', async () => {
    expect(await reason('/slow-headers')).toMatch(/no answer within/);
    expect(await reason('/slow-body')).toMatch(/stopped sending/);
  });
  it('reads only http and https', async () => {
    await expect(openUrl('file:///etc/passwd', limits)).rejects.toThrow(/only http and https/);
    await expect(openUrl('ftp://127.0.0.1/x', limits)).rejects.toThrow(/only http and https/);
  });
  it('a refused connection is a clear error', async () => {
    await expect(openUrl('http://127.0.0.1:1/x', limits)).rejects.toThrow(/cannot connect/);
  });
});
