/**
 * The words of a report about a JSON file, whose units are records (Swedish "poster"), not rows:
 * each stands in for the UI word of the same key (ui.ts) when the file read is JSON or JSON Lines.
 */
import type { Lang, Templates } from './template.js';
import { say } from './template.js';
import type { UiKey } from './ui.js';
import { UI } from './ui.js';

export const RECORD_WORDS = {
  row: { sv: 'post', en: 'record' },
  n_rows: { sv: '{n} {n|post|poster}', en: '{n} {n|record|records}' },
  eg_rows: { sv: 't.ex. posterna', en: 'e.g. records' },
  in_rows: { sv: 'i {n} {n|post|poster}', en: 'in {n} {n|record|records}' },
  n_rows_ok: { sv: '{n} {n|post|poster} utan fel', en: '{n} {n|record|records} without errors' },
  score_line: { sv: 'betyg {level}: {percent} poster utan fel, struktur {structure}', en: 'score {level}: {percent} of records without errors, structure {structure}' },
  rows_title: { sv: 'Poster', en: 'Records' },
  rows_ok_title: { sv: 'Poster utan fel', en: 'Records without errors' },
  row_title: { sv: 'Post', en: 'Record' },
} as const satisfies Partial<Record<UiKey, Templates>>;

/** Where something is, said before its number: on a row (of CSV, a workbook; no unit given), or in a record (of JSON). */
export const UNIT_WORDS: Readonly<Record<string, Templates>> = { '': { sv: 'på rad', en: 'on row' }, record: { sv: 'i post', en: 'in record' } };

/** A UI template, said of records instead of rows when `records` is true (a JSON file). */
export function unitSay(key: UiKey, lang: Lang, records: boolean, params: Readonly<Record<string, unknown>> = {}): string {
  const entry: Templates = records && Object.hasOwn(RECORD_WORDS, key) ? RECORD_WORDS[key as keyof typeof RECORD_WORDS] : UI[key];
  return say(entry, lang, params);
}
