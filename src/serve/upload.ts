/**
 * An upload streamed into the server's private folder: the request's body, byte by byte into a
 * new file (mode 600, never an existing one), counted as it comes, and refused the moment it is
 * larger than the limit, the partial file removed. The request names nothing on disk: the file's
 * name is the server's own.
 */
import { createWriteStream, rmSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';

/** How much more than the limit is read (and dropped) before the connection is cut. */
const DRAIN_BYTES = 64 * 1024 * 1024;

export type UploadResult = { readonly ok: true; readonly bytes: number } | { readonly ok: false; readonly why: 'too-large' | 'upload-broken' };

/** Writes the body of `req` into `file`, at most `max` bytes. */
export function receive(req: IncomingMessage, file: string, max: number): Promise<UploadResult> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > max) return Promise.resolve({ ok: false, why: 'too-large' });
  return new Promise((resolve) => {
    const out = createWriteStream(file, { flags: 'wx', mode: 0o600 });
    let bytes = 0;
    let done = false;
    const finish = (r: UploadResult): void => {
      if (done) return;
      done = true;
      if (!r.ok) {
        req.unpipe(out);
        out.destroy();
        rmSync(file, { force: true });
      }
      resolve(r);
    };
    req.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > max) finish({ ok: false, why: 'too-large' });
      // The rest is read and dropped, so the refusal reaches the browser; but not for ever.
      if (bytes > max + DRAIN_BYTES) req.destroy();
    });
    // The browser went away (or the server's request timeout ended it) before the body was whole.
    req.on('close', () => (req.complete ? undefined : finish({ ok: false, why: 'upload-broken' })));
    req.on('error', () => finish({ ok: false, why: 'upload-broken' }));
    out.on('error', () => finish({ ok: false, why: 'upload-broken' }));
    // Taken once the file is closed, every byte on disk.
    out.on('close', () => finish(req.complete && bytes <= max ? { ok: true, bytes } : { ok: false, why: 'upload-broken' }));
    req.pipe(out);
  });
}
