/**
 * The catalogue as the page shows it: every spec's status, where its official version lives, what
 * it was built from, its attributes and rules, with the words of the datatypes in both languages;
 * and a spec's template. A spec is looked up by its id and version among the registry's own, never
 * by a path or an address a request names.
 */
import { csvTemplate, jsonTemplate, xlsxTemplate } from '../authoring/index.js';
import type { Attribute, Registry, Rule, Spec } from '../registry/index.js';
import type { Lang, Templates } from '../report/index.js';
import { FORMAT_WORDS, PROVENANCE_WORDS, TYPE_WORDS, say, ui } from '../report/index.js';

function typeWords(types: readonly string[], format: string | undefined, lang: Lang): string {
  if (format !== undefined) return say(FORMAT_WORDS[format] ?? FORMAT_WORDS.other as Templates, lang, { format });
  const named = types.filter((t) => t !== 'null' || types.length === 1).map((t) => (Object.hasOwn(TYPE_WORDS, t) ? TYPE_WORDS[t as keyof typeof TYPE_WORDS][lang] : t));
  return named.length === 0 ? TYPE_WORDS.string[lang] : named.join(TYPE_WORDS.or[lang]);
}

/** What a value of the attribute is, in a language (as `specs show` says it). */
function datatype(a: Attribute, lang: Lang): string {
  const base = a.types.includes('array') && a.items !== undefined ? say(TYPE_WORDS.list, lang, { item: typeWords(a.items.types, a.items.format, lang) }) : typeWords(a.types, a.format, lang);
  return Array.isArray(a.schema.enum) ? say(TYPE_WORDS.fixed, lang, { type: base }) : base;
}

function both(f: (lang: Lang) => string): Templates {
  return { sv: f('sv'), en: f('en') };
}

function attribute(a: Attribute): Record<string, unknown> {
  return {
    name: a.name,
    datatype: both((l) => datatype(a, l)),
    required: a.required,
    provenance: PROVENANCE_WORDS[a.provenance],
    description: a.description,
    ...(Array.isArray(a.schema.enum) ? { values: a.schema.enum.map(String) } : {}),
  };
}

/** A rule as the page's words name it: its word's key and the attributes it names. */
function rule(r: Rule): Record<string, unknown> {
  if (r.type === 'not-before') return { word: 'rule_not_before', params: { start: r.start, end: r.end } };
  if (r.type === 'one-of-required') return { word: 'rule_one_of_required', params: { fields: r.fields.join(', ') } };
  return r.value === undefined ? { word: 'rule_required_with', params: { field: r.field, with: r.with } } : { word: 'rule_required_with_value', params: { field: r.field, with: r.with, value: String(r.value) } };
}

/** One spec for the page. */
export function specEntry(s: Spec): Record<string, unknown> {
  return {
    key: `${s.id}@${s.version}`,
    id: s.id,
    version: s.version,
    title: s.title,
    status: s.status,
    statusWord: both((l) => ui(`status_${s.status}`, l)),
    ...(s.statusNote !== undefined ? { statusNote: s.statusNote } : {}),
    ...(s.officialUrl !== undefined ? { officialUrl: s.officialUrl } : {}),
    sources: s.sources.map((src) => ({ what: src.what, ...(src.url !== undefined ? { url: src.url } : {}) })),
    bundled: s.bundled,
    uniqueKey: s.uniqueKey,
    attributes: s.attributes.map(attribute),
    rules: s.rules.map(rule),
  };
}

/** The latest version of every spec, for the page. */
export function catalogue(registry: Registry): Record<string, unknown>[] {
  return registry.list().map(specEntry);
}

/** A spec of the registry by "id@version" exactly, or undefined. */
export function specByKey(registry: Registry, key: string): Spec | undefined {
  return registry.all().find((s) => `${s.id}@${s.version}` === key);
}

export type TemplateFormat = 'csv' | 'json' | 'xlsx';

/** A spec's template: its bytes, type and file name. */
export async function template(spec: Spec, format: TemplateFormat, lang: Lang): Promise<{ body: Uint8Array | string; type: string; name: string }> {
  const name = `${spec.id}-${spec.version}.${format}`;
  if (format === 'xlsx') return { body: await xlsxTemplate(spec, lang), type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', name };
  if (format === 'json') return { body: jsonTemplate(spec), type: 'application/json; charset=utf-8', name };
  return { body: csvTemplate(spec), type: 'text/csv; charset=utf-8', name };
}
