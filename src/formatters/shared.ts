/** Helpers every formatter shares: messages, positions, the score line, and escaping for text, XML and HTML. */
import type { Diagnostic, FileStats, FindingGroup, InputFormat, Lang, RunSummary, Score, Severity, SpecStatus, UiKey } from '../report/index.js';
import { percent, printable, renderMessage, ui, uiSay, unicodeEscape, unitSay } from '../report/index.js';

export { printable };

/** INVISIBLE of printable() less C0, which JSON.stringify escapes itself (and whose \n lays out the indented text). */
const RAW_IN_JSON = /[\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/**
 * JSON text in which no character a terminal or log would act on appears raw: JSON.stringify
 * escapes C0 controls but leaves DEL, C1 controls, line separators and direction marks as they
 * are. They can only stand inside strings, where \uXXXX means the same, so the data is unchanged.
 */
export function jsonText(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(RAW_IN_JSON, unicodeEscape);
}

/** A diagnostic's message in a language, from the catalogue. */
export function messageOf(d: Diagnostic, lang: Lang): string {
  return renderMessage(d.code, lang, { ...d.params, field: d.field ?? '', value: d.value ?? '' });
}

/** A group's message: that of its first example, or the bare template when it has none. */
export function groupMessage(g: FindingGroup, lang: Lang): string {
  const first = g.examples[0];
  return first === undefined ? renderMessage(g.code, lang, { field: g.field ?? '' }) : messageOf(first, lang);
}

/**
 * A cell as a spreadsheet names it: K3, or Blad1!K3 on a workbook's sheet (a name with other than
 * letters, digits and _ in quotes, as Excel writes it: 'Mina data'!K3).
 */
export function cellName(d: Diagnostic & { readonly row: number; readonly columnLetter: string }): string {
  const cell = `${d.columnLetter}${d.row}`;
  if (d.sheet === undefined) return cell;
  const sheet = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(d.sheet) ? d.sheet : `'${d.sheet.replace(/'/g, "''")}'`;
  return `${sheet}!${cell}`;
}

/** The spec file a report was checked against and its SHA-256, for people: `Spec file: specs/badplatser/1.0.json, SHA-256 aca2…`. */
export function specFileText(spec: { readonly file: string; readonly sha256: string }, lang: Lang): string {
  return `${ui('spec_file', lang)}: ${spec.file}, SHA-256 ${spec.sha256}`;
}

/** Whether a file's units are records (JSON, JSON Lines), not rows: its report says "post 3", "5 poster". */
export function isRecords(f: { readonly format: InputFormat }): boolean {
  return f.format === 'json' || f.format === 'jsonl';
}

/** Whether every file of a run is JSON: its summary then counts records. */
export function allRecords(files: readonly { readonly format: InputFormat }[]): boolean {
  return files.length > 0 && files.every(isRecords);
}

/**
 * Where a finding is, for people: cell K3 (Blad1!K3 in a workbook), row 9, a JSON file's record
 * and its JSON Pointer (post 3 /2/name), the header, or the whole file.
 */
export function positionText(d: Diagnostic, lang: Lang, records = false): string {
  if (d.row !== undefined && d.columnLetter !== undefined) return cellName({ ...d, row: d.row, columnLetter: d.columnLetter });
  if (d.pointer !== undefined && d.row !== undefined) return `${unitSay('row', lang, true)} ${d.row} ${d.pointer}`;
  if (d.row === 1 && d.pointer === undefined && !records) return ui('header', lang);
  if (d.row !== undefined) return `${unitSay('row', lang, records)} ${d.row}`;
  return ui('whole_file', lang);
}

/** A share as a percentage, written as the language writes it (Swedish puts a space before %). */
export function percentText(share: number, lang: Lang): string {
  return uiSay('percent', lang, { n: percent(share) });
}

/** A count and its word in the language's plural: "1 rad", "2 rader" ("1 post", "2 poster" of a JSON file's `records`). */
export function countText(key: UiKey, n: number, lang: Lang, records = false): string {
  return unitSay(key, lang, records, { n });
}

const SEVERITY_COUNT: Record<Severity, UiKey> = { error: 'n_errors', warning: 'n_warnings', info: 'n_infos' };

/** A count of findings of a severity: "1 varning", "2 errors". */
export function severityCount(severity: Severity, n: number, lang: Lang): string {
  return countText(SEVERITY_COUNT[severity], n, lang);
}

/** "4 fel, 1 varning, 0 upplysningar". */
export function findingCounts(st: Pick<FileStats, 'errors' | 'warnings' | 'infos'>, lang: Lang): string {
  return [severityCount('error', st.errors, lang), severityCount('warning', st.warnings, lang), severityCount('info', st.infos, lang)].join(', ');
}

/** "2 filer (1 godkänd, 1 underkänd, 0 oläsbara)". */
export function filesText(s: RunSummary, lang: Lang): string {
  return `${countText('n_files', s.files, lang)} (${countText('n_ok_files', s.validFiles, lang)}, ${countText('n_failed_files', s.invalidFiles, lang)}, ${countText('n_unreadable_files', s.unreadableFiles, lang)})`;
}

/** A spec's status and what it means: "delvis: byggd från utkast …". */
export function statusText(status: SpecStatus, lang: Lang): string {
  return `${ui(`status_${status}`, lang)}: ${ui(`status_note_${status}`, lang)}`;
}

/** Where the official spec is: to compare with, unless the spec is verified against it. */
export function officialText(status: SpecStatus, url: string, lang: Lang): string {
  return uiSay(status === 'verified' ? 'official_at' : 'check_official', lang, { url });
}

/** "score C: 95% rows without errors, structure pass". */
export function scoreText(score: Score, lang: Lang, records = false): string {
  return unitSay('score_line', lang, records, { level: score.level, percent: percentText(score.rowsOkShare, lang), structure: ui(`structure_${score.structure}`, lang) });
}

/** Characters XML 1.0 forbids anywhere, even escaped (https://www.w3.org/TR/xml/#charsets), lone surrogates included. */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Removes what XML 1.0 cannot hold at all. */
export function stripXmlForbidden(s: string): string {
  return s.replace(XML_FORBIDDEN, '\ufffd');
}

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for XML content and attribute values (quotes included), dropping forbidden characters. */
export function escapeXml(s: string): string {
  return stripXmlForbidden(s).replace(/[&<>"']/g, (c) => XML_ENTITIES[c] as string);
}

/** Escapes text for HTML content and quoted attributes; control characters are shown, not hidden. */
export function escapeHtml(s: string): string {
  return stripXmlForbidden(printable(s)).replace(/[&<>"']/g, (c) => (c === "'" ? '&#39;' : (XML_ENTITIES[c] as string)));
}
