/**
 * What fix may write: the format it rewrites a file in (refusing, before anything is written,
 * what it cannot write in its own format) and the encoding it reads it with (refusing a guess it
 * cannot stand behind).
 */
import type { Readable } from 'node:stream';
import { DatakollError } from '../errors.js';
import { binaryKindOf, EncodingEvidence, ENCODING_LABELS, ENCODINGS, formatFromBytes, formatFromName, givenEncoding } from '../input/index.js';
import { renderMessage } from '../report/index.js';
import { holdsJson } from './json-content.js';
import type { Encoding, EncodingInfo, EncodingVerdict } from '../input/index.js';

/** Name endings of files fix cannot write back in their own format. */
const UNWRITABLE_NAMES = ['.xlsx', '.xlsm', '.xls', '.ods', '.zip', '.docx', '.gz', '.tgz', '.bz2', '.xz', '.7z', '.zst', '.pdf'];

/**
 * The format fix writes the file in; a usage error for a file it cannot write in its own format:
 * one that is not text (a workbook, an archive, a PDF: by its first bytes, whatever its name),
 * or whose name says it is such a file.
 */
export function fixableFormat(name: string, head: Uint8Array, forced: 'csv' | 'json' | 'jsonl' | undefined): 'csv' | 'json' | 'jsonl' {
  const kind = binaryKindOf(head);
  if (kind !== undefined) {
    const file = shownName(name);
    throw new DatakollError('usage', 'fix-format-unsupported', {
      en: `${file.en}: ${renderMessage('file-binary', 'en', { reason: kind })} fix writes only CSV, JSON, JSON Lines and GeoJSON, each in its own format, and has written nothing.`,
      sv: `${file.sv}: ${renderMessage('file-binary', 'sv', { reason: kind })} fix skriver bara CSV, JSON, JSON Lines och GeoJSON, var och en i sitt eget format, och har inte skrivit något.`,
    }, { file: name, kind });
  }
  const ending = UNWRITABLE_NAMES.find((n) => name.toLowerCase().endsWith(n));
  if (ending !== undefined) {
    throw new DatakollError('usage', 'fix-format-unsupported', {
      en: `${name}: the name says it is a ${ending} file; fix writes only CSV, JSON, JSON Lines and GeoJSON, each in its own format, and has written nothing. Save it as "CSV UTF-8" first (in Excel: File > Save As > CSV UTF-8), or rename it if it really is CSV or JSON.`,
      sv: `${name}: namnet säger att det är en ${ending}-fil; fix skriver bara CSV, JSON, JSON Lines och GeoJSON, var och en i sitt eget format, och har inte skrivit något. Spara den som "CSV UTF-8" först (i Excel: Arkiv > Spara som > CSV UTF-8), eller byt namn på den om den verkligen är CSV eller JSON.`,
    }, { file: name, ending });
  }
  return forced ?? formatFromName(name) ?? formatFromBytes(head);
}

/** A file's name as the refusals say it: standard input by its name, not "-". */
export function shownName(name: string): { en: string; sv: string } {
  return name === '-' ? { en: 'standard input', sv: 'standard in' } : { en: name, sv: name };
}

/**
 * Refuses, before anything is written, content that is JSON (judged on the text decoded in the
 * encoding fix reads it with: see holdsJson) to be fixed as CSV (forced with --input-format csv,
 * or by a name ending in .csv), which would rewrite the JSON as CSV.
 */
export async function refuseJsonAsCsv(name: string, forced: 'csv' | 'json' | 'jsonl' | undefined, info: EncodingInfo, open: () => Readable): Promise<void> {
  if (!(await holdsJson(open, info))) return;
  const file = shownName(name);
  const why = forced === 'csv' ? { en: '--input-format csv says to read it as CSV', sv: '--input-format csv säger att den ska läsas som CSV' } : { en: `its name ends in ${ending(name)}, which is read as CSV`, sv: `namnet slutar på ${ending(name)}, som läses som CSV` };
  throw new DatakollError('usage', 'fix-format-mismatch', {
    en: `${file.en} holds JSON, but ${why.en}: fix would rewrite the JSON as CSV, and has written nothing. Give --input-format json (or jsonl) to fix it as JSON.`,
    sv: `${file.sv} innehåller JSON, men ${why.sv}: fix skulle skriva om JSON-texten som CSV och har inte skrivit något. Ange --input-format json (eller jsonl) för att rätta den som JSON.`,
  }, { file: name, format: 'csv' });
}

