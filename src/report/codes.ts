/** The one catalogue of diagnostic codes: severity, where the finding sits, and the parameters it supplies. */

export type Severity = 'error' | 'warning' | 'info';

/** Where a finding points: the whole file, the header row, one row, or one cell. */
export type Scope = 'file' | 'header' | 'row' | 'cell';

export interface CodeInfo {
  readonly severity: Severity;
  readonly scope: Scope;
  /** Names of the message parameters the code always supplies. */
  readonly params: readonly string[];
}

/**
 * Every code datakoll can report. Codes are stable kebab-case ids: they are part of the JSON
 * report contract, so rename one only with a new report version.
 */
export const CODES = {
  // File level
  'file-unreadable': { severity: 'error', scope: 'file', params: ['reason'] },
  'file-empty': { severity: 'error', scope: 'file', params: [] },
  'csv-malformed': { severity: 'error', scope: 'row', params: ['reason'] },
  'json-syntax': { severity: 'error', scope: 'file', params: ['reason'] },
  'json-not-records': { severity: 'error', scope: 'file', params: ['found'] },
  'max-errors-reached': { severity: 'info', scope: 'file', params: ['max'] },
  'unique-check-stopped': { severity: 'info', scope: 'file', params: ['max'] },
  // Header row
  'header-missing-column': { severity: 'error', scope: 'header', params: [] },
  'header-missing-optional-columns': { severity: 'info', scope: 'header', params: ['columns', 'count'] },
  'header-unknown-column': { severity: 'error', scope: 'header', params: [] },
  'header-duplicate-column': { severity: 'error', scope: 'header', params: ['first'] },
  'header-empty-column': { severity: 'error', scope: 'header', params: [] },
  'header-column-order': { severity: 'warning', scope: 'header', params: ['expected', 'after'] },
  // Row level
  'row-blank': { severity: 'warning', scope: 'row', params: [] },
  'row-too-many-cells': { severity: 'error', scope: 'row', params: ['expected', 'found'] },
  'row-too-few-cells': { severity: 'error', scope: 'row', params: ['expected', 'found'] },
  'record-not-object': { severity: 'error', scope: 'row', params: ['found'] },
  'unique-duplicate': { severity: 'error', scope: 'cell', params: ['firstRow'] },
  // Cell level: coercion (CSV text that is not of the attribute's type)
  'invalid-integer': { severity: 'error', scope: 'cell', params: [] },
  'invalid-number': { severity: 'error', scope: 'cell', params: [] },
  'invalid-boolean': { severity: 'error', scope: 'cell', params: [] },
  'invalid-date': { severity: 'error', scope: 'cell', params: [] },
  'invalid-date-time': { severity: 'error', scope: 'cell', params: [] },
  'invalid-time': { severity: 'error', scope: 'cell', params: [] },
  'invalid-uri': { severity: 'error', scope: 'cell', params: [] },
  'invalid-email': { severity: 'error', scope: 'cell', params: [] },
  'invalid-format': { severity: 'error', scope: 'cell', params: ['format'] },
  // Cell level: JSON Schema keywords
  'required-missing': { severity: 'error', scope: 'cell', params: [] },
  'wrong-type': { severity: 'error', scope: 'cell', params: ['expected', 'found'] },
  'not-in-enum': { severity: 'error', scope: 'cell', params: ['allowed'] },
  'not-const': { severity: 'error', scope: 'cell', params: ['allowed'] },
  'pattern-mismatch': { severity: 'error', scope: 'cell', params: ['pattern'] },
  'too-short': { severity: 'error', scope: 'cell', params: ['limit'] },
  'too-long': { severity: 'error', scope: 'cell', params: ['limit'] },
  'below-minimum': { severity: 'error', scope: 'cell', params: ['limit'] },
  'above-maximum': { severity: 'error', scope: 'cell', params: ['limit'] },
  'too-few-items': { severity: 'error', scope: 'cell', params: ['limit'] },
  'too-many-items': { severity: 'error', scope: 'cell', params: ['limit'] },
  'duplicate-items': { severity: 'error', scope: 'cell', params: [] },
  'unknown-property': { severity: 'error', scope: 'cell', params: [] },
  'schema-violation': { severity: 'error', scope: 'cell', params: ['keyword', 'detail'] },
} as const satisfies Record<string, CodeInfo>;

export type Code = keyof typeof CODES;

/** All codes, in catalogue order. */
export const ALL_CODES = Object.keys(CODES) as Code[];

export function codeInfo(code: Code): CodeInfo {
  return CODES[code];
}
