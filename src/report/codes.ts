/** The one catalogue of diagnostic codes: severity, where the finding sits, and the parameters it supplies. */

export type Severity = 'error' | 'warning' | 'info';

/** Where a finding points: the whole file, the header row, one row, or one cell. */
export type Scope = 'file' | 'header' | 'row' | 'cell';

export interface CodeInfo {
  readonly severity: Severity;
  readonly scope: Scope;
  /** Names of the message parameters the code always supplies. */
  readonly params: readonly string[];
  /**
   * For a code with a `reason` parameter whose values are tokens: every token it may supply.
   * The message catalogue holds a phrase for each (REASONS), so a report says exactly what is wrong.
   */
  readonly reasons?: readonly string[];
  /** `datakoll fix` repairs every finding of the code by itself (report/fixable.ts; test/report/fixable.test.ts holds fix to it). */
  readonly fixable?: true;
}

/**
 * Every code datakoll can report. Codes are stable kebab-case ids: they are part of the JSON
 * report contract, so rename one only with a new report version.
 */
export const CODES = {
  // File level
  // The reason is a token for the system's error (api/source.ts: reasonOf); `other` comes with the
  // system's own name of the error as `detail`, which the other reasons do not supply.
  'file-unreadable': {
    severity: 'error',
    scope: 'file',
    params: ['reason', 'detail'],
    reasons: ['not-found', 'permission', 'folder', 'symlink-loop', 'device-limit', 'not-folder', 'name-too-long', 'too-many-open', 'read-error', 'busy', 'no-device', 'no-stdin', 'out-of-memory', 'other'],
  },
  // The kind of file it is instead of text (a token of binaryKindOf in src/input/binary.ts).
  'file-binary': { severity: 'error', scope: 'file', params: ['reason'], reasons: ['ods', 'xls', 'zip', 'gzip', 'bzip2', 'xz', '7z', 'zstd', 'pdf', 'png', 'jpeg', 'gif', 'utf-32', 'binary'] },
  // A workbook (src/input/workbook/) that cannot be read, the sheet --sheet names, the sheet read.
  'workbook-unreadable': { severity: 'error', scope: 'file', params: ['reason'], reasons: ['corrupt', 'too-large', 'encrypted', 'no-workbook', 'no-sheets', 'bad-xml', 'not-a-file'] },
  'workbook-sheet-missing': { severity: 'error', scope: 'file', params: ['sheet', 'sheets', 'count'] },
  'workbook-sheet-read': { severity: 'info', scope: 'file', params: ['sheet', 'count', 'others'] },
  'workbook-merged-cells': { severity: 'warning', scope: 'file', params: ['ranges', 'count'] },
  'workbook-hidden': { severity: 'info', scope: 'file', params: ['rows', 'columns'] },
  'workbook-cell-error': { severity: 'error', scope: 'cell', params: ['error'] },
  'workbook-formula-no-value': { severity: 'error', scope: 'cell', params: [] },
  // What the empty file should have held: a CSV header row, or a JSON value.
  'file-empty': { severity: 'error', scope: 'file', params: ['reason'], reasons: ['csv', 'json', 'sheet'] },
  // A web address that could not be read (the detail is a limit, an address or the server's answer).
  'remote-unreadable': {
    severity: 'error',
    scope: 'file',
    params: ['reason', 'detail'],
    reasons: ['address', 'scheme', 'http', 'private', 'not-public', 'no-answer', 'connect', 'redirects', 'status', 'html', 'too-large', 'silence', 'deadline', 'broken', 'encoding'],
  },
  'csv-malformed': { severity: 'error', scope: 'row', params: ['reason'], reasons: ['quote-not-closed', 'record-too-large', 'quote-kept-as-text'] },
  // found: the character where reading stopped, quoted ('x'), or empty at the end of the text.
  'json-syntax': {
    severity: 'error',
    scope: 'file',
    params: ['reason', 'found', 'line', 'column'],
    reasons: [
      'after-end',
      'line-holds-more',
      'line-ends-in-value',
      'line-break-in-text',
      'expected-comma-or-bracket',
      'expected-comma-or-brace',
      'expected-name',
      'expected-colon',
      'expected-value',
      'trailing-comma',
      'trailing-comma-in-object',
      'unexpected',
      'text-not-closed',
      'control-character',
      'bad-escape',
      'bad-unicode-escape',
      'nested-too-deeply',
      'truncated-value',
      'truncated-array',
      'truncated-object',
      'record-too-large',
    ],
  },
  'json-not-records': { severity: 'error', scope: 'file', params: ['found'] },
  // lists: the JSON Pointers of the lists that could be the records ("/results, /items"); checked: the one read.
  'json-records-ambiguous': { severity: 'error', scope: 'file', params: ['lists', 'checked'] },
  'json-records-twice': { severity: 'error', scope: 'file', params: ['pointer'] },
  'json-duplicate-key-outside': { severity: 'error', scope: 'file', params: ['pointer'] },
  'file-no-records': { severity: 'error', scope: 'file', params: [] },
  'json-duplicate-key': { severity: 'error', scope: 'cell', params: [] },
  'json-number-too-precise': { severity: 'error', scope: 'cell', params: [] },
  'json-number-out-of-range': { severity: 'error', scope: 'cell', params: [] },
  'max-errors-reached': { severity: 'info', scope: 'file', params: ['max'] },
  // Encoding and CSV dialect: each reported once per file
  // reason: the file's format (csv, json), whose words the advice is in.
  'encoding-not-utf8': { severity: 'error', scope: 'file', params: ['encoding', 'reason'], reasons: ['csv', 'json'], fixable: true },
  'encoding-bom': { severity: 'warning', scope: 'file', params: ['reason'], reasons: ['csv', 'json'], fixable: true },
  'encoding-uncertain': { severity: 'error', scope: 'file', params: ['encoding', 'candidates', 'reason'], reasons: ['csv', 'json'] },
  'encoding-mixed': { severity: 'error', scope: 'file', params: ['encoding'] },
  'encoding-given-contradicted': { severity: 'error', scope: 'file', params: ['encoding', 'word', 'misread'] },
  'encoding-invalid-utf8': { severity: 'error', scope: 'row', params: [] },
  'dialect-delimiter': { severity: 'error', scope: 'file', params: ['delimiter'], fixable: true },
  'dialect-quote': { severity: 'warning', scope: 'file', params: [] },
  'dialect-line-endings': { severity: 'warning', scope: 'file', params: ['endings'], fixable: true },
  'dialect-line-endings-cr': { severity: 'warning', scope: 'file', params: [], fixable: true },
  'dialect-trailing-delimiter': { severity: 'warning', scope: 'file', params: [], fixable: true },
  'dialect-title-row': { severity: 'error', scope: 'file', params: [], fixable: true },
  'dialect-spaces-around': { severity: 'warning', scope: 'file', params: ['share'], fixable: true },
  // Header row
  'header-missing-column': { severity: 'error', scope: 'header', params: [] },
  'header-missing-optional-columns': { severity: 'info', scope: 'header', params: ['columns', 'count'] },
  'header-unknown-column': { severity: 'error', scope: 'header', params: [] },
  'header-duplicate-column': { severity: 'error', scope: 'header', params: ['first'] },
  'header-empty-column': { severity: 'error', scope: 'header', params: [] },
  'header-column-order': { severity: 'warning', scope: 'header', params: ['expected', 'after'], fixable: true },
  // Row level
  'row-blank': { severity: 'warning', scope: 'row', params: [] },
  'row-too-many-cells': { severity: 'error', scope: 'row', params: ['expected', 'found', 'delimiter'] },
  'row-too-few-cells': { severity: 'error', scope: 'row', params: ['expected', 'found', 'delimiter'] },
  'record-not-object': { severity: 'error', scope: 'row', params: ['found'] },
  // unit: 'record' in JSON, where firstRow is the record's number (not given in CSV).
  'unique-duplicate': { severity: 'error', scope: 'cell', params: ['firstRow', 'unit'] },
  // character: the first control character of the value, as U+0000.
  'control-character': { severity: 'error', scope: 'cell', params: ['character'] },
  // Cell level: coercion (CSV text that is not of the attribute's type) and formats
  // Cell level: the right meaning in the wrong form (read with its meaning, reported with the right form)
  'form-decimal-comma': { severity: 'error', scope: 'cell', params: ['canonical'], fixable: true },
  'form-thousands-separator': { severity: 'error', scope: 'cell', params: ['canonical'], fixable: true },
  'form-boolean-word': { severity: 'error', scope: 'cell', params: ['canonical'], fixable: true },
  'form-date': { severity: 'error', scope: 'cell', params: ['canonical'], fixable: true },
  'form-date-time': { severity: 'error', scope: 'cell', params: ['canonical'], fixable: true },
  'form-placeholder-empty': { severity: 'error', scope: 'cell', params: [], fixable: true },
  'form-spaces-around': { severity: 'error', scope: 'cell', params: ['canonical'], fixable: true },
  'invalid-integer': { severity: 'error', scope: 'cell', params: [] },
  'invalid-number': { severity: 'error', scope: 'cell', params: [] },
  'invalid-boolean': { severity: 'error', scope: 'cell', params: [] },
  'invalid-date': { severity: 'error', scope: 'cell', params: [] },
  // Both readings of 03/04/2024, as YYYY-MM-DD.
  'date-ambiguous': { severity: 'error', scope: 'cell', params: ['dayFirst', 'monthFirst'] },
  'invalid-date-time': { severity: 'error', scope: 'cell', params: [] },
  'invalid-date-or-date-time': { severity: 'error', scope: 'cell', params: ['reason'], reasons: ['form', 'zone'] },
  'invalid-time': { severity: 'error', scope: 'cell', params: [] },
  'invalid-uri': { severity: 'error', scope: 'cell', params: [] },
  'invalid-email': { severity: 'error', scope: 'cell', params: ['reason'], reasons: ['mailto', 'several', 'spaces', 'at', 'local', 'domain'] },
  'invalid-format': { severity: 'error', scope: 'cell', params: ['format'] },
  'invalid-url': { severity: 'error', scope: 'cell', params: ['reason', 'example'], reasons: ['scheme', 'spaces', 'host'] },
  // either ('kommunkod') and example (a municipality code) only where a municipality code is taken too.
  'invalid-organisationsnummer': { severity: 'error', scope: 'cell', params: ['reason', 'either', 'example'], reasons: ['characters', 'length', 'check-digit', 'neither', 'masked'] },
  'invalid-kommunkod': { severity: 'error', scope: 'cell', params: ['reason', 'example'], reasons: ['form', 'lost-zero', 'unknown'] },
  'invalid-lanskod': { severity: 'error', scope: 'cell', params: ['reason', 'example'], reasons: ['form', 'lost-zero', 'unknown'] },
  'invalid-postnummer': { severity: 'error', scope: 'cell', params: ['reason', 'example'], reasons: ['form', 'leading-zero', 'space-expected', 'space-unexpected'] },
  'invalid-telefonnummer': { severity: 'error', scope: 'cell', params: ['reason', 'example'], reasons: ['characters', 'prefix', 'international', 'zero-after-country-code', 'foreign', 'length'] },
  'invalid-wikidata': { severity: 'error', scope: 'cell', params: ['reason', 'example'], reasons: ['url', 'case', 'form'] },
  'invalid-nutskod': { severity: 'error', scope: 'cell', params: ['reason', 'example'], reasons: ['case', 'country', 'form'] },
  // A CSV cell of a list the spec writes as JSON (x-csv-array: json) that is not a JSON list.
  'invalid-json-array': { severity: 'error', scope: 'cell', params: [] },
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
  // Cell level: coordinates (x-coordinates); reported at the latitude attribute
  'coordinates-outside-sweden': { severity: 'error', scope: 'cell', params: ['latitude', 'longitude'] },
  'coordinates-swapped': { severity: 'error', scope: 'cell', params: ['latitude', 'longitude'] },
  'coordinates-projected': { severity: 'error', scope: 'cell', params: ['system', 'latitude', 'longitude'] },
  'coordinates-not-degrees': { severity: 'error', scope: 'cell', params: ['latitude', 'longitude'] },
  'coordinates-imprecise': { severity: 'warning', scope: 'cell', params: ['decimals', 'minimum'] },
  // Rules across fields (x-rules) and the publisher (--publisher)
  'end-before-start': { severity: 'error', scope: 'cell', params: ['start', 'startValue'] },
  'required-with-missing': { severity: 'error', scope: 'cell', params: ['with', 'withValue'] },
  'one-of-required-missing': { severity: 'error', scope: 'row', params: ['fields'] },
  'publisher-mismatch': { severity: 'error', scope: 'cell', params: ['publisher'] },
} as const satisfies Record<string, CodeInfo>;

export type Code = keyof typeof CODES;

/** All codes, in catalogue order. */
export const ALL_CODES = Object.keys(CODES) as Code[];

export function codeInfo(code: Code): CodeInfo {
  return CODES[code];
}

/** The reason tokens a code may supply (never, for a code without them). */
export type ReasonOf<C extends Code> = (typeof CODES)[C] extends { readonly reasons: readonly (infer R extends string)[] } ? R : never;

/** Codes whose `reason` parameter is a token from their `reasons` list. */
export type ReasonCode = { [C in Code]: ReasonOf<C> extends never ? never : C }[Code];
