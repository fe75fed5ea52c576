/**
 * The change log of `datakoll fix` as text for people, in Swedish or English. Column names,
 * cells and details come from the data: their control characters are shown (printable), so the
 * log cannot move the cursor of a terminal or start a command in a CI log.
 */
import type { Lang } from '../report/index.js';
import { ENCODING_LABELS, FIX_COUNTED_WORDS, FIX_FILE_WORDS, FIX_KIND_WORDS, FIX_LOG_WORDS, printable as p, renderMessage, say } from '../report/index.js';
import type { FileChangeKind, FixKind, FixResult, Unfixed } from './result.js';

// Every kind of file change and of fix has its words.
const FILE_WORDS: Readonly<Record<FileChangeKind, Readonly<Record<Lang, string>>>> = FIX_FILE_WORDS;
const FIX_WORDS: Readonly<Record<FixKind, Readonly<Record<Lang, string>>>> = FIX_KIND_WORDS;
const T = FIX_LOG_WORDS;
const COUNTED = FIX_COUNTED_WORDS;

/** A count and its word, in the language's plural. */
function counted(n: number, word: keyof typeof COUNTED, lang: Lang, params: Record<string, string> = {}): string {
  return say(COUNTED[word], lang, { ...params, n });
}

/** A file change's detail as people read it: encodings by the names reports use ("Windows-1252 -> UTF-8"). */
function detailText(kind: FileChangeKind, detail: string): string {
  if (kind !== 'encoding') return detail;
  return detail
    .split(' -> ')
    .map((e) => (Object.hasOwn(ENCODING_LABELS, e) ? ENCODING_LABELS[e as keyof typeof ENCODING_LABELS] : e))
    .join(' -> ');
}

/** Whether the log says nothing changed: then the output is the input, byte for byte (test/fix/property.test.ts). */
export function nothingChanged(r: FixResult): boolean {
  return r.fileChanges.length === 0 && r.cellChanges.length === 0 && r.blankRows === 0;
}

/** How many of the errors left the log shows. */
export const LOG_UNFIXED = 20;

/** The log as lines of text; `all` lists every error kept in the result, not the first LOG_UNFIXED. */
export function formatFixLog(r: FixResult, lang: Lang, options: { all?: boolean } = {}): string {
  const row = r.format === 'csv' ? T.row[lang] : T.record[lang];
  const out: string[] = r.sheet === undefined ? [] : [say(T.sheet, lang, { sheet: p(r.sheet) })];
  out.push(`${T.title[lang]}:`);
  for (const c of r.fileChanges) {
    const rows = c.rows === undefined ? '' : `: ${counted(c.rows.count, 'row', lang)} (${counted(c.rows.count, 'rowList', lang, { rows: `${c.rows.first.join(', ')}${c.rows.count > c.rows.first.length ? ', …' : ''}` })})`;
    out.push(`  ${FILE_WORDS[c.kind][lang]}${c.detail === '' ? '' : `: ${p(detailText(c.kind, c.detail))}`}${rows}`);
  }
  for (const c of r.cellChanges) {
    const eg = c.examples.map((e) => `${row} ${e.row} '${p(e.from)}' -> '${p(e.to)}'`).join(', ');
    out.push(`  ${p(c.column)}: ${FIX_WORDS[c.kind][lang]}, ${counted(c.count, 'cell', lang)} (${eg})`);
  }
  if (nothingChanged(r)) out.push(`  ${T.none[lang]}`);
  out.push(`  ${counted(r.rows, r.format === 'csv' ? 'rowsWritten' : 'recordsWritten', lang)}${r.blankRows > 0 ? `, ${counted(r.blankRows, 'blank', lang)}` : ''}`);
  if (r.unfixedCount > 0) {
    out.push(`${T.unfixed[lang]}: ${r.unfixedCount}`);
    const shown = options.all === true ? r.unfixed : r.unfixed.slice(0, LOG_UNFIXED);
    for (const u of shown) out.push(`  ${unfixedLine(u, row, lang)}`);
    if (r.unfixedCount > shown.length) out.push(`  ${counted(r.unfixedCount - shown.length, 'more', lang)}`);
  }
  return `${out.join('\n')}\n`;
}

/** One error left: where it is, the value, and the finding's own message. */
function unfixedLine(u: Unfixed, row: string, lang: Lang): string {
  const where = u.row === 0 ? T.file[lang] : `${row} ${u.row}${u.column === '' ? '' : ` ${u.column}`}`;
  const value = u.value === '' || u.value === u.column ? '' : ` '${u.value}'`;
  const message = renderMessage(u.code, lang, { ...u.params, field: u.column, value: u.value });
  // Column names, values and messages come from the data and the spec: nothing in them may act on a terminal.
  return p(`${where}${value}: ${message} [${u.code}]`);
}
