/**
 * What fix may write: the format it rewrites a file in (refusing, before anything is written,
 * what it cannot write in its own format) and the encoding it reads it with (refusing a guess it
 * cannot stand behind).
 */
import { DatakollError } from '../errors.js';
import { EncodingEvidence, ENCODING_LABELS, ENCODINGS, formatFromBytes, formatFromName, givenEncoding } from '../input/index.js';
import type { Encoding, EncodingInfo, EncodingVerdict } from '../input/index.js';

/** File kinds fix cannot write back in their own format, by name ending and by first bytes. */
const UNWRITABLE: readonly { readonly kind: Kind; readonly names: readonly string[]; readonly magic?: readonly number[] }[] = [
  { kind: 'workbook', names: ['.xlsx', '.xlsm', '.xls', '.ods'] },
  { kind: 'zip', names: ['.zip', '.docx'], magic: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'gzip', names: ['.gz', '.tgz'], magic: [0x1f, 0x8b] },
  { kind: 'pdf', names: ['.pdf'], magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { kind: 'workbook', names: [], magic: [0xd0, 0xcf, 0x11, 0xe0] },
];

type Kind = 'workbook' | 'zip' | 'gzip' | 'pdf';

const KIND_WORDS: Record<Kind, { en: string; sv: string }> = {
  workbook: { en: 'a spreadsheet workbook (Excel or similar)', sv: 'en kalkylbok (Excel eller liknande)' },
  zip: { en: 'a ZIP archive', sv: 'ett ZIP-arkiv' },
  gzip: { en: 'a gzip-compressed file', sv: 'en gzip-komprimerad fil' },
  pdf: { en: 'a PDF document', sv: 'ett PDF-dokument' },
};

/** The format fix writes the file in; throws a usage error for a file it cannot write in its own format. */
export function fixableFormat(name: string, head: Uint8Array, forced: 'csv' | 'json' | 'jsonl' | undefined): 'csv' | 'json' | 'jsonl' {
  const lower = name.toLowerCase();
  for (const u of UNWRITABLE) {
    const byName = u.names.some((n) => lower.endsWith(n));
    const byBytes = u.magic !== undefined && u.magic.every((b, i) => head[i] === b);
    if (!byName && !byBytes) continue;
    // A ZIP whose name says workbook is a workbook.
    const kind = byBytes && u.kind === 'zip' && /\.(xlsx|xlsm|ods)$/.test(lower) ? 'workbook' : u.kind;
    const w = KIND_WORDS[kind];
    const how = kind === 'workbook' ? { en: ' Save it as "CSV UTF-8" (in Excel: File > Save As > CSV UTF-8) and fix that file.', sv: ' Spara den som "CSV UTF-8" (i Excel: Arkiv > Spara som > CSV UTF-8) och rätta den filen.' } : { en: '', sv: '' };
    throw new DatakollError('usage', 'fix-format-unsupported', {
      en: `${name} is ${w.en}; fix writes only CSV, JSON, JSON Lines and GeoJSON, each in its own format, and has written nothing.${how.en}`,
      sv: `${name} är ${w.sv}; fix skriver bara CSV, JSON, JSON Lines och GeoJSON, var och en i sitt eget format, och har inte skrivit något.${how.sv}`,
    }, { file: name, kind });
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