/** Refuses, before anything is written, content whose first character is not [ or { forced to be read as JSON. */
export function refuseCsvAsJson(name: string, head: Uint8Array, format: 'csv' | 'json' | 'jsonl', forced: 'csv' | 'json' | 'jsonl' | undefined): void {
  if (format === 'csv' || forced === undefined || formatFromBytes(head) !== 'csv') return;
  const file = shownName(name);
  const as = forced === 'jsonl' ? 'JSON Lines' : 'JSON';
  throw new DatakollError('usage', 'fix-format-mismatch', {
    en: `${file.en} is not JSON (its first character is not [ or {), but --input-format ${forced} says to read it as ${as}; fix has written nothing. Leave out --input-format, or give --input-format csv.`,
    sv: `${file.sv} är inte JSON (det första tecknet är inte [ eller {), men --input-format ${forced} säger att den ska läsas som ${as}; fix har inte skrivit något. Utelämna --input-format, eller ange --input-format csv.`,
  }, { file: name, format: forced });
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
    throw new DatakollError('usage', 'fix-encoding-contradicted', { file: file.en, encoding: label, word, misread });
  }
  if (verdict.given !== true && verdict.mixed !== undefined) {
    const m = verdict.mixed;
    const lines = m.first.join(', ');
    const other = ENCODING_LABELS[m.encoding];
    const one = m.count === 1;
    throw new DatakollError('usage', 'fix-encoding-mixed', {
      en: `${file.en} is UTF-8, but ${one ? 'one of its lines is' : `${m.count} of its lines are`} not (${one ? 'line' : 'lines'} ${lines}${m.count > m.first.length ? ', …' : ''}; most likely ${other}). fix does not write what it would have to guess, and has written nothing. Save the file again as UTF-8, or say how to read it whole with --encoding (one of ${choices}).`,
      sv: `${file.sv} är UTF-8, men ${one ? 'en av raderna' : `${m.count} av raderna`} är det inte (rad ${lines}${m.count > m.first.length ? ', …' : ''}; troligen ${other}). fix skriver inte det den skulle behöva gissa och har inte skrivit något. Spara om filen som UTF-8, eller ange hur hela filen ska läsas med --encoding (en av ${choices}).`,
    }, { file: name, lines: m.count });
  }
  if (verdict.given !== true && verdict.confidence === 'uncertain') {
    const candidates = verdict.candidates.map((c) => ENCODING_LABELS[c]).join(', ');
    throw new DatakollError('usage', 'fix-encoding-uncertain', {
      en: `The encoding of ${file.en} cannot be told for sure (it could be ${candidates}). fix does not write what it would have to guess, and has written nothing. Say which it is with --encoding (one of ${choices}).`,
      sv: `Det går inte att säga säkert vilken teckenkodning ${file.sv} har (den kan vara ${candidates}). fix skriver inte det den skulle behöva gissa och har inte skrivit något. Ange vilken det är med --encoding (en av ${choices}).`,
    }, { file: name, candidates });
  }
  return {
    info,
    mixedError: () =>
      new DatakollError('usage', 'fix-encoding-mixed', {
        en: `${file.en} is read as ${label}, but it holds bytes that are not valid ${label} (a file put together from parts in different encodings?). fix does not write what it would have to guess, and has written nothing. Run datakoll validate to see the rows, or say how to read the file with --encoding (one of ${choices}).`,
        sv: `${file.sv} läses som ${label}, men den innehåller byte som inte är giltig ${label} (en fil sammanfogad av delar med olika kodning?). fix skriver inte det den skulle behöva gissa och har inte skrivit något. Kör datakoll validate för att se raderna, eller ange hur filen ska läsas med --encoding (en av ${choices}).`,
      }, { file: name, encoding: info.encoding }),
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
