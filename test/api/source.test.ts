import { spawnSync } from 'node:child_process';
import { createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { limited, open, reasonOf, unreadableParams } from '../../src/api/source.js';
import { renderMessage } from '../../src/report/index.js';
import { validateFile, validateFiles } from '../../src/api.js';
import { tempDir } from '../helpers.js';

const EXAMPLE = readFileSync(fileURLToPath(new URL('../../fixtures/badplatser/valid/example.csv', import.meta.url)));
const dir = tempDir();
let fifos = 0;

/** A named FIFO with one writer, which writes the example once it is opened for reading. */
function fifo(): string {
  const path = join(dir, `fifo-${++fifos}.csv`);
  expect(spawnSync('mkfifo', [path]).status).toBe(0);
  createWriteStream(path).end(EXAMPLE);
  return path;
}

describe('opening what is to be validated', () => {
  it('a regular file has a size; a FIFO has none and is read once, as a stream', async () => {
    const file = join(dir, 'plain.csv');
    writeFileSync(file, EXAMPLE);
    expect((await open(file, undefined, undefined)).size).toBe(EXAMPLE.length);
    const opened = await open(fifo(), undefined, undefined);
    expect(opened.size).toBeUndefined();
    opened.stream.destroy();
  });

  it('never cuts a FIFO into chunks for threads, nor sends it to a thread', async () => {
    const chunked: string[] = [];
    const parallel = { chunkMinBytes: 1, chunkBytes: 64, spreadMinBytes: 0, strict: true, onChunked: (f: string) => void chunked.push(f) };
    const one = await validateFile(fifo(), { spec: 'badplatser', threads: 2, parallel });
    expect([one.unreadable, one.stats.rows, one.diagnostics]).toEqual([false, 6, []]);
    const run = await validateFiles([fifo(), fifo()], { spec: 'badplatser', threads: 2, parallel });
    expect(run.files.map((f) => [f.unreadable, f.stats.rows])).toEqual([
      [false, 6],
      [false, 6],
    ]);
    expect(chunked).toEqual([]);
  });

  it('a device that does not end is read no further than a limit', async () => {
    const endless = Readable.from(
      (function* () {
        for (;;) yield Buffer.from('place_id,name\n');
      })(),
    );
    let error: unknown;
    try {
      for await (const chunk of limited(endless, 1000)) expect((chunk as Buffer).length).toBeGreaterThan(0);
    } catch (e) {
      error = e;
    }
    expect(reasonOf(error)).toBe('device-limit');
  });

  it('says why a file cannot be read with a reason token', async () => {
    const missing = await validateFile(join(dir, 'missing.csv'), { spec: 'badplatser' });
    const folder = await validateFile(dir, { spec: 'badplatser' });
    writeFileSync(join(dir, 'plain.csv'), 'a\n');
    const underFile = await validateFile(join(dir, 'plain.csv', 'x.csv'), { spec: 'badplatser' });
    expect([missing, folder, underFile].map((r) => [r.unreadable, r.diagnostics[0]?.params])).toEqual([
      [true, { reason: 'not-found' }],
      [true, { reason: 'folder' }],
      [true, { reason: 'not-folder' }],
    ]);
  });

  it('every error of the system becomes a token; one without a token is other, with the system’s name of it', () => {
    const errno = (code: string): Error => Object.assign(new Error(`${code}: some words`), { code });
    expect(['ENOTDIR', 'ENAMETOOLONG', 'EMFILE', 'EIO', 'EBUSY', 'ENXIO', 'ENOSTDIN'].map((c) => reasonOf(errno(c)))).toEqual(['not-folder', 'name-too-long', 'too-many-open', 'read-error', 'busy', 'no-device', 'no-stdin']);
    expect(unreadableParams(errno('EXDEV'))).toEqual({ reason: 'other', detail: 'EXDEV' });
    expect(unreadableParams(new Error('no code'))).toEqual({ reason: 'other', detail: 'no code' });
    expect(renderMessage('file-unreadable', 'sv', unreadableParams(errno('EXDEV')))).toBe('Filen kunde inte läsas: systemet gav felet EXDEV.');
    expect(renderMessage('file-unreadable', 'en', unreadableParams(errno('EXDEV')))).toBe('The file could not be read: the system gave the error EXDEV.');
  });
});
