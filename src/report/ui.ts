/** Swedish and English words for the parts of a report that are not diagnostics (headings, counts). */
import type { Lang } from './messages.js';

export const UI = {
  spec: { sv: 'specifikation', en: 'spec' },
  status_verified: { sv: 'verifierad mot den officiella specifikationen', en: 'verified against the official spec' },
  status_partial: { sv: 'delvis: byggd från utkast eller publicerade data, inte kontrollerad mot den slutliga officiella versionen', en: 'partial: built from a draft or published data, not checked against the final official version' },
  status_reconstructed: { sv: 'rekonstruerad: inte den officiella modellen', en: 'reconstructed: not the official model' },
  chosen_auto: { sv: 'vald automatiskt efter kolumnerna, träffsäkerhet', en: 'chosen automatically from the columns, match' },
  check_official: { sv: 'jämför med den officiella', en: 'check against the official one' },
  row: { sv: 'rad', en: 'row' },
  rows: { sv: 'rader', en: 'rows' },
  times: { sv: 'gånger', en: 'times' },
  eg_rows: { sv: 't.ex. raderna', en: 'e.g. rows' },
  cell: { sv: 'cell', en: 'cell' },
  eg_cells: { sv: 't.ex. cellerna', en: 'e.g. cells' },
  header: { sv: 'rubrikraden', en: 'header' },
  file: { sv: 'filen', en: 'file' },
  error: { sv: 'fel', en: 'error' },
  errors: { sv: 'fel', en: 'errors' },
  warning: { sv: 'varning', en: 'warning' },
  warnings: { sv: 'varningar', en: 'warnings' },
  info: { sv: 'upplysning', en: 'note' },
  infos: { sv: 'upplysningar', en: 'notes' },
  in_rows: { sv: 'i', en: 'in' },
  rows_ok: { sv: 'rader utan fel', en: 'rows without errors' },
  conforms: { sv: 'följer specifikationen', en: 'conforms to the spec' },
  not_conforms: { sv: 'följer inte specifikationen', en: 'does not conform to the spec' },
  unreadable: { sv: 'kunde inte läsas', en: 'could not be read' },
  partial: { sv: 'Listan är avkortad', en: 'The list is cut short' },
  files: { sv: 'filer', en: 'files' },
  summary: { sv: 'Sammanfattning', en: 'Summary' },
  ok_files: { sv: 'godkända', en: 'passed' },
  failed_files: { sv: 'underkända', en: 'failed' },
  unreadable_files: { sv: 'olästa', en: 'unreadable' },
} as const satisfies Record<string, Record<Lang, string>>;

export type UiKey = keyof typeof UI;

/** A UI word in a language. */
export function ui(key: UiKey, lang: Lang): string {
  return UI[key][lang];
}
