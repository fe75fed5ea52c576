/**
 * Remote input against a local HTTP server on 127.0.0.1: slow, trickling, huge, redirect loops,
 * redirects to private addresses, 404, gzip, deflate and brotli, wrong content type, plain http.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openUrl, RemoteError } from '../../src/input/remote.js';
import type { RemoteLimits, RemoteNetwork } from '../../src/input/remote.js';
import { isPublicAddress } from '../../src/input/remote-address.js';

const CSV = 'id,name\n1,Åsa\n2,Bo\n';
let server: Server;
let base = '';
const timers = new Set<NodeJS.Timeout>();

let BOMB: Buffer = Buffer.alloc(0);
beforeAll(async () => {
  // Compressed once, before any request: compressing it per request took longer than the
  // clients' idle limit on a loaded machine.
  BOMB = gzipSync(Buffer.alloc(100 * 1024 * 1024));
  server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/data.csv') {
      res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' });
      res.end(CSV);
    } else if (url === '/data.csv.gz') {
      res.writeHead(200, { 'content-type': 'text/csv', 'content-encoding': 'gzip' });
      res.end(gzipSync(CSV));
    } else if (url === '/data.csv.deflate') {
      res.writeHead(200, { 'content-type': 'text/csv', 'content-encoding': 'deflate' });
      res.end(deflateSync(CSV));
    } else if (url === '/data.csv.br') {
      res.writeHead(200, { 'content-type': 'text/csv', 'content-encoding': 'br' });
      res.end(brotliCompressSync(CSV));
    } else if (url === '/data.csv.zstd') {
      res.writeHead(200, { 'content-type': 'text/csv', 'content-encoding': 'zstd' });
      res.end('xx');
    } else if (url === '/bomb.gz') {
      // 100 MB of zeros, a hundred kilobytes compressed: the limit counts what is decoded.
      res.writeHead(200, { 'content-type': 'text/csv', 'content-encoding': 'gzip' });
      res.end(BOMB);
    } else if (url === '/trickle') {
      // One byte at a time, never silent for long: only a deadline ends it.
      res.writeHead(200, { 'content-type': 'text/csv' });
      res.write('id,name\n');
      const t = setInterval(() => res.write('1'), 50);
      timers.add(t);
      res.on('close', () => clearInterval(t));
    } else if (url.startsWith('/to/')) {
      res.writeHead(302, { location: decodeURIComponent(url.slice('/to/'.length)) });
      res.end();
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

const limits: RemoteLimits = { timeoutMs: 500, totalTimeoutMs: 10_000, maxBytes: 256 * 1024, maxRedirects: 3, allowHttp: true };

/** 127.0.0.1 taken for a public address (where the test server stands), everything else as it is. */
const asIfPublic: RemoteNetwork = {
  lookup: async (host) => (host === 'intranet.example' ? [{ address: '10.1.2.3', family: 4 }] : host === 'public.example' ? [{ address: '127.0.0.1', family: 4 }] : [{ address: '127.0.0.1', family: 4 }]),
  isPublic: (a) => a === '127.0.0.1' || isPublicAddress(a),
};

async function read(path: string, l: RemoteLimits = limits, network?: RemoteNetwork): Promise<string> {
  const { stream } = await openUrl(path.startsWith('http') ? path : `${base}${path}`, l, network);
  const parts: Buffer[] = [];
  for await (const c of stream) parts.push(c as Buffer);
  return Buffer.concat(parts).toString('utf8');
}

async function failure(path: string, l: RemoteLimits = limits, network?: RemoteNetwork): Promise<RemoteError> {
  try {
    await read(path, l, network);
  } catch (e) {
    expect(e).toBeInstanceOf(RemoteError);
    return e as RemoteError;
  }
  throw new Error(`expected ${path} to fail`);
}

async function reason(path: string): Promise<string> {
  return (await failure(path)).message;
}

describe('openUrl', () => {
  it('streams a CSV body', async () => {
    expect(await read('/data.csv')).toBe(CSV);
  });
  it('decodes gzip, deflate and brotli, and says what it cannot decode', async () => {
    expect(await read('/data.csv.gz')).toBe(CSV);
    expect(await read('/data.csv.deflate')).toBe(CSV);
    expect(await read('/data.csv.br')).toBe(CSV);
    expect(await failure('/data.csv.zstd')).toMatchObject({ reason: 'encoding', detail: 'zstd' });
  });
  it('counts the decoded bytes against the size limit (a compressed bomb stops at the limit)', async () => {
    expect(await failure('/bomb.gz')).toMatchObject({ reason: 'too-large' });
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
  it('has a deadline for the whole transfer: a server that never goes silent is stopped', async () => {
    const started = performance.now();
    const e = await failure('/trickle', { ...limits, totalTimeoutMs: 1500 });
    expect(e.reason).toBe('deadline');
    expect(e.message).toMatch(/longer than the limit of 1.5 s/);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
  it('the deadline covers waiting for the answer too', async () => {
    expect(await failure('/slow-headers', { ...limits, timeoutMs: 10_000, totalTimeoutMs: 500 })).toMatchObject({ reason: 'deadline' });
  });
  it('refuses plain http unless allowed; a redirect target is checked like the address given', async () => {
    expect(await failure('/data.csv', { ...limits, allowHttp: false })).toMatchObject({ reason: 'http' });
    expect(await failure(`/to/${encodeURIComponent('ftp://127.0.0.1/x')}`)).toMatchObject({ reason: 'scheme', detail: 'ftp:' });
  });
  it('does not follow a redirect from a public address to a loopback or private one', async () => {
    // The first hop counts as public (the seam); the server then points at the machine itself.
    for (const target of ['http://127.0.0.2/x', 'http://[::1]/x', 'http://169.254.169.254/latest/meta-data/', 'http://intranet.example/x', 'http://[::ffff:10.0.0.1]/x']) {
      const e = await failure(`/to/${encodeURIComponent(target)}`, limits, asIfPublic);
      expect(e.reason, target).toBe('private');
    }
    // A name that was public becomes private between the check and the connection: the address connected to is the one checked.
    let calls = 0;
    const rebinding: RemoteNetwork = { lookup: async () => [{ address: calls++ === 0 ? '127.0.0.1' : '10.0.0.7', family: 4 }], isPublic: asIfPublic.isPublic };
    const port = new URL(base).port;
    expect(await failure(`http://public.example:${port}/to/${encodeURIComponent(`http://public.example:${port}/data.csv`)}`, limits, rebinding)).toMatchObject({ reason: 'private' });
  });
  it('follows redirects between private addresses (an intranet server the user named)', async () => {
    // 127.0.0.1 as it is: not public, so its redirects may go anywhere.
    expect(await read(`/to/${encodeURIComponent(`${base}/data.csv`)}`)).toBe(CSV);
  });
  it('reads only http and https', async () => {
    await expect(openUrl('file:///etc/passwd', limits)).rejects.toThrow(/only http and https/);
    await expect(openUrl('ftp://127.0.0.1/x', limits)).rejects.toThrow(/only http and https/);
  });
  it('a refused connection is a clear error', async () => {
    await expect(openUrl('http://127.0.0.1:1/x', limits)).rejects.toThrow(/cannot connect/);
  });
});
