/** An attribute's datatype as datakoll checks it, in the language's words (`specs show`, the Swedish docs pages). */
import type { Attribute } from '../registry/index.js';
import type { Lang, Templates } from '../report/index.js';
import { FORMAT_WORDS, TYPE_WORDS, say } from '../report/index.js';

/** What a value of one of these types or this format is checked as, in words. */
function typeWords(types: readonly string[], format: string | undefined, lang: Lang): string {
  if (format !== undefined) return say((Object.hasOwn(FORMAT_WORDS, format) ? FORMAT_WORDS[format] : FORMAT_WORDS.other) as Templates, lang, { format });
  const named = types.filter((t) => t !== 'null' || types.length === 1).map((t) => (Object.hasOwn(TYPE_WORDS, t) ? TYPE_WORDS[t as keyof typeof TYPE_WORDS][lang] : t));
  return named.length === 0 ? TYPE_WORDS.string[lang] : named.join(TYPE_WORDS.or[lang]);
}

/** An attribute's datatype as datakoll checks it, in the language's words ("heltal", "lista (varje värde: webbadress)"). */
export function datatypeText(a: Attribute, lang: Lang): string {
  const base = a.types.includes('array') && a.items !== undefined ? say(TYPE_WORDS.list, lang, { item: typeWords(a.items.types, a.items.format, lang) }) : typeWords(a.types, a.format, lang);
  return Array.isArray(a.schema.enum) ? say(TYPE_WORDS.fixed, lang, { type: base }) : base;
}
