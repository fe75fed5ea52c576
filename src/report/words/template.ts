/**
 * The one way a catalogue template becomes text. Templates use `{name}` placeholders; text in
 * `[[…]]` is shown only when every placeholder inside it has a value; `{name|one|other}` is the
 * word for the number `name` in the language's plural rule (Intl.PluralRules): `{rows} {rows|rad|rader}`.
 */

export type Lang = 'sv' | 'en';
export const LANGS: readonly Lang[] = ['sv', 'en'];

/** A text in both languages. */
export type Templates = { readonly sv: string; readonly en: string };

const PLACEHOLDER = /\{(\w+)\}/g;
const PLURAL = /\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g;
const ANY = /\{(\w+)(?:\|[^|{}]*\|[^|{}]*)?\}/g;
const OPTIONAL = /\[\[(.*?)\]\]/gs;

const RULES: Record<Lang, Intl.PluralRules> = { sv: new Intl.PluralRules('sv'), en: new Intl.PluralRules('en') };

/** Names of the placeholders a template uses (inside optional sections and plurals too). */
export function placeholders(template: string): string[] {
  return [...template.matchAll(ANY)].map((m) => m[1] as string);
}

/** The plural category of a parameter: 'one' or 'other' (a parameter that is not a number is 'other'). */
export function pluralOf(value: unknown, lang: Lang): 'one' | 'other' {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  return Number.isFinite(n) && RULES[lang].select(n) === 'one' ? 'one' : 'other';
}

/**
 * Fills a template: `value` gives a parameter as text ('' when absent), `raw` the parameter
 * itself (for plurals).
 */
export function fill(template: string, lang: Lang, value: (name: string) => string, raw: (name: string) => unknown = value): string {
  const optional = template.replace(OPTIONAL, (_m, inner: string) => (placeholders(inner).every((n) => value(n) !== '') ? inner : ''));
  const counted = optional.replace(PLURAL, (_m, name: string, one: string, other: string) => (pluralOf(raw(name), lang) === 'one' ? one : other));
  return counted.replace(PLACEHOLDER, (_m, name: string) => value(name));
}

/** A parameter as text in a language: a Localized value ({ sv, en }) gives its text in that language. */
export function paramText(v: unknown, lang: Lang): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'object') {
    const text = (v as Partial<Record<Lang, unknown>>)[lang];
    return typeof text === 'string' ? text : '';
  }
  return String(v);
}

/** A template of the catalogue in a language, its parameters filled. */
export function say(entry: Templates, lang: Lang, params: Readonly<Record<string, unknown>> = {}): string {
  return fill(entry[lang], lang, (name) => paramText(params[name], lang), (name) => params[name]);
}

/** A template filled in both languages: a parameter of another template (rendered in the run's language). */
export function sayBoth(entry: Templates, params: Readonly<Record<string, unknown>> = {}): Templates {
  return { sv: say(entry, 'sv', params), en: say(entry, 'en', params) };
}
