/** Decides whether input is CSV or JSON, from the file name or, failing that, from its first bytes. */
import type { InputFormat } from '../report/index.js';
import { encodingFromStart } from './encoding-evidence.js';

/** The formats of text files (a workbook is recognised by its bytes, see binary.ts). */
export type TextFormat = Exclude<InputFormat, 'xlsx'>;

const JSON_EXTENSIONS = ['.json', '.geojson'];
const JSONL_EXTENSIONS = ['.jsonl', '.ndjson'];
const CSV_EXTENSIONS = ['.csv', '.tsv', '.txt'];

/** The format a file name implies, if any. */
export function formatFromName(name: string): TextFormat | undefined {
  const lower = name.toLowerCase();
  if (JSON_EXTENSIONS.some((e) => lower.endsWith(e))) return 'json';
  if (JSONL_EXTENSIONS.some((e) => lower.endsWith(e))) return 'jsonl';
  if (CSV_EXTENSIONS.some((e) => lower.endsWith(e))) return 'csv';
  return undefined;
}

/**
 * The format the first bytes suggest: JSON when the first visible character is [ or {, in UTF-8
 * (or a single-byte encoding) or in UTF-16, with or without a BOM.
 */
export function formatFromBytes(head: Uint8Array): TextFormat {
  const utf16 = encodingFromStart(head);
  // UTF-16: two bytes a character, the ASCII ones with a NUL on one side.
  const le = utf16?.encoding === 'utf-16le';
  const step = le || utf16?.encoding === 'utf-16be' ? 2 : 1;
  let i = step === 2 && utf16?.bom === true ? 2 : 0;
  if (step === 1 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) i = 3;
  for (; i + step <= head.length; i += step) {
    const c = step === 1 ? (head[i] as number) : le ? (head[i] as number) | ((head[i + 1] as number) << 8) : ((head[i] as number) << 8) | (head[i + 1] as number);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) continue;
    return c === 0x5b || c === 0x7b ? 'json' : 'csv';
  }
  return 'csv';
}
