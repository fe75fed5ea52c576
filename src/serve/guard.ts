/**
 * Who may talk to the server: a request is answered only when it names the server's own address
 * in its Host header (127.0.0.1:<port> or localhost:<port>, so no other name can be pointed at it:
 * DNS rebinding), carries the token in its path, and, when it says where it comes from (Origin),
 * comes from the page itself (so no other site in the browser can post to it or read from it).
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export type Refusal = 'refused' | 'refused-host' | 'refused-origin';

/** The request's route below the token ("" for the page), or why it is refused. */
export type Verdict =
  | { readonly ok: true; readonly route: string; readonly query: URLSearchParams }
  /** The page's address without its last slash: sent on to the address with it. */
  | { readonly ok: false; readonly why: 'slash'; readonly to: string }
  | { readonly ok: false; readonly why: Refusal };

/** The addresses the server answers to. */
export function ownHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(token, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Checks a request's Host, Origin and token; the route is what follows /<token>/. */
export function guard(req: Pick<IncomingMessage, 'headers' | 'url'>, port: number, token: string): Verdict {
  const host = (req.headers.host ?? '').toLowerCase();
  if (!ownHosts(port).includes(host)) return { ok: false, why: 'refused-host' };
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${host}`) return { ok: false, why: 'refused-origin' };
  // The site a browser says a request comes from, when it says so: only the page itself.
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return { ok: false, why: 'refused-origin' };
  let url: URL;
  try {
    url = new URL(req.url ?? '/', `http://${host}`);
  } catch {
    return { ok: false, why: 'refused' };
  }
  const parts = url.pathname.split('/');
  if (parts.length === 2 && parts[0] === '' && sameToken(parts[1] ?? '', token)) return { ok: false, why: 'slash', to: `/${token}/` };
  // "/<token>/<route>": parts[0] is the empty text before the first slash.
  if (parts.length < 3 || parts[0] !== '' || !sameToken(parts[1] ?? '', token)) return { ok: false, why: 'refused' };
  return { ok: true, route: parts.slice(2).join('/'), query: url.searchParams };
}
