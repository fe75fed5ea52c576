/**
 * Opens an https URL (http only when allowed) as a byte stream for validation, within limits: a
 * deadline for the whole transfer, a time-out for the response and for silence in the body, a
 * size limit, a redirect limit, and no redirect from a public address to a local or private one
 * (checked on the address actually connected to, so a name that resolves differently the second
 * time cannot get round it). gzip, deflate and brotli are decoded. Every failure is a RemoteError
 * with a reason token for the report and a detail.
 */
import { request as httpRequest } from 'node:http';
import type { IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { isPublicAddress } from './remote-address.js';
import { RemoteError, guard } from './remote-guard.js';
import type { RemoteReason } from './remote-guard.js';

export { RemoteError };
export type { RemoteReason } from './remote-guard.js';

export interface RemoteLimits {
  /** Milliseconds to wait for the response headers, and for each further piece of the body. */
  readonly timeoutMs: number;
  /** Milliseconds the whole transfer may take, redirects and body included. */
  readonly totalTimeoutMs: number;
  readonly maxBytes: number;
  readonly maxRedirects: number;
  /** Whether plain http:// may be read (also after a redirect); https only otherwise. */
  readonly allowHttp: boolean;
  /** Whether every hop, the first included, must be a public address (a third party's address: harvest). */
  readonly publicOnly?: boolean;
}

export const DEFAULT_REMOTE_LIMITS: RemoteLimits = { timeoutMs: 30_000, totalTimeoutMs: 300_000, maxBytes: 2 * 1024 ** 3, maxRedirects: 5, allowHttp: false };

/** How host names are resolved and which addresses are public: the system's, or a test's. */
export interface RemoteNetwork {
  readonly lookup: (host: string) => Promise<readonly { readonly address: string; readonly family: number }[]>;
  readonly isPublic: (address: string) => boolean;
}

const SYSTEM: RemoteNetwork = { lookup: (host) => dnsLookup(host, { all: true }), isPublic: isPublicAddress };

export function isUrl(name: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(name);
}

/** The checked address of one hop: a lookup that refuses a non-public address when the hop must be public. */
function checkedLookup(network: RemoteNetwork, mustBePublic: RemoteReason | undefined, seen: { public: boolean }): LookupFunction {
  return (host, options, callback) => {
    const fail = (e: Error): void => callback(e as NodeJS.ErrnoException, '', 0);
    network.lookup(host).then((all) => {
      if (all.length === 0) return fail(Object.assign(new Error(`no address for ${host}`), { code: 'ENOTFOUND' }));
      seen.public = all.some((a) => network.isPublic(a.address));
      if (mustBePublic !== undefined && !all.every((a) => network.isPublic(a.address))) return fail(new RemoteError(mustBePublic, host));
      const first = all[0] as { address: string; family: number };
      if ((options as { all?: boolean }).all === true) (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [...all]);
      else callback(null, first.address, first.family);
    }, fail);
  };
}

/** One GET: the response, or a RemoteError. */
function get(url: URL, lookup: LookupFunction, signal: AbortSignal, limits: RemoteLimits, extra: Readonly<Record<string, string>>): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const headers = { 'user-agent': 'datakoll', accept: 'text/csv, application/json, */*;q=0.5', 'accept-encoding': 'gzip, deflate, br', ...extra };
    const req = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, { headers, lookup, signal });
    const timer = setTimeout(() => req.destroy(new RemoteError('no-answer', String(limits.timeoutMs / 1000))), limits.timeoutMs);
    req.on('response', (res) => {
      clearTimeout(timer);
      resolve(res);
    });
    req.on('error', (e: Error & { code?: string }) => {
      clearTimeout(timer);
      if (e instanceof RemoteError) reject(e);
      else if (signal.aborted && signal.reason instanceof RemoteError) reject(signal.reason);
      else if ((e as { cause?: unknown }).cause instanceof RemoteError) reject((e as { cause: RemoteError }).cause);
      // The system's name of the error (ECONNREFUSED, CERT_HAS_EXPIRED), never Node's English sentence.
      else reject(new RemoteError('connect', e.code ?? ''));
    });
    req.end();
  });
}

/** Checks an address before it is asked for: a valid http(s) URL, https unless http is allowed. */
function checkedUrl(address: string, limits: RemoteLimits): URL {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new RemoteError('address', address);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new RemoteError('scheme', url.protocol);
  if (url.protocol === 'http:' && !limits.allowHttp) throw new RemoteError('http', url.href);
  return url;
}

