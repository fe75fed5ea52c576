/**
 * Text and JSON output of `specs list`, `specs show` and `specs diff`. Everything a spec says
 * comes from its author, so text shows control characters (printable) and JSON holds none raw.
 */
import type { SpecChange } from '../authoring/index.js';
import { datatypeText } from '../authoring/datatype.js';
import type { Attribute, Spec } from '../registry/index.js';
import type { Lang } from '../report/index.js';
import { PROVENANCE_WORDS, SPEC_CHANGE_WORDS, SPEC_RULE_WORDS, SPEC_WORDS, say, ui } from '../report/index.js';
import { attributeRules } from './spec-rules.js';
import { jsonText, printable } from '../formatters/shared.js';

type Word = keyof typeof SPEC_WORDS;

function table(cells: readonly (readonly string[])[]): string {
  const rows = cells.map((r) => r.map(printable));
  const widths = rows[0]?.map((_c, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ')).join('\n');
}

/** `specs list`: id, version, status, rank and title of every spec. */
export function formatSpecList(specs: readonly Spec[], format: 'text' | 'json', lang: Lang): string {
  if (format === 'json') {
    const out = specs.map((s) => ({ id: s.id, version: s.version, title: s.title, status: s.status, rank: s.rank ?? null, officialUrl: s.officialUrl ?? null, file: s.file, bundled: s.bundled }));
    return `${jsonText(out, 2)}\n`;
  }
  const w = (k: Word): string => SPEC_WORDS[k][lang];
  const rows = [[w('id'), w('version'), w('status'), w('rank'), w('title')], ...specs.map((s) => [s.id, s.version, ui(`status_${s.status}`, lang), s.rank === undefined ? '-' : String(s.rank), s.title[lang]])];
  return `${table(rows)}\n`;
}

/** `specs show`: the spec's metadata, an honest status line, and the attribute table. */
export function formatSpecShow(spec: Spec, format: 'text' | 'json', lang: Lang): string {
  if (format === 'json') return `${jsonText(spec.schema, 2)}\n`;
  const w = (k: Word): string => SPEC_WORDS[k][lang];
  const p = printable;
  const status = `${ui(`status_${spec.status}`, lang)} (${ui(`status_note_${spec.status}`, lang)})`;
  const lines = [`${p(spec.title[lang])} (${p(`${spec.id} ${spec.version}`)})`, `${w('status')}: ${status}`];
  if (spec.statusNote !== undefined) lines.push(p(spec.statusNote[lang]));
  if (spec.status === 'reconstructed') lines.push(w('reconstructionWarning'));
  if (spec.officialUrl !== undefined) lines.push(`${w('official')}: ${p(spec.officialUrl)}`);
  if (spec.records !== undefined) lines.push(`${w('records')}: ${p(spec.records.pointer)}`);
  if (spec.uniqueKey.length > 0) lines.push(`${w('uniqueKey')}: ${p(spec.uniqueKey.join(' + '))}`);
  lines.push(`${w('license')}: ${p(spec.license)}`, `${w('file')}: ${p(spec.file)}`, '', ...sourceLines(spec, lang));
  const rows = [
    ['#', w('attribute'), w('type'), w('mandatory'), w('provenance'), w('description')],
    ...spec.attributes.map((a, i) => [String(i + 1), a.name, datatypeText(a, lang), a.required ? w('yes') : w('no'), provenanceText(a, lang), a.description[lang]]),
  ];
  lines.push(table(rows), '', `${SPEC_RULE_WORDS.heading[lang]}:`, ...spec.attributes.map((a) => p(`  ${a.name}: ${attributeRules(a, datatypeText(a, lang), lang).join('; ')}`)), '', w('provenanceLegend'));
  return `${lines.join('\n')}\n`;
}

/**
 * The named sources the spec was built from (x-source): each one's name, what it is in the
 * language, and its address. An x-source of one text is in one language, and is not shown.
 */
function sourceLines(spec: Spec, lang: Lang): string[] {
  const named = spec.sources.filter((x) => x.id !== undefined);
  if (named.length === 0) return [];
  const line = (x: Spec['sources'][number]): string => printable(`  ${x.id ?? ''}: ${x.what[lang]}${x.url !== undefined ? ` (${x.url})` : ''}`);
  return [`${SPEC_WORDS.sources[lang]}:`, ...named.map(line), ''];
}

/** Where an attribute comes from, with the sources it was seen in. */
function provenanceText(a: Attribute, lang: Lang): string {
  return a.seenIn === undefined ? PROVENANCE_WORDS[a.provenance][lang] : say(SPEC_WORDS.seenIn, lang, { sources: a.seenIn.join(', ') });
}

// Every kind of change has its words.
const CHANGE_WORDS: Readonly<Record<SpecChange['kind'] | 'none', Readonly<Record<Lang, string>>>> = SPEC_CHANGE_WORDS;

/** `specs diff`: one line per change, or JSON. */
export function formatDiff(a: Spec, b: Spec, changes: readonly SpecChange[], format: 'text' | 'json', lang: Lang): string {
  if (format === 'json') return `${jsonText({ a: { id: a.id, version: a.version, file: a.file }, b: { id: b.id, version: b.version, file: b.file }, changes }, 2)}\n`;
  const head = printable(`${a.id}@${a.version} (${a.file}) -> ${b.id}@${b.version} (${b.file})`);
  if (changes.length === 0) return `${head}\n  ${SPEC_WORDS.noDifferences[lang]}\n`;
  // The words' column as wide as its longest word, and a space (a longer word ran into the name).
  const width = Math.max(...changes.map((c) => CHANGE_WORDS[c.kind][lang].length)) + 1;
  const lines = changes.map((c) => {
    const word = CHANGE_WORDS[c.kind][lang].padEnd(width);
    if (c.kind === 'renamed') return `  ${word}${printable(`${c.from} -> ${c.to}`)}`;
    if (c.kind === 'retyped') return `  ${word}${printable(`${c.to}: ${c.fromType} -> ${c.toType}`)}`;
    const none = CHANGE_WORDS.none[lang];
    if (c.fromRule !== undefined) return `  ${word}${printable(`${c.kind === 'reordered' ? '' : `${c.to}: `}${c.fromRule || none} -> ${c.toRule || none}`)}`;
    return `  ${word}${printable(c.to ?? c.from ?? '')}`;
  });
  return `${head}\n${lines.join('\n')}\n`;
}
