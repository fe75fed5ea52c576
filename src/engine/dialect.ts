/** The file-level findings about a file's encoding (CSV and JSON alike) and a CSV file's dialect, each reported once. */
import type { DetectedDialect, Diagnostic } from '../report/index.js';
import { CODES } from '../report/index.js';
import type { Dialect, EncodingVerdict } from '../input/index.js';
import { ENCODING_LABELS } from '../input/index.js';
import type { Code, ParamValue } from '../report/index.js';
import type { FormKind, ValueKind } from '../forms/forms.js';

function finding(code: Code, params: Record<string, ParamValue> = {}): Diagnostic {
  return { code, severity: CODES[code].severity, params };
}

/** An encoding as a finding names it; detection cannot tell Windows-1252 from ISO-8859-1 (the letters are the same bytes). */
function encodingName(v: Pick<EncodingVerdict, 'encoding' | 'given'>): string {
  return v.encoding === 'windows-1252' && v.given !== true ? 'Windows-1252 / ISO-8859-1' : ENCODING_LABELS[v.encoding];
}

/**
 * What the encoding verdict calls for: mixed UTF-8, an uncertain guess, another encoding than
 * UTF-8, a BOM. For CSV and JSON alike: the specs want UTF-8 without a BOM, and JSON is UTF-8 by
 * its own standard (RFC 8259).
 */
export function encodingFindings(v: EncodingVerdict, format: 'csv' | 'json'): Diagnostic[] {
  const out: Diagnostic[] = [];
  // The reason is the format, whose words the advice is in (Excel's "CSV UTF-8", or JSON's standard).
  const reason = format;
  if (v.contradicted !== undefined) out.push(finding('encoding-given-contradicted', { encoding: encodingName(v), word: v.contradicted.word, misread: v.contradicted.misread }));
  else if (v.mixed !== undefined) out.push(finding('encoding-mixed', { encoding: encodingName(v.mixed) }));
  else if (v.confidence === 'uncertain') out.push(finding('encoding-uncertain', { encoding: encodingName(v), candidates: v.candidates.join(', '), reason }));
  else if (v.encoding !== 'utf-8') out.push(finding('encoding-not-utf8', { encoding: encodingName(v), reason }));
  if (v.bom) out.push(finding('encoding-bom', { reason }));
  return out;
}

/** What differs from the spec's dialect (UTF-8 without BOM, comma, double quotes, one kind of line ending, LF or CRLF). */
export function dialectFindings(encoding: EncodingVerdict, dialect: Dialect): Diagnostic[] {
  const out = encodingFindings(encoding, 'csv');
  // The delimiter itself: the catalogue names it (report/words/dialect.ts).
  if (dialect.delimiter !== ',') out.push(finding('dialect-delimiter', { delimiter: dialect.delimiter }));
  if (dialect.quote !== '"') out.push(finding('dialect-quote'));
  if (dialect.lineEnding === 'mixed') out.push(finding('dialect-line-endings', { endings: (dialect.lineEndingsSeen ?? ['LF', 'CRLF', 'CR']).join(', ') }));
  if (dialect.lineEnding === 'CR') out.push(finding('dialect-line-endings-cr'));
  if (dialect.trailingDelimiter) out.push(finding('dialect-trailing-delimiter'));
  if (dialect.titleRow) out.push(finding('dialect-title-row'));
  if (dialect.spacesAroundValues >= 0.2) out.push(finding('dialect-spaces-around', { share: Math.round(dialect.spacesAroundValues * 100) }));
  return out;
}

/** The code that reports a value in a wrong but understood form. */
export function formCode(kind: FormKind, column: ValueKind): Code {
  switch (kind) {
    case 'decimal-comma':
      return 'form-decimal-comma';
    case 'thousands-separator':
      return 'form-thousands-separator';
    case 'boolean-word':
      return 'form-boolean-word';
    case 'placeholder-empty':
      return 'form-placeholder-empty';
    case 'spaces-around':
      return 'form-spaces-around';
    case 'date-time-space':
    case 'epoch-milliseconds':
      return column === 'date-time' ? 'form-date-time' : 'form-date';
    default:
      return 'form-date';
  }
}

/** The encoding and dialect as a report shows them (FileReport.dialect). */
export function reportedDialect(encoding: EncodingVerdict, dialect: Dialect): DetectedDialect {
  return {
    encoding: encoding.encoding,
    encodingConfidence: encoding.given === true ? 'given' : encoding.confidence,
    ...(encoding.confidence === 'uncertain' ? { encodingCandidates: encoding.candidates } : {}),
    ...(encoding.mixed !== undefined ? { encodingMixedWith: encoding.mixed.encoding } : {}),
    bom: encoding.bom,
    delimiter: dialect.delimiter,
    quote: dialect.quote,
    lineEnding: dialect.lineEnding,
  };
}
