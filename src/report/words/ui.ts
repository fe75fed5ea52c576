/**
 * Swedish and English words for the parts of a report that are not diagnostics (headings, counts).
 * A count is a template (`{n} {n|rad|rader}`), said with `uiSay(key, lang, { n })`.
 */
import type { Lang, Templates } from './template.js';
import { say } from './template.js';

export const UI = {
  spec: { sv: 'specifikation', en: 'spec' },
  // A spec's status (x-status): its word, and what it means.
  status_verified: { sv: 'verifierad', en: 'verified' },
  status_partial: { sv: 'delvis', en: 'partial' },
  status_reconstructed: { sv: 'rekonstruerad', en: 'reconstructed' },
  status_note_verified: { sv: 'kontrollerad mot den officiella specifikationen', en: 'checked against the official spec' },
  status_note_partial: { sv: 'byggd från utkast eller publicerade data, inte kontrollerad mot den slutliga officiella versionen', en: 'built from a draft or published data, not checked against the final official version' },
  status_note_reconstructed: { sv: 'inte den officiella modellen', en: 'not the official model' },
  chosen_auto: { sv: 'vald automatiskt efter kolumnnamnen (de stämmer till {share})', en: 'chosen automatically from the column names ({share} match)' },
  check_official: { sv: 'jämför med den officiella specifikationen på {url}', en: 'compare with the official spec at {url}' },
  official_at: { sv: 'den officiella specifikationen finns på {url}', en: 'the official spec is at {url}' },
  row: { sv: 'rad', en: 'row' },
  n_rows: { sv: '{n} {n|rad|rader}', en: '{n} {n|row|rows}' },
  // A percentage as the language writes it: Swedish puts a (non-breaking) space before %.
  percent: { sv: '{n}\u00a0%', en: '{n}%' },
  n_times: { sv: '{n} {n|gång|gånger}', en: '{n} {n|time|times}' },
  eg_rows: { sv: 't.ex. raderna', en: 'e.g. rows' },
  cell: { sv: 'cell', en: 'cell' },
  eg_cells: { sv: 't.ex. cellerna', en: 'e.g. cells' },
  header: { sv: 'rubrikraden', en: 'header' },
  error: { sv: 'fel', en: 'error' },
  warning: { sv: 'varning', en: 'warning' },
  info: { sv: 'upplysning', en: 'note' },
  n_errors: { sv: '{n} fel', en: '{n} {n|error|errors}' },
  n_warnings: { sv: '{n} {n|varning|varningar}', en: '{n} {n|warning|warnings}' },
  n_infos: { sv: '{n} {n|upplysning|upplysningar}', en: '{n} {n|note|notes}' },
  in_rows: { sv: 'i {n} {n|rad|rader}', en: 'in {n} {n|row|rows}' },
  n_rows_ok: { sv: '{n} {n|rad|rader} utan fel', en: '{n} {n|row|rows} without errors' },
  conforms: { sv: 'följer specifikationen', en: 'conforms to the spec' },
  not_conforms: { sv: 'följer inte specifikationen', en: 'does not conform to the spec' },
  unreadable: { sv: 'kunde inte läsas', en: 'could not be read' },
  partial: { sv: 'Alla fynd visas inte', en: 'Not every finding is shown' },
  n_files: { sv: '{n} {n|fil|filer}', en: '{n} {n|file|files}' },
  summary: { sv: 'Sammanfattning', en: 'Summary' },
  n_ok_files: { sv: '{n} {n|godkänd|godkända}', en: '{n} passed' },
  n_failed_files: { sv: '{n} {n|underkänd|underkända}', en: '{n} failed' },
  n_unreadable_files: { sv: '{n} {n|oläsbar|oläsbara}', en: '{n} unreadable' },
  // The conformance score
  // The score's line: its level, the share of rows without errors ({percent}, as `percent` says it) and the structure's word.
  score_line: { sv: 'betyg {level}: {percent} rader utan fel, struktur {structure}', en: 'score {level}: {percent} of rows without errors, structure {structure}' },
  score_title: { sv: 'Betyg', en: 'Score' },
  structure_pass: { sv: 'godkänd', en: 'passed' },
  structure_warn: { sv: 'med varningar', en: 'with warnings' },
  structure_fail: { sv: 'underkänd', en: 'failed' },
  // Report headings and labels (HTML, Markdown)
  report_title: { sv: 'datakoll-rapport', en: 'datakoll report' },
  run_at: { sv: 'Körd', en: 'Run at' },
  tool: { sv: 'Verktyg', en: 'Tool' },
  input_format: { sv: 'Filtyp', en: 'File type' },
  dialect: { sv: 'Så är filen skriven', en: 'How the file is written' },
  sheet: { sv: 'Bladet som lästes', en: 'The sheet read' },
  dialect_not_detected: { sv: 'kunde inte avgöras', en: 'could not be told' },
  dialect_csv_only: { sv: 'gäller bara CSV', en: 'applies to CSV only' },
  spec_title: { sv: 'Specifikation', en: 'Spec' },
  status_title: { sv: 'Status', en: 'Status' },
  spec_file: { sv: 'Specifikationsfil', en: 'Spec file' },
  spec_bundled: { sv: 'medföljer datakoll', en: 'bundled with datakoll' },
  spec_own: { sv: 'egen fil', en: 'your own file' },
  spec_hash: { sv: 'Kontrollsumma (SHA-256)', en: 'Checksum (SHA-256)' },
  official_spec: { sv: 'Officiell specifikation', en: 'Official specification' },
  findings: { sv: 'Fynd', en: 'Findings' },
  findings_per_column: { sv: 'Fynd per kolumn', en: 'Findings per column' },
  listed_findings: { sv: 'Alla listade fynd', en: 'All listed findings' },
  no_findings: { sv: 'Inga fynd.', en: 'No findings.' },
  whole_file: { sv: '(hela filen)', en: '(whole file)' },
  all: { sv: 'alla', en: 'all' },
  severity: { sv: 'Allvarlighetsgrad', en: 'Severity' },
  column: { sv: 'Kolumn', en: 'Column' },
  code: { sv: 'Kod', en: 'Code' },
  count: { sv: 'Antal', en: 'Count' },
  examples: { sv: 'Exempel', en: 'Examples' },
  message: { sv: 'Meddelande', en: 'Message' },
  position: { sv: 'Plats', en: 'Position' },
  sheet_title: { sv: 'Blad', en: 'Sheet' },
  row_title: { sv: 'Rad', en: 'Row' },
  column_letter_title: { sv: 'Kolumn', en: 'Column' },
  pointer_title: { sv: 'JSON Pointer', en: 'JSON Pointer' },
  attribute_title: { sv: 'Attribut', en: 'Attribute' },
  /** The findings table's last column: the command that explains a finding's code. */
  explain_title: { sv: 'Mer om koden', en: 'More about the code' },
  value: { sv: 'Värde', en: 'Value' },
  shown: { sv: 'visas', en: 'shown' },
  result: { sv: 'Resultat', en: 'Result' },
  file_title: { sv: 'Fil', en: 'File' },
  rows_title: { sv: 'Rader', en: 'Rows' },
  errors_title: { sv: 'Fel', en: 'Errors' },
  warnings_title: { sv: 'Varningar', en: 'Warnings' },
  infos_title: { sv: 'Upplysningar', en: 'Notes' },
  rows_ok_title: { sv: 'Rader utan fel', en: 'Rows without errors' },
  more_in_report: { sv: '{n} fynd till finns i den fullständiga rapporten', en: '{n} more {n|finding|findings} in the full report' },
  progress_reading: { sv: 'läser', en: 'reading' },
  thread_fallback: {
    sv: 'en arbetstråd klarade inte {file} ({reason}); filen lästes om i en enda tråd, med samma resultat men långsammare',
    en: 'a worker thread failed on {file} ({reason}); the file was read again on one thread: the same result, more slowly',
  },
  threads_lowered: {
    sv: '{threads} trådar är fler än fyra per processor; datakoll använder {max} (fler ger bara mer minne, inte mer fart)',
    en: '{threads} threads are more than four per processor; datakoll uses {max} (more only take more memory, not more speed)',
  },
} as const satisfies Record<string, Templates>;

export type UiKey = keyof typeof UI;

/** A UI word in a language. */
export function ui(key: UiKey, lang: Lang): string {
  return UI[key][lang];
}

/** A UI template in a language, its parameters filled (a count: `{ n }`). */
export function uiSay(key: UiKey, lang: Lang, params: Readonly<Record<string, unknown>>): string {
  return say(UI[key], lang, params);
}
