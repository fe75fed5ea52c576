/**
 * What fix may write: the format it rewrites a file in (refusing, before anything is written,
 * what it cannot write in its own format) and the encoding it reads it with (refusing a guess it
 * cannot stand behind).
 */
import { DatakollError } from '../errors.js';
import { binaryKindOf, EncodingEvidence, ENCODING_LABELS, ENCODINGS, formatFromBytes, formatFromName, givenEncoding } from '../input/index.js';
import { renderMessage } from '../report/index.js';
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
    throw new DatakollError('usage', 'fix-format-unsupported', {
      en: `${name}: ${renderMessage('file-binary', 'en', { reason: kind })} fix writes only CSV, JSON, JSON Lines and GeoJSON, each in its own format, and has written nothing.`,
      sv: `${name}: ${renderMessage('file-binary', 'sv', { reason: kind })} fix skriver bara CSV, JSON, JSON Lines och GeoJSON, var och en i sitt eget format, och har inte skrivit något.`,
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
  const label = ENCODING_LABELS[info.encoding];
  const choices = ENCODINGS.join(', ');
  if (verdict.given !== true && verdict.mixed !== undefined) {
    const m = verdict.mixed;
    const lines = m.first.join(', ');
    const other = ENCODING_LABELS[m.encoding];
    throw new DatakollError('usage', 'fix-encoding-mixed', {
      en: `${name} is UTF-8, but ${m.count} of its lines are not (lines ${lines}${m.count > m.first.length ? ', …' : ''}; most likely ${other}). fix does not write what it would have to guess, and has written nothing. Save the file again as UTF-8, or say how to read it whole with --encoding (one of ${choices}).`,
      sv: `${name} är UTF-8, men ${m.count} av raderna är det inte (rad ${lines}${m.count > m.first.length ? ', …' : ''}; troligen ${other}). fix skriver inte det den skulle behöva gissa och har inte skrivit något. Spara om filen som UTF-8, eller ange hur hela filen ska läsas med --encoding (en av ${choices}).`,
    }, { file: name, lines: m.count });
  }
  if (verdict.given !== true && verdict.confidence === 'uncertain') {
    const candidates = verdict.candidates.map((c) => ENCODING_LABELS[c]).join(', ');
    throw new DatakollError('usage', 'fix-encoding-uncertain', {
      en: `The encoding of ${name} cannot be told for sure (it could be ${candidates}). fix does not write what it would have to guess, and has written nothing. Say which it is with --encoding (one of ${choices}).`,
      sv: `Det går inte att säga säkert vilken teckenkodning ${name} har (den kan vara ${candidates}). fix skriver inte det den skulle behöva gissa och har inte skrivit något. Ange vilken det är med --encoding (en av ${choices}).`,
    }, { file: name, candidates });
  }
  return {
    info,
    mixedError: () =>
      new DatakollError('usage', 'fix-encoding-mixed', {
        en: `${name} is read as ${label}, but it holds bytes that are not valid ${label} (a file put together from parts in different encodings?). fix does not write what it would have to guess, and has written nothing. Run datakoll validate to see the rows, or say how to read the file with --encoding (one of ${choices}).`,
        sv: `${name} läses som ${label}, men den innehåller byte som inte är giltig ${label} (en fil sammanfogad av delar med olika kodning?). fix skriver inte det den skulle behöva gissa och har inte skrivit något. Kör datakoll validate för att se raderna, eller ange hur filen ska läsas med --encoding (en av ${choices}).`,
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
