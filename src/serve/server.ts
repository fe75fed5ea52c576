/**
 * `datakoll serve`'s server: node:http on the loopback address only, every request passed through
 * the guard (its own Host, its own Origin, the token in the path), uploads kept in one private
 * temporary folder (mode 700) that is removed when the server closes, or by bin.ts when a signal
 * ends the process.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatakollError } from '../errors.js';
import type { Registry } from '../registry/index.js';
import type { Lang } from '../report/index.js';
import { addTemporaryPath, dropTemporaryPath } from '../tempfiles.js';
import { guard } from './guard.js';
import { Jobs } from './jobs.js';
import { loadAssets } from './page.js';
import { head, sendProblem, sendRefusal } from './respond.js';
import type { Site } from './routes.js';
import { route } from './routes.js';

/** The port `datakoll serve` listens on unless told otherwise. */
export const DEFAULT_PORT = 8765;
/** The largest upload taken unless told otherwise: 2 GB. */
export const DEFAULT_MAX_UPLOAD = 2048 * 1024 * 1024;

export interface ServeOptions {
  /** The port; 0 takes any free one. */
  readonly port: number;
  /** The largest upload, in bytes. */
  readonly maxUpload: number;
  readonly registry: Registry;
  /** The language when the browser names neither Swedish nor English. */
  readonly lang: Lang;
  readonly threads?: number;
  /** Where the private folder is made (the system's temporary folder unless given). */
  readonly tempRoot?: string;
}

export interface Serving {
  /** The page's address, token included. */
  readonly url: string;
  readonly port: number;
  /** The private folder the uploads go to. */
  readonly folder: string;
  close(): Promise<void>;
}

function privateFolder(root: string): string {
  const folder = join(root, `datakoll-serve-${randomUUID()}`);
  addTemporaryPath(folder);
  try {
    mkdirSync(folder, { mode: 0o700 });
  } catch (e) {
    dropTemporaryPath(folder);
    throw new DatakollError('io', 'serve-no-temp', { detail: String((e as Error).message) });
  }
  return folder;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => reject(e.code === 'EADDRINUSE' ? new DatakollError('usage', 'serve-port-in-use', { port }) : new DatakollError('usage', 'serve-cannot-listen', { port, detail: e.message })));
    server.listen({ host: '127.0.0.1', port, exclusive: true }, () => resolve((server.address() as AddressInfo).port));
  });
}

/** Starts the server; resolves once it listens. */
export async function startServer(options: ServeOptions): Promise<Serving> {
  const folder = privateFolder(options.tempRoot ?? tmpdir());
  const token = randomBytes(24).toString('base64url');
  // Finished uploads are kept (for their fixed file) up to twice the largest upload.
  const jobs = new Jobs(folder, options.registry, options.threads, 2 * options.maxUpload);
  let port = options.port;
  const server = createServer((req, res) => answer(req, res, port, token, site));
  const site: Site = { jobs, registry: options.registry, assets: loadAssets(), maxUpload: options.maxUpload, lang: options.lang };
  try {
    port = await listen(server, options.port);
  } catch (e) {
    rmSync(folder, { recursive: true, force: true });
    dropTemporaryPath(folder);
    throw e;
  }
  const close = async (): Promise<void> => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    rmSync(folder, { recursive: true, force: true, maxRetries: 3, retryDelay: 10 });
    dropTemporaryPath(folder);
  };
  return { url: `http://127.0.0.1:${port}/${token}/`, port, folder, close };
}

function answer(req: IncomingMessage, res: ServerResponse, port: number, token: string, site: Site): void {
  const v = guard(req, port, token);
  if (!v.ok && v.why === 'slash') {
    head(res, 308, 'text/plain; charset=utf-8', { Location: v.to, 'Content-Length': 0 });
    res.end();
    return;
  }
  if (!v.ok) {
    res.setHeader('Connection', 'close');
    sendRefusal(res, 403, v.why);
    req.resume();
    return;
  }
  route(req, res, v.route, v.query, site).catch(() => sendProblem(res, 500, 'not-checked'));
}
