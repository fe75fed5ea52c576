/**
 * Markdown documentation generated from the specs: one page per spec and an index (docs/specs/),
 * in the run's language from the catalogue's words (report/words/docs.ts). The English page shows
 * a spec's Swedish texts beside its English ones; the Swedish page its Swedish ones.
 */
import type { Attribute, Rule, Spec } from '../registry/index.js';
import type { Lang } from '../report/index.js';
import { DOCS_WORDS, PROVENANCE_WORDS, say, ui } from '../report/index.js';
import { datatypeText } from './datatype.js';

type Word = keyof typeof DOCS_WORDS;
type Say = (key: Word, params?: Readonly<Record<string, unknown>>) => string;

const sayer = (lang: Lang): Say => (key, params = {}) => say(DOCS_WORDS[key], lang, params);

/** Escapes text for a Markdown table cell. */
function cell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

const code = (v: unknown): string => `\`${String(v)}\``;

function typeOf(schema: Readonly<Record<string, unknown>>, w: Say): string {
  const parts: string[] = [];
  const t = schema.type;
  parts.push(Array.isArray(t) ? t.map((type: unknown) => w('type', { type })).join(' \\| ') : typeof t === 'string' ? w('type', { type: t }) : w('any'));
  if (typeof schema.format === 'string') parts.push(w('format', { format: schema.format }));
  if (Array.isArray(schema.enum)) parts.push(w('oneOf', { values: schema.enum.map(code).join(', ') }));
  if (typeof schema.pattern === 'string') parts.push(w('pattern', { pattern: schema.pattern }));
  if (typeof schema.minimum === 'number') parts.push(`≥ ${schema.minimum}`);
  if (typeof schema.maximum === 'number') parts.push(`≤ ${schema.maximum}`);
  return parts.join(', ');
}

/** A rule across attributes, in words. */
function ruleText(r: Rule, w: Say): string {
  switch (r.type) {
    case 'not-before':
      return w('notBefore', { end: r.end, start: r.start });
    case 'required-with':
      return w('requiredWith', { field: r.field, with: r.with, when: r.value === undefined ? w('hasValue') : w('isValue', { value: String(r.value) }) });
    case 'one-of-required':
      return w('oneOfRequired', { fields: r.fields.map(code).join(', ') });
  }
}

/** Where a spec's position is, in words. */
function positionText(spec: Spec, w: Say): string | undefined {
  const c = spec.coordinates;
  if (c === undefined) return undefined;
  const order = c.kind === 'point' && c.latitudeFirst ? w('latitudeFirst') : w('geojsonOrder');
  const where = c.kind === 'pair' ? `${code(c.latitude)}, ${code(c.longitude)}` : `${code(c.point)} (${order})`;
  return w('position', { where, n: c.minDecimals });
}

/** The named sources (x-source): what each is and what was read in it (in both languages on the English page). */
function sourcesMarkdown(spec: Spec, lang: Lang, w: Say): string[] {
  const named = spec.sources.filter((x) => x.id !== undefined);
  if (named.length === 0) return [];
  const what = (x: Spec['sources'][number]): string => (lang === 'en' ? `${cell(x.what.en)} | ${cell(x.what.sv)}` : cell(x.what.sv));
  const rows = named.map((x) => `| \`${x.id ?? ''}\` | ${what(x)} | ${x.url ?? ''} |`);
  return ['', w('sources'), '', w('sourcesHead'), lang === 'en' ? '|---|---|---|---|' : '|---|---|---|', ...rows];
}

/** An attribute's provenance, with the sources it was seen in. */
function provenanceText(a: Attribute, lang: Lang, w: Say): string {
  const word = lang === 'en' ? a.provenance : PROVENANCE_WORDS[a.provenance][lang];
  if (a.seenIn === undefined) return word;
  const sources = a.seenIn.map(code).join(', ');
  return lang === 'en' ? `${word} in ${sources}` : w('seenIn', { sources });
}

