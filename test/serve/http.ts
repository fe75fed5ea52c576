/** Requests to the server of `datakoll serve` as any program could make them, headers as given. */
import { request } from 'node:http';

export interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
  json(): Record<string, unknown>;
}

export interface Ask {
  readonly method?: string;
  readonly headers?: Record<string, string>;
  /** The body, sent in pieces (chunked, without a Content-Length, unless headers give one). */
  readonly body?: Buffer | readonly Buffer[];
}

/** Sends a request to 127.0.0.1:port; an upload the server cuts off still gives the answer it sent. */
export function ask(port: number, path: string, a: Ask = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: a.method ?? 'GET', headers: { Host: `127.0.0.1:${port}`, ...a.headers } }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => {
        const body = Buffer.concat(parts);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json: () => JSON.parse(body.toString('utf8')) as Record<string, unknown> });
      });
      res.on('error', reject);
    });
    // The server may close the connection while the body is still being sent (a refused upload).
    req.on('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' || e.code === 'ECONNRESET' ? undefined : reject(e)));
    const pieces = a.body === undefined ? [] : Buffer.isBuffer(a.body) ? [a.body] : a.body;
    const write = (i: number): void => {
      if (i >= pieces.length) return void req.end();
      req.write(pieces[i], () => setImmediate(() => write(i + 1)));
    };
    write(0);
  });
}

/** The route below the token of a page address. */
export function pathOf(url: string, route = ''): string {
  return `${new URL(url).pathname}${route}`;
}
