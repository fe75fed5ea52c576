/** Why a URL could not be read (RemoteError), and the guard on a response body: its size, its silences and the transfer's deadline. */
import { Transform } from 'node:stream';
import type { Readable, TransformCallback } from 'node:stream';

/** The reasons a URL cannot be read; the report words each in Swedish and English (remote-unreadable). */
export type RemoteReason = 'address' | 'scheme' | 'http' | 'private' | 'not-public' | 'no-answer' | 'connect' | 'redirects' | 'status' | 'html' | 'too-large' | 'silence' | 'deadline' | 'broken' | 'encoding';

const MB = 1024 * 1024;

const ENGLISH: Readonly<Record<RemoteReason, (d: string) => string>> = {
  address: (d) => `not a valid address: ${d}`,
  scheme: (d) => `only http and https addresses can be read, not ${d}`,
  http: () => 'plain http:// is not read (anyone on the way can read and change it); use https://, or --allow-http',
  private: (d) => `a redirect from a public address to the local or private address ${d} is not followed`,
  'not-public': (d) => `${d} is a local or private address, which is read only when allowed`,
  'no-answer': (d) => `no answer within ${d} s`,
  connect: (d) => `cannot connect (${d})`,
  redirects: (d) => `more than ${d} redirects`,
  status: (d) => `the server answered ${d}`,
  html: () => 'the server sent a web page (text/html), not a data file; check the address',
  'too-large': (d) => `the response is larger than the limit of ${d} bytes`,
  silence: (d) => `the server stopped sending for ${d} s`,
  deadline: (d) => `the transfer took longer than the limit of ${d} s`,
  broken: (d) => `the transfer broke off (${d})`,
  encoding: (d) => `the data is compressed as ${d}, which cannot be decoded`,
};

/** Why a URL could not be read: a reason token, its detail (a limit, an address, a status), and an English message. */
export class RemoteError extends Error {
  constructor(
    readonly reason: RemoteReason,
    readonly detail = '',
  ) {
    super(ENGLISH[reason](detail));
    this.name = 'RemoteError';
  }

  /** The detail as the report shows it: a byte limit in megabytes. */
  get shownDetail(): string {
    return this.reason === 'too-large' ? String(Math.round((Number(this.detail) / MB) * 100) / 100) : this.detail;
  }
}

interface GuardLimits {
  readonly timeoutMs: number;
  readonly maxBytes: number;
}

/**
 * Passes a body on, failing it past maxBytes, after timeoutMs of silence, or when the transfer's
 * deadline aborts it; the deadline's timer is cleared when the body ends.
 */
export function guard(source: Readable, limits: GuardLimits, abort: AbortController, deadline: NodeJS.Timeout): Readable {
  let seen = 0;
  let silence: NodeJS.Timeout | undefined;
  const stop = (t: Transform, e: Error): void => {
    clearTimeout(silence);
    clearTimeout(deadline);
    if (!abort.signal.aborted) abort.abort(e);
    source.destroy();
    t.destroy(e);
  };
  const arm = (t: Transform): void => {
    clearTimeout(silence);
    silence = setTimeout(() => stop(t, new RemoteError('silence', String(limits.timeoutMs / 1000))), limits.timeoutMs);
    silence.unref();
  };
  const t: Transform = new Transform({
    transform(chunk: Buffer, _enc, done: TransformCallback) {
      seen += chunk.length;
      if (seen > limits.maxBytes) {
        stop(t, new RemoteError('too-large', String(limits.maxBytes)));
        done();
        return;
      }
      arm(t);
      done(null, chunk);
    },
    flush(done: TransformCallback) {
      clearTimeout(silence);
      clearTimeout(deadline);
      done();
    },
  });
  const onAbort = (): void => stop(t, abort.signal.reason instanceof RemoteError ? abort.signal.reason : new RemoteError('broken', ''));
  abort.signal.addEventListener('abort', onAbort, { once: true });
  t.on('close', () => {
    clearTimeout(silence);
    clearTimeout(deadline);
    abort.signal.removeEventListener('abort', onAbort);
  });
  source.on('error', (e) => {
    // The system's name of the error (ECONNRESET), never Node's English sentence ("socket hang up").
    if (!t.destroyed) stop(t, e instanceof RemoteError ? e : new RemoteError('broken', (e as NodeJS.ErrnoException).code ?? ''));
  });
  arm(t);
  return source.pipe(t);
}