/** What an x-source of one text says; in one language only (the same text in both), it is shown on the English page only. */
function builtFrom(spec: Spec, lang: Lang): string | undefined {
  const what = spec.sources.find((x) => x.id === undefined)?.what;
  return what === undefined || (lang !== 'en' && what.sv === what.en) ? undefined : what[lang];
}

/** The facts of a spec: its official page, sources, key, position, rules, records and file. */
function facts(spec: Spec, file: string, lang: Lang, w: Say): string[] {
  const list: [Word, string | undefined][] = [
    ['official', spec.officialUrl],
    ['builtFrom', builtFrom(spec, lang)],
    ['rank', spec.rank === undefined ? undefined : String(spec.rank)],
    ['area', spec.area],
    ['licence', spec.license],
    ['uniqueKey', spec.uniqueKey.length > 0 ? spec.uniqueKey.map(code).join(' + ') : undefined],
    ['positionTitle', positionText(spec, w)],
    ['rules', spec.rules.length > 0 ? spec.rules.map((r) => ruleText(r, w)).join('; ') : undefined],
    ['records', spec.records === undefined ? undefined : w('recordsAt', { pointer: spec.records.pointer })],
    ['publisher', spec.publisherField === undefined ? undefined : w('publisherField', { field: spec.publisherField })],
    ['specFile', code(file)],
  ];
  return list.filter(([, v]) => v !== undefined).map(([k, v]) => `- ${w(k)}: ${v ?? ''}`);
}

/** The documentation page of one spec, in a language (English unless told). */
export function specMarkdown(spec: Spec, file: string, lang: Lang = 'en'): string {
  const w = sayer(lang);
  const title = lang === 'en' ? `${spec.title.en} (${spec.title.sv})` : spec.title.sv;
  const out = [`# ${title}`, '', `\`${spec.id}\` version ${spec.version}`, '', `Status: ${w(`status_${spec.status}`)}`, ''];
  if (spec.statusNote !== undefined) out.push(...(lang === 'en' ? [`> ${spec.statusNote.en}`, '>', `> ${spec.statusNote.sv}`] : [`> ${spec.statusNote.sv}`]), '');
  out.push(...facts(spec, file, lang, w));
  out.push(...sourcesMarkdown(spec, lang, w), '', w('attributes'), '', w('attributesHead'), lang === 'en' ? '|---|---|---|---|---|---|---|---|' : '|---|---|---|---|---|---|---|');
  spec.attributes.forEach((a, i) => {
    const description = lang === 'en' ? `${cell(a.description.en)} | ${cell(a.description.sv)}` : cell(a.description.sv);
    out.push(`| ${i + 1} | \`${a.name}\` | ${cell(lang === 'en' ? a.datatype : datatypeText(a, lang))} | ${cell(typeOf(a.schema, w))} | ${a.required ? w('yes') : w('no')} | ${provenanceText(a, lang, w)} | ${description} |`);
  });
  out.push('', w('legend'), '');
  out.push(w('header'), '', '```', spec.columns.join(','), '```', '', w('template', { id: spec.id }), '');
  return out.join('\n');
}

/** The index page: every spec with its status, in a language (English unless told). */
export function specsIndexMarkdown(specs: readonly Spec[], lang: Lang = 'en'): string {
  const w = sayer(lang);
  const out = [w('indexTitle'), '', w('indexNote'), '', w('indexHead'), '|---|---|---|---|---|---|'];
  for (const s of specs) {
    const title = lang === 'en' ? `${cell(s.title.en)} (${cell(s.title.sv)})` : cell(s.title.sv);
    const status = lang === 'en' ? s.status : ui(`status_${s.status}`, lang);
    out.push(`| [${s.id}](${s.id}.md) | ${title} | ${s.version} | ${status} | ${s.rank ?? ''} | ${s.officialUrl ?? ''} |`);
  }
  out.push('');
  return out.join('\n');
}
