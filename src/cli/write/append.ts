/**
 * Appends to a file that others append to as well (GitHub's job summary): all of the text or
 * none of it. A failed append cuts the file back to its old length, and removes it when it
 * did not exist before.
 */
import { closeSync, fstatSync, fsyncSync, ftruncateSync, openSync, rmSync, writeSync } from 'node:fs';
import { resolveTarget } from './target.js';
import { DirectSink } from './direct.js';
import { writeError } from './errors.js';

/**
 * Appends the pieces of `content` to `path`; throws a DatakollError of kind 'write'.
 * @param stdio writes to the process's own standard output or error (/dev/stdout named as the file)
 */
export async function appendToFile(path: string, content: string | Iterable<string>, stdio: (fd: 1 | 2, text: string) => void, shown = path): Promise<void> {
  let target;
  try {
    target = resolveTarget(path);
  } catch (e) {
    throw writeError(e, shown);
  }
  const pieces = typeof content === 'string' ? [content] : content;
  if (target.kind === 'stdio') {
    for (const piece of pieces) stdio(target.fd, piece);
    return;
  }
  if (target.kind === 'direct') {
    const sink = await DirectSink.open(target.path, true, shown);
    for (const piece of pieces) await sink.write(piece);
    await sink.commit();
    return;
  }
  let fd: number;
  try {
    fd = openSync(target.real, 'a');
  } catch (e) {
    throw writeError(e, shown, target.existing !== undefined);
  }
  const size = fstatSync(fd).size;
  try {
    for (const piece of pieces) {
      const bytes = Buffer.from(piece, 'utf8');
      let at = 0;
      while (at < bytes.length) at += writeSync(fd, bytes, at, bytes.length - at);
    }
    fsyncSync(fd);
  } catch (e) {
    try {
      if (target.existing === undefined) rmSync(target.real, { force: true });
      else ftruncateSync(fd, size);
    } catch {
      // The message says what failed; nothing more can be done.
    }
    throw writeError(e, shown, target.existing !== undefined);
  } finally {
    closeSync(fd);
  }
}
