/**
 * How the server answers: every response carries the same strict headers (a Content-Security-Policy
 * that lets only the page's own script and style run, no sniffing, no referrer, no caching, no
 * framing by anyone but the page itself), and files are sent as downloads under a safe name.
 */
import type { ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import type { Lang } from '../report/index.js';
import { SERVE_WORDS, say } from '../report/index.js';
import type { ServeWord } from '../report/index.js';

/** The page's policy: nothing from anywhere but the server itself, and no inline script or style. */
export const PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

const COMMON: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Writes the status and headers: the common ones, the policy (the page's unless given), and `extra`. */
export function head(res: ServerResponse, status: number, type: string, extra: Readonly<Record<string, string | number>> = {}, csp = PAGE_CSP): void {
  res.writeHead(status, { ...COMMON, 'Content-Security-Policy': csp, 'Content-Type': type, ...extra });
}

export function sendText(res: ServerResponse, status: number, type: string, body: string | Uint8Array, extra: Readonly<Record<string, string | number>> = {}, csp?: string): void {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  head(res, status, type, { 'Content-Length': bytes.length, ...extra }, csp);
  res.end(bytes);
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  sendText(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

/** A refusal or failure the page shows by its code; a person who opens it sees it in both languages. */
export function sendProblem(res: ServerResponse, status: number, code: ServeWord, params: Readonly<Record<string, string | number>> = {}, detail?: { sv: string; en: string }): void {
  if (!res.headersSent) sendJson(res, status, { code, params, sv: say(SERVE_WORDS[code], 'sv', params), en: say(SERVE_WORDS[code], 'en', params), ...(detail !== undefined ? { detail } : {}) });
  else res.destroy();
}

/** A refusal as plain text in both languages (no page, no token: it may be anyone asking). */
export function sendRefusal(res: ServerResponse, status: number, code: ServeWord): void {
  const langs: Lang[] = ['sv', 'en'];
  sendText(res, status, 'text/plain; charset=utf-8', `${langs.map((l) => say(SERVE_WORDS[code], l)).join('\n')}\n`);
}

/** A name for a download: the letters, digits and few signs that are safe in a header, the rest as _. */
export function safeName(name: string): string {
  const base = name.replace(/^.*[\\/]/, '');
  const safe = base.replace(/[^\p{L}\p{N}._ -]/gu, '_').replace(/^\.+/, '_').slice(0, 120);
  return safe === '' ? 'datakoll' : safe;
}

/** Content-Disposition for a download named `name` (UTF-8 through filename*, ASCII in filename). */
export function attachment(name: string): string {
  const safe = safeName(name);
  const ascii = safe.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(safe)}`;
}

/** Streams a file's content as a download; a stream that fails ends the response. */
export function sendStream(res: ServerResponse, type: string, name: string, stream: Readable, size?: number): void {
  head(res, 200, type, { 'Content-Disposition': attachment(name), ...(size !== undefined ? { 'Content-Length': size } : {}) });
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}
