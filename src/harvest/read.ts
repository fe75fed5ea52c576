/**
 * Reads a catalogue whole, from a file or a web address, within a size limit (a catalogue is
 * parsed in memory, so it is bounded before it is parsed). Web addresses go through the one HTTP
 * client of URL input (input/remote.ts), with its time-outs and redirect limit.
 */
import { open as openFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { DatakollError } from '../errors.js';
import { isUrl, openUrl, RemoteError, unreadableParams } from '../input/index.js';
import type { RemoteLimits, RemoteNetwork, RemoteRequest } from '../input/index.js';
import { reasonText } from '../report/index.js';

/** A catalogue's bytes, what its server said it is, and the address relative IRIs start from. */
export interface CatalogueBytes {
  readonly bytes: Buffer;
  readonly contentType: string;
  readonly base: string;
  /** The name the catalogue was given by. */
  readonly name: string;
}

const MB = 1024 * 1024;

function tooLarge(name: string, maxBytes: number): DatakollError {
  return new DatakollError('io', 'harvest-catalogue-too-large', { catalogue: name, max: Math.round((maxBytes / MB) * 100) / 100 });
}

/** Why a catalogue could not be read, in both languages, as an error of exit 3. */
function unreadable(name: string, e: unknown): DatakollError {
  if (e instanceof DatakollError) return e;
  const code = e instanceof RemoteError ? 'remote-unreadable' : 'file-unreadable';
  const params = e instanceof RemoteError ? { reason: e.reason, detail: e.shownDetail } : unreadableParams(e);
  return new DatakollError('io', 'harvest-catalogue-unreadable', { catalogue: name, reason: { sv: reasonText(code, 'sv', params), en: reasonText(code, 'en', params) } });
}

async function readFileBounded(path: string, name: string, maxBytes: number): Promise<Buffer> {
  const handle = await openFile(path, 'r');
  try {
    const s = await handle.stat();
    if (s.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    if (s.size > maxBytes) throw tooLarge(name, maxBytes);
    const bytes = await handle.readFile();
    if (bytes.length > maxBytes) throw tooLarge(name, maxBytes);
    return bytes;
  } finally {
    await handle.close();
  }
}

async function readUrl(name: string, limits: RemoteLimits, request: RemoteRequest, network?: RemoteNetwork): Promise<{ bytes: Buffer; contentType: string }> {
  const { stream, contentType } = await openUrl(name, limits, network, request);
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { bytes: Buffer.concat(chunks), contentType };
}

/** Reads a catalogue (a path relative to `cwd`, or an http(s) address) of at most maxBytes. */
export async function readCatalogue(name: string, cwd: string, maxBytes: number, limits: RemoteLimits, request: RemoteRequest = {}, network?: RemoteNetwork): Promise<CatalogueBytes> {
  try {
    if (isUrl(name)) {
      const { bytes, contentType } = await readUrl(name, { ...limits, maxBytes }, request, network);
      return { bytes, contentType, base: name, name };
    }
    const path = resolve(cwd, name);
    return { bytes: await readFileBounded(path, name, maxBytes), contentType: '', base: pathToFileURL(path).href, name };
  } catch (e) {
    if (e instanceof RemoteError && e.reason === 'too-large') throw tooLarge(name, maxBytes);
    throw unreadable(name, e);
  }
}
