/**
 * One distribution downloaded once, through URL input's client (input/remote.ts: its time-outs,
 * size and redirect limits), into a private temporary file while its SHA-256 is taken, so that it
 * can be validated against every spec claimed for that address, or not at all when --since finds
 * the same bytes. A conditional request (If-None-Match, If-Modified-Since) answered 304 is not
 * downloaded at all.
 */
import { createHash } from 'node:crypto';
import { createWriteStream, rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { openUrl, RemoteError, unreadableParams } from '../input/index.js';
import type { RemoteLimits, RemoteNetwork } from '../input/index.js';
import type { Diagnostic } from '../report/index.js';
import { addTemporaryPath, dropTemporaryPath } from '../tempfiles.js';

/** What the server said last time (--since), to ask whether it changed. */
export interface Validators {
  readonly etag?: string;
  readonly lastModified?: string;
}

export type Download =
  | { readonly kind: 'file'; readonly file: string; readonly sha256: string; readonly etag?: string; readonly lastModified?: string; remove(): void }
  | { readonly kind: 'not-modified'; readonly by: 'etag' | 'last-modified' }
  | { readonly kind: 'failed'; readonly problem: Diagnostic };

/** The finding that says why an address could not be read. */
export function problemOf(e: unknown): Diagnostic {
  if (e instanceof RemoteError) return { code: 'remote-unreadable', severity: 'error', params: { reason: e.reason, detail: e.shownDetail } };
  const params = unreadableParams(e);
  return { code: 'file-unreadable', severity: 'error', params: { ...params } };
}

function conditional(userAgent: string, prior: Validators | undefined): Record<string, string> {
  const headers: Record<string, string> = { 'user-agent': userAgent };
  if (prior?.etag !== undefined) headers['if-none-match'] = prior.etag;
  if (prior?.lastModified !== undefined) headers['if-modified-since'] = prior.lastModified;
  return headers;
}

/** The address's last part's extension (.csv, .json, .xlsx …), so the file is read as its name says. */
function extensionOf(url: string): string {
  try {
    const m = /\.(csv|tsv|txt|json|jsonl|ndjson|geojson|xlsx|xlsm)$/i.exec(new URL(url).pathname);
    return m === null ? '' : `.${(m[1] as string).toLowerCase()}`;
  } catch {
    return '';
  }
}

/** The extension the server's Content-Type names, for an address without one (an API's endpoint). */
function extensionOfType(type: string): string {
  const t = type.toLowerCase();
  if (/spreadsheetml|ms-excel\.sheet\.macroenabled/.test(t)) return '.xlsx';
  if (/geo\+json/.test(t)) return '.geojson';
  if (/ndjson|jsonl|json-seq/.test(t)) return '.jsonl';
  if (/json/.test(t)) return '.json';
  if (/csv|tab-separated/.test(t)) return '.csv';
  return '';
}

/** Downloads `url` into a temporary file; never throws (a failure is a finding). */
export async function download(url: string, limits: RemoteLimits, userAgent: string, prior?: Validators, network?: RemoteNetwork): Promise<Download> {
  let dir: string | undefined;
  const remove = (): void => {
    if (dir === undefined) return;
    rmSync(dir, { recursive: true, force: true });
    dropTemporaryPath(dir);
  };
  try {
    const res = await openUrl(url, limits, network, { headers: conditional(userAgent, prior) });
    if (res.notModified === true) return { kind: 'not-modified', by: prior?.etag !== undefined ? 'etag' : 'last-modified' };
    dir = await mkdtemp(join(tmpdir(), 'datakoll-harvest-'));
    addTemporaryPath(dir);
    const file = join(dir, `distribution${extensionOf(url) || extensionOfType(res.contentType)}`);
    const hash = createHash('sha256');
    await pipeline(
      res.stream,
      async function* (chunks: AsyncIterable<Buffer>) {
        for await (const chunk of chunks) {
          hash.update(chunk);
          yield chunk;
        }
      },
      createWriteStream(file, { mode: 0o600, flags: 'wx' }),
    );
    const etag = header(res.headers.etag);
    const lastModified = header(res.headers['last-modified']);
    return { kind: 'file', file, sha256: hash.digest('hex'), ...(etag !== undefined ? { etag } : {}), ...(lastModified !== undefined ? { lastModified } : {}), remove };
  } catch (e) {
    remove();
    return { kind: 'failed', problem: problemOf(e) };
  }
}

function header(v: string | string[] | undefined): string | undefined {
  const one = Array.isArray(v) ? v[0] : v;
  return one === undefined || one === '' ? undefined : one.slice(0, 1000);
}
