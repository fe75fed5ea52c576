/** The file-level findings about a CSV file's encoding and dialect, each reported once. */
import type { Diagnostic } from '../report/index.js';
import { CODES } from '../report/index.js';
import type { Dialect, EncodingInfo } from '../input/index.js';
import type { Code, ParamValue } from '../report/index.js';
import type { FormKind, ValueKind } from '../forms/forms.js';

const NAMES: Record<string, string> = { ',': 'comma (,)', ';': 'semicolon (;)', '\t': 'tab', '|': 'pipe (|)' };
const ENCODINGS: Record<EncodingInfo['encoding'], string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16 (little-endian)', 'utf-16be': 'UTF-16 (big-endian)', 'windows-1252': 'Windows-1252 / ISO-8859-1' };

function finding(code: Code, params: Record<string, ParamValue> = {}): Diagnostic {
  return { code, severity: CODES[code].severity, params };
}

/** What differs from the spec's dialect (UTF-8 without BOM, comma, double quotes, one kind of line ending). */
export function dialectFindings(encoding: EncodingInfo, dialect: Dialect): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (encoding.encoding !== 'utf-8') out.push(finding('encoding-not-utf8', { encoding: ENCODINGS[encoding.encoding] }));
  if (encoding.bom) out.push(finding('encoding-bom'));
  if (dialect.delimiter !== ',') out.push(finding('dialect-delimiter', { delimiter: NAMES[dialect.delimiter] ?? dialect.delimiter }));
  if (dialect.quote !== '"') out.push(finding('dialect-quote'));
  if (dialect.lineEnding === 'mixed' || dialect.lineEnding === 'CR') out.push(finding('dialect-line-endings', { endings: dialect.lineEnding === 'CR' ? 'CR' : 'LF, CRLF, CR' }));
  if (dialect.trailingDelimiter) out.push(finding('dialect-trailing-delimiter'));
  if (dialect.titleRow) out.push(finding('dialect-title-row'));
  if (dialect.spacesAroundValues >= 0.2) out.push(finding('dialect-spaces-around', { share: `${Math.round(dialect.spacesAroundValues * 100)}%` }));
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