/** The decoded body of a response, by its Content-Encoding. */
function decoded(res: IncomingMessage): Readable {
  const encoding = (res.headers['content-encoding'] ?? 'identity').toLowerCase().trim();
  if (encoding === 'identity' || encoding === '') return res;
  const decoder = encoding === 'gzip' || encoding === 'x-gzip' ? createGunzip() : encoding === 'deflate' ? createInflate() : encoding === 'br' ? createBrotliDecompress() : undefined;
  if (decoder === undefined) throw new RemoteError('encoding', encoding);
  res.on('error', (e) => decoder.destroy(e));
  return res.pipe(decoder);
}

/** What a caller adds to the request: headers (a User-Agent of its own, If-None-Match, If-Modified-Since). */
export interface RemoteRequest {
  readonly headers?: Readonly<Record<string, string>>;
}

/** A response: its body, its type and headers; `notModified` when a conditional request got 304 (the body is then empty). */
export interface RemoteResponse {
  readonly stream: Readable;
  readonly contentType: string;
  readonly headers: IncomingMessage['headers'];
  readonly notModified?: true;
}

/** Fetches a URL, following at most maxRedirects redirects, and returns the body as a byte stream. */
export async function openUrl(address: string, limits: RemoteLimits = DEFAULT_REMOTE_LIMITS, network: RemoteNetwork = SYSTEM, request: RemoteRequest = {}): Promise<RemoteResponse> {
  const abort = new AbortController();
  const deadline = setTimeout(() => abort.abort(new RemoteError('deadline', String(limits.totalTimeoutMs / 1000))), limits.totalTimeoutMs);
  deadline.unref();
  try {
    let url = checkedUrl(address, limits);
    let previousPublic = false;
    for (let hops = 0; ; hops++) {
      const seen = { public: false };
      const host = url.hostname.replace(/^\[|\]$/g, '');
      // Why a non-public address is refused on this hop, if it is: a redirect from a public one, or public addresses only.
      const mustBePublic: RemoteReason | undefined = previousPublic ? 'private' : limits.publicOnly === true ? 'not-public' : undefined;
      // A literal address is never looked up: it is checked here.
      if (isIP(host) !== 0) {
        seen.public = network.isPublic(host);
        if (mustBePublic !== undefined && !seen.public) throw new RemoteError(mustBePublic, host);
      }
      const res = await get(url, checkedLookup(network, mustBePublic, seen), abort.signal, limits, request.headers ?? {});
      previousPublic = seen.public;
      const location = res.headers.location;
      if (res.statusCode !== undefined && res.statusCode >= 300 && res.statusCode < 400 && location !== undefined) {
        res.destroy();
        if (hops >= limits.maxRedirects) throw new RemoteError('redirects', String(limits.maxRedirects));
        url = checkedUrl(new URL(location, url).toString(), limits);
        continue;
      }
      // 304 is an answer only to a conditional request; to any other it is a status like the rest.
      if (res.statusCode === 304 && (request.headers?.['if-none-match'] !== undefined || request.headers?.['if-modified-since'] !== undefined)) {
        clearTimeout(deadline);
        res.resume();
        return { stream: res, contentType: '', headers: res.headers, notModified: true };
      }
      return { stream: body(res, limits, abort, deadline), contentType: res.headers['content-type'] ?? '', headers: res.headers };
    }
  } catch (e) {
    clearTimeout(deadline);
    abort.abort();
    throw e;
  }
}

/** The body of a final response, checked (status, type, size) and guarded (size, silence, deadline). */
function body(res: IncomingMessage, limits: RemoteLimits, abort: AbortController, deadline: NodeJS.Timeout): Readable {
  const status = res.statusCode ?? 0;
  const fail = (e: RemoteError): never => {
    res.destroy();
    throw e;
  };
  if (status < 200 || status >= 300) fail(new RemoteError('status', `${status} ${res.statusMessage ?? ''}`.trim()));
  if (/^text\/html/i.test(res.headers['content-type'] ?? '')) fail(new RemoteError('html'));
  const length = Number(res.headers['content-length'] ?? 'NaN');
  if (Number.isFinite(length) && length > limits.maxBytes && res.headers['content-encoding'] === undefined) fail(new RemoteError('too-large', String(limits.maxBytes)));
  let stream: Readable;
  try {
    stream = decoded(res);
  } catch (e) {
    return fail(e as RemoteError);
  }
  return guard(stream, limits, abort, deadline);
}
