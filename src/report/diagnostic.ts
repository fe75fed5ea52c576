/** The Diagnostic record and helpers for positions (spreadsheet column letters, shortened values). */
import type { Code, Severity } from './codes.js';

/** Text in both report languages, chosen when the message is rendered (an attribute's description). */
export interface Localized {
  readonly sv: string;
  readonly en: string;
}

export type ParamValue = string | number | Localized;

/** One finding. Positions are 1-based and set once, where the finding is made. */
export interface Diagnostic {
  readonly code: Code;
  readonly severity: Severity;
  /** Record number as a spreadsheet shows it (CSV: header = row 1; JSON: the record's 1-based index). */
  readonly row?: number;
  /** Physical line where the record (or value) starts. */
  readonly line?: number;
  /** 1-based column number (CSV). */
  readonly column?: number;
  /** A workbook's sheet the finding is on (its cell is `sheet!C5`). */
  readonly sheet?: string;
  /** Spreadsheet column letter (A, B, …, AA). */
  readonly columnLetter?: string;
  /** Attribute name, or the header cell's text for header findings. */
  readonly field?: string;
  /** JSON Pointer to the value (JSON input). */
  readonly pointer?: string;
  /** The offending value as text, shortened. */
  readonly value?: string;
  /** Parameters for the message template. */
  readonly params: Readonly<Record<string, ParamValue>>;
}

/** Spreadsheet letter for a 1-based column number: 1 -> A, 27 -> AA. */
export function columnLetter(n: number): string {
  let s = '';
  let k = n;
  while (k > 0) {
    const r = (k - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    k = Math.floor((k - 1) / 26);
  }
  return s;
}

/** Longest value text kept in a diagnostic. */
export const MAX_VALUE_LENGTH = 80;

/** Shortens a value for a report: long text is cut in the middle so both ends stay visible. */
export function shorten(value: string, max = MAX_VALUE_LENGTH): string {
  if (value.length <= max) return value;
  const half = Math.floor((max - 1) / 2);
  return `${value.slice(0, half)}…${value.slice(value.length - half)}`;
}

/** Renders any JSON value as short text for a report. */
export function valueText(value: unknown): string {
  if (typeof value === 'string') return shorten(value);
  if (value === undefined) return '';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    // Too deep or cyclic to print: say what it is rather than fail.
    text = Array.isArray(value) ? '[…]' : typeof value === 'object' && value !== null ? '{…}' : typeof value;
  }
  return shorten(text);
}
