/** Decides whether input is CSV or JSON, from the file name or, failing that, from its first bytes. */
import type { InputFormat } from '../report/index.js';

const JSON_EXTENSIONS = ['.json', '.geojson'];
const JSONL_EXTENSIONS = ['.jsonl', '.ndjson'];
const CSV_EXTENSIONS = ['.csv', '.tsv', '.txt'];

/** The format a file name implies, if any. */
export function formatFromName(name: string): InputFormat | undefined {
  const lower = name.toLowerCase();
  if (JSON_EXTENSIONS.some((e) => lower.endsWith(e))) return 'json';
  if (JSONL_EXTENSIONS.some((e) => lower.endsWith(e))) return 'jsonl';
  if (CSV_EXTENSIONS.some((e) => lower.endsWith(e))) return 'csv';
  return undefined;
}

/** The format the first bytes suggest: JSON when the first visible character is [ or {. */
export function formatFromBytes(head: Uint8Array): InputFormat {
  let i = 0;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) i = 3;
  for (; i < head.length; i++) {
    const c = head[i] as number;
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) continue;
    return c === 0x5b || c === 0x7b ? 'json' : 'csv';
  }
  return 'csv';
}
