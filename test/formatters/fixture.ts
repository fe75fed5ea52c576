/** Report fixtures for the formatter tests: a realistic run, and one full of hostile values. */
import type { Diagnostic, FileReport, RunReport, SpecRef } from '../../src/report/index.js';
import { scoreFile, scoreRun, summarize } from '../../src/report/index.js';
import { Collector } from '../../src/engine/index.js';

export const SPEC: SpecRef = { id: 'badplatser', version: '1.0', title: { sv: 'Badplatser', en: 'Bathing sites' }, status: 'partial', officialUrl: 'https://dataportal.se/specifications/badplatser/1.0', file: 'specs/badplatser/1.0.json', sha256: 'ab'.repeat(32), bundled: true };

/** A file report built the way the engine builds one: through a Collector. */
export function fileReport(name: string, ds: Diagnostic[], rows: number, extra: Partial<FileReport> = {}): FileReport {
  const c = new Collector(1000);
  c.stats.rows = rows;
  for (const d of ds) c.add(d);
  const unreadable = extra.unreadable ?? false;
  const groups = c.sortedGroups();
  return {
    file: name,
    format: 'csv',
    spec: SPEC,
    valid: c.stats.errors === 0 && !unreadable,
    partial: false,
    unreadable,
    stats: c.stats,
    diagnostics: c.diagnostics,
    groups,
    score: scoreFile({ stats: c.stats, groups, unreadable }),
    durationMs: 12,
    ...extra,
  };
}

export function runReport(files: FileReport[]): RunReport {
  return { reportVersion: 1, tool: { name: 'datakoll', version: '0.0.0-test' }, startedAt: '2026-01-01T00:00:00.000Z', files, summary: summarize(files), score: scoreRun(files) };
}

export const cell = (row: number, field: string, column: number, value: string, code: Diagnostic['code'] = 'pattern-mismatch'): Diagnostic => ({
  code,
  severity: 'error',
  row,
  line: row,
  column,
  columnLetter: String.fromCharCode(64 + column),
  field,
  value,
  params: code === 'pattern-mismatch' ? { pattern: '^[1-9][0-9]{2} ?[0-9]{2}$' } : {},
});

/** The run the golden files show: one failing CSV file and one conforming file. */
export function sampleReport(): RunReport {
  return runReport([
    fileReport('badplatser.csv', [cell(3, 'postcode', 11, '4123'), cell(7, 'postcode', 11, '41'), cell(12, 'postcode', 11, 'x'), cell(4, 'toilet', 15, 'ja', 'invalid-boolean'), { code: 'row-blank', severity: 'warning', row: 9, line: 9, params: {} }], 20),
    fileReport('ok.csv', [], 5),
  ]);
}

/** A richer run: header findings, JSON pointers, a file that could not be read. */
export function mixedReport(): RunReport {
  const header: Diagnostic = { code: 'header-unknown-column', severity: 'error', row: 1, line: 1, column: 3, columnLetter: 'C', field: 'extra', params: {} };
  const order: Diagnostic = { code: 'header-column-order', severity: 'warning', row: 1, line: 1, column: 2, columnLetter: 'B', field: 'name', params: { expected: 'id, name', after: 'lat' } };
  const json: Diagnostic = { code: 'wrong-type', severity: 'error', row: 2, line: 4, field: 'lat', pointer: '/1/lat', value: '"57"', params: { expected: 'number', found: 'string' } };
  return runReport([
    fileReport('a.csv', [header, order, cell(2, 'id', 1, '1x', 'invalid-integer')], 10),
    fileReport('b.json', [json], 3, { format: 'json' }),
    fileReport('missing.csv', [{ code: 'file-unreadable', severity: 'error', params: { reason: 'no such file' } }], 0, { unreadable: true }),
  ]);
}

/** Values that try to break out of every format's quoting. */
export const HOSTILE = [
  '<script>window.__pwned=1</script>',
  '</script><script>window.__pwned=1</script>',
  '<img src=x onerror=window.__pwned=1>',
  ']]><x>&amp;"quoted" \'single\'',
  'ctl\u0000\u0001\u0008\u000b\u001b[31mred\u001b[0m\u007f',
  'line1\r\nline2\n::error file=x::injected',
  '100%, a:b `code` *bold* | pipe [link](javascript:alert(1)) <!-- c -->',
  'lone \ud800 surrogate \ufffe',
  // Terminal and CI log injection: clear the screen, start a workflow command, 8-bit CSI, text turned around.
  'title\u001b[2J\n::error::pwned\u009b31m\u202eevil\u2028next',
];

/** A spec whose every text (title, URL, file) is hostile: specs are data from anyone. */
export const HOSTILE_SPEC: SpecRef = {
  ...SPEC,
  id: 'evil',
  title: { sv: `Titel ${HOSTILE[8] as string}`, en: `Title ${HOSTILE[8] as string}` },
  officialUrl: `https://dataportal.se/${HOSTILE[8] as string}`,
  file: `/specs/evil${HOSTILE[5] as string}.json`,
  bundled: false,
};

/** A run whose every data value (file name, field names, cell values, parameters) is hostile. */
export function hostileReport(): RunReport {
  const ds: Diagnostic[] = HOSTILE.map((v, i) => ({ ...cell(i + 2, `f${i}${v}`, i + 1, v, 'not-in-enum'), params: { allowed: v } }));
  ds.push({ code: 'header-unknown-column', severity: 'error', row: 1, line: 1, column: 9, columnLetter: 'I', field: HOSTILE[0] as string, params: {} });
  // A JSON Pointer names the data's own keys.
  ds.push({ code: 'wrong-type', severity: 'error', row: 3, line: 5, field: HOSTILE[8] as string, pointer: `/0/${HOSTILE[8] as string}`, value: HOSTILE[4] as string, params: { expected: 'number', found: 'string' } });
  return runReport([
    fileReport(`evil${HOSTILE[1]}${HOSTILE[5]}${HOSTILE[8]}.csv`, ds, 12, { spec: HOSTILE_SPEC, dialect: { encoding: 'windows-1252', bom: false, delimiter: '\u001b', quote: '"', lineEnding: 'CRLF', encodingConfidence: 'likely' } }),
    fileReport(`b${HOSTILE[8]}.json`, [ds[ds.length - 1] as Diagnostic], 2, { format: 'json', spec: HOSTILE_SPEC }),
  ]);
}
