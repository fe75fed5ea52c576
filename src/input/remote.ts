/**
 * Opens an http(s) URL as a byte stream for validation, with limits: a time-out for the response
 * and for silence in the body, a size limit, a redirect limit, http(s) only. gzip and deflate are
 * decoded by fetch. Every failure is a RemoteError with a reason a steward can read.
 */
import { Readable, Transform } from 'node:stream';
import type { TransformCallback } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';

export interface RemoteLimits {
  /** Milliseconds to wait for the response headers, and for each further piece of the body. */
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly maxRedirects: number;
}

export const DEFAULT_REMOTE_LIMITS: RemoteLimits = { timeoutMs: 30_000, maxBytes: 2 * 1024 ** 3, maxRedirects: 5 };

/** Why a URL could not be read. */
export class RemoteError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'RemoteError';
  }
}

export function isUrl(name: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(name);
}

/** Counts bytes and fails the stream past the limit; fails it too when the body goes silent. */
function guard(limits: RemoteLimits, abort: AbortController): Transform {
  let seen = 0;
  let timer: NodeJS.Timeout | undefined;
  const arm = (t: Transform): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      abort.abort();
      t.destroy(new RemoteError(`the server stopped sending for ${limits.timeoutMs / 1000} s`));
    }, limits.timeoutMs);
    timer.unref();
  };
  const t: Transform = new Transform({
    transform(chunk: Buffer, _enc, done: TransformCallback) {
      seen += chunk.length;
      if (seen > limits.maxBytes) {
        clearTimeout(timer);
        abort.abort();
        done(new RemoteError(`the response is larger than the limit of ${limits.maxBytes} bytes`));
        return;
      }
      arm(t);
      done(null, chunk);
    },
    flush(done: TransformCallback) {
      clearTimeout(timer);
      done();
    },
  });
  arm(t);
  return t;
}

/** Fetches a URL, following at most maxRedirects redirects, and returns the body as a byte stream. */
export async function openUrl(url: string, limits: RemoteLimits = DEFAULT_REMOTE_LIMITS): Promise<{ stream: Readable; contentType: string }> {
  let current = url;
  for (let hops = 0; ; hops++) {
    let parsed: URL;
    try {
      parsed = new URL(current);
    } catch {
      throw new RemoteError(`not a valid address: ${current}`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new RemoteError(`only http and https addresses can be read, not ${parsed.protocol}`);
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), limits.timeoutMs);
    let res: Response;
    try {
      res = await fetch(parsed, { redirect: 'manual', signal: abort.signal, headers: { 'user-agent': 'datakoll', accept: 'text/csv, application/json, */*;q=0.5' } });
    } catch (e) {
      throw new RemoteError(abort.signal.aborted ? `no answer within ${limits.timeoutMs / 1000} s` : `cannot connect (${(e as Error & { cause?: { code?: string } }).cause?.code ?? (e as Error).message})`);
    } finally {
      clearTimeout(timer);
    }
    if (res.status >= 300 && res.status < 400 && res.headers.get('location') !== null) {
      await res.body?.cancel();
      if (hops >= limits.maxRedirects) throw new RemoteError(`more than ${limits.maxRedirects} redirects`);
      current = new URL(res.headers.get('location') as string, parsed).toString();
      continue;
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new RemoteError(`the server answered ${res.status} ${res.statusText}`.trim());
    }
    const contentType = res.headers.get('content-type') ?? '';
    if (/^text\/html/i.test(contentType)) {
      await res.body?.cancel();
      throw new RemoteError('the server sent a web page (text/html), not a data file; check the address');
    }
    const length = Number(res.headers.get('content-length') ?? 'NaN');
    if (Number.isFinite(length) && length > limits.maxBytes && res.headers.get('content-encoding') === null) {
      await res.body?.cancel();
      throw new RemoteError(`the response is larger than the limit of ${limits.maxBytes} bytes`);
    }
    if (res.body === null) return { stream: Readable.from([]), contentType };
    const body = Readable.fromWeb(res.body as unknown as WebReadableStream<Uint8Array>);
    const guarded = guard(limits, abort);
    body.on('error', (e) => guarded.destroy(e instanceof RemoteError ? e : new RemoteError(`the transfer broke off (${e.message})`)));
    return { stream: body.pipe(guarded), contentType };
  }
}
