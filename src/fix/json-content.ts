/**
 * Whether a file fix is told to read as CSV holds JSON, judged on its text decoded in the
 * encoding fix reads it with (a BOM dropped): its first non-blank line is a whole JSON object or
 * array (JSON Lines, even with a broken line later), or all of it is JSON (JSON over many lines).
 */
import type { Readable } from 'node:stream';
import { decodedStream, readJson } from '../input/index.js';
import type { EncodingInfo } from '../input/index.js';

/** The longest first line looked at whole (characters); a longer one is judged with the whole text. */
const FIRST_LINE_MAX = 16 * 1024 * 1024;

export async function holdsJson(open: () => Readable, info: EncodingInfo): Promise<boolean> {
  // Invalid bytes are for the run that reads the file to say.
  const first = decodedStream(open(), info, () => undefined);
  const line = await firstLine(first);
  first.destroy();
  if (line === undefined || (line.text[0] !== '[' && line.text[0] !== '{')) return false;
  if (line.whole && isObjectOrArray(line.text)) return true;
  return isJson(decodedStream(open(), info, () => undefined));
}

/** The first line with more than white space (a BOM counts as white space), trimmed; whole when its end was read. */
async function firstLine(bytes: AsyncIterable<Buffer>): Promise<{ text: string; whole: boolean } | undefined> {
  const decoder = new TextDecoder('utf-8');
  let text = '';
  for await (const chunk of bytes) {
    text = (text + decoder.decode(chunk, { stream: true })).replace(/^[\s\uFEFF]+/, '');
    const end = text.indexOf('\n');
    if (end !== -1) return { text: text.slice(0, end).trim(), whole: true };
    if (text.length > FIRST_LINE_MAX) return { text, whole: false };
  }
  text = (text + decoder.decode()).trim();
  return text === '' ? undefined : { text, whole: true };
}

function isObjectOrArray(text: string): boolean {
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null;
  } catch {
    return false;
  }
}

/** Whether a text is JSON from start to end (read by the reader validate uses, which stops at the first syntax error). */
async function isJson(text: Readable): Promise<boolean> {
  let syntax = false;
  const shape = await readJson(text, { start: () => undefined, record: () => undefined, syntax: () => void (syntax = true), notRecords: () => undefined, recordsAmbiguous: () => undefined });
  text.destroy();
  return shape !== undefined && !syntax;
}
