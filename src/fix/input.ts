/**
 * What fix may write: the format it rewrites a file in (refusing, before anything is written,
 * what it cannot write in its own format) and the encoding it reads it with (refusing a guess it
 * cannot stand behind).
 */
import { DatakollError } from '../errors.js';
import { detectEncoding } from '../input/decode.js';
import type { Encoding, EncodingInfo } from '../input/decode.js';
import { formatFromBytes, formatFromName } from '../input/index.js';

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

/** Decides the encoding: the one given (--encoding), else what the first bytes show. */
export function decideEncoding(head: Uint8Array, whole: boolean, forced: Encoding | undefined, name: string): EncodingDecision {
  const detected = detectEncoding(head, whole);
  const info: EncodingInfo = forced === undefined ? detected : { encoding: forced, bom: detected.bom && detected.encoding === forced };
  return {
    info,
    mixedError: () =>
      new DatakollError('usage', 'fix-encoding-mixed', {
        en: `${name} is read as ${info.encoding}, but further on it holds bytes that are not valid ${info.encoding} (a file put together from parts in different encodings?). fix does not write what it would have to guess, and has written nothing. Run datakoll validate to see the rows, or say which encoding the file has with --encoding.`,
        sv: `${name} läses som ${info.encoding}, men längre fram finns byte som inte är giltig ${info.encoding} (en fil sammanfogad av delar med olika kodning?). fix skriver inte det den skulle behöva gissa och har inte skrivit något. Kör datakoll validate för att se raderna, eller ange filens kodning med --encoding.`,
      }, { file: name, encoding: info.encoding }),
  };
}
