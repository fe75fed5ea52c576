/**
 * What fix may write: the format it rewrites a file in (refusing, before anything is written,
 * what it cannot write in its own format) and the encoding it reads it with (refusing a guess it
 * cannot stand behind).
 */
import type { Readable } from 'node:stream';
import { DatakollError } from '../errors.js';
import { binaryKindOf, EncodingEvidence, ENCODING_LABELS, ENCODINGS, formatFromBytes, formatFromName, givenEncoding } from '../input/index.js';
import { FIX_PHRASES, IO_PHRASES, renderMessage, sayBoth } from '../report/index.js';
import type { Templates } from '../report/index.js';
import { holdsJson } from './json-content.js';
import type { Encoding, EncodingInfo, EncodingVerdict } from '../input/index.js';

/** Name endings of files fix cannot write back in their own format. */
const UNWRITABLE_NAMES = ['.xlsx', '.xlsm', '.xls', '.ods', '.zip', '.docx', '.gz', '.tgz', '.bz2', '.xz', '.7z', '.zst', '.pdf'];

/**
 * The format fix writes the file in, or a refusal of a file it cannot write in its own format:
 * one that is not text (a workbook, an archive, a PDF: by its first bytes, whatever its name) is
 * a file that cannot be read as data, exit 3 as validate says it; one whose name says it is such
 * a file is a usage error.
 */
export function fixableFormat(name: string, head: Uint8Array, forced: 'csv' | 'json' | 'jsonl' | undefined): 'csv' | 'json' | 'jsonl' {
  const kind = binaryKindOf(head);
  if (kind !== undefined) {
    const file = shownName(name);
    throw new DatakollError('io', 'fix-format-unsupported', { file, why: { en: renderMessage('file-binary', 'en', { reason: kind }), sv: renderMessage('file-binary', 'sv', { reason: kind }) } });
  }
  const ending = UNWRITABLE_NAMES.find((n) => name.toLowerCase().endsWith(n));
  if (ending !== undefined) {
    throw new DatakollError('usage', 'fix-format-unsupported', { file: shownName(name), why: sayBoth(FIX_PHRASES['named-as'], { ending }), advice: FIX_PHRASES['save-as-csv'] });
  }
  return forced ?? formatFromName(name) ?? formatFromBytes(head);
}

/** A file's name as the refusals say it: standard input by its name, not "-". */
export function shownName(name: string): Templates {
  return name === '-' ? IO_PHRASES['standard-input'] : { en: name, sv: name };
}

/**
 * Refuses, before anything is written, content that is JSON (judged on the text decoded in the
 * encoding fix reads it with: see holdsJson) to be fixed as CSV (forced with --input-format csv,
 * or by a name ending in .csv), which would rewrite the JSON as CSV.
 */
export async function refuseJsonAsCsv(name: string, forced: 'csv' | 'json' | 'jsonl' | undefined, info: EncodingInfo, open: () => Readable): Promise<void> {
  if (!(await holdsJson(open, info))) return;
  const file = shownName(name);
  const why = forced === 'csv' ? FIX_PHRASES['forced-csv'] : sayBoth(FIX_PHRASES['named-csv'], { ending: ending(name) });
  throw new DatakollError('usage', 'fix-format-mismatch', { problem: sayBoth(FIX_PHRASES['json-as-csv'], { file, why }) });
}

/** Refuses, before anything is written, content whose first character is not [ or { forced to be read as JSON. */
export function refuseCsvAsJson(name: string, head: Uint8Array, format: 'csv' | 'json' | 'jsonl', forced: 'csv' | 'json' | 'jsonl' | undefined): void {
  if (format === 'csv' || forced === undefined || formatFromBytes(head) !== 'csv') return;
  const file = shownName(name);
  const as = forced === 'jsonl' ? 'JSON Lines' : 'JSON';
  throw new DatakollError('usage', 'fix-format-mismatch', { problem: sayBoth(FIX_PHRASES['csv-as-json'], { file, format: forced, as }) });
}

/** A name's ending from its last dot (".csv"). */
function ending(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot === -1 ? name : name.slice(dot).toLowerCase();
}

/** The encoding fix reads a file with, and the error to give if the file turns out not to be that. */
export interface EncodingDecision {
  readonly info: EncodingInfo;
  /** The error for bytes met later that are not valid in the encoding decided. */
  mixedError(): DatakollError;
}

/**
 * Decides the encoding: the one given (--encoding), else what the evidence of the whole file
 * says. fix writes nothing it would decode by a guess: an uncertain verdict, or UTF-8 with lines
 * in another encoding, is a usage error that names the candidates and --encoding.
 */
export function decideEncoding(verdict: EncodingVerdict, name: string): EncodingDecision {
  const info: EncodingInfo = { encoding: verdict.encoding, bom: verdict.bom };
  const file = shownName(name);
  const label = ENCODING_LABELS[info.encoding];
  const choices = ENCODINGS.join(', ');
  if (verdict.contradicted !== undefined) {
    const { word, misread } = verdict.contradicted;
    throw new DatakollError('usage', 'fix-encoding-contradicted', { file, encoding: label, word, misread });
  }
  if (verdict.given !== true && verdict.mixed !== undefined) {
    const m = verdict.mixed;
    const lines = m.first.join(', ');
    const other = ENCODING_LABELS[m.encoding];
    throw new DatakollError('usage', 'fix-encoding-mixed', { problem: sayBoth(FIX_PHRASES['mixed-lines'], { file, which: sayBoth(FIX_PHRASES[m.count === 1 ? 'one-line' : 'some-lines'], { count: m.count }), count: m.count, lines: `${lines}${m.count > m.first.length ? ', …' : ''}`, other, choices }) });
  }
  if (verdict.given !== true && verdict.confidence === 'uncertain') {
    const candidates = verdict.candidates.map((c) => ENCODING_LABELS[c]).join(', ');
    throw new DatakollError('usage', 'fix-encoding-uncertain', { file, candidates, choices });
  }
  return {
    info,
    mixedError: () =>
      new DatakollError('usage', 'fix-encoding-mixed', { problem: sayBoth(FIX_PHRASES['encoding-broken'], { file, encoding: label, choices }) }),
  };
}

/** The verdict on a file's encoding: as given, or from the evidence of all its bytes (read once more). */
export async function encodingVerdict(bytes: AsyncIterable<Buffer> | Uint8Array, head: Uint8Array, forced: Encoding | undefined): Promise<EncodingVerdict> {
  if (forced !== undefined) return givenEncoding(head, forced);
  const evidence = new EncodingEvidence();
  if (bytes instanceof Uint8Array) evidence.write(bytes);
  else for await (const chunk of bytes) evidence.write(chunk);
  return evidence.verdict();
}
