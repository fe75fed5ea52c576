/** An attribute's rules in plain words, for `specs show`: mandatory, type, the form a pattern asks for (by an example), allowed values, range, length. */
import type { Attribute } from '../registry/index.js';
import type { Lang } from '../report/index.js';
import { SPEC_RULE_WORDS, say, valueText } from '../report/index.js';

type RuleWord = keyof typeof SPEC_RULE_WORDS;

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** A range of two bounds in words: from min to max, at least, at most; undefined when neither is given. */
function bounds(min: number | undefined, max: number | undefined, words: readonly [RuleWord, RuleWord, RuleWord], lang: Lang): string | undefined {
  if (min !== undefined && max !== undefined) return say(SPEC_RULE_WORDS[words[0]], lang, { min, max });
  if (min !== undefined) return say(SPEC_RULE_WORDS[words[1]], lang, { min });
  if (max !== undefined) return say(SPEC_RULE_WORDS[words[2]], lang, { max });
  return undefined;
}

/** The value rules of one schema (the attribute's, or its items'). */
function valueRules(s: Readonly<Record<string, unknown>>, example: unknown, lang: Lang): string[] {
  const w = (k: RuleWord, params: Record<string, unknown> = {}): string => say(SPEC_RULE_WORDS[k], lang, params);
  const out: string[] = [];
  const shown = example === undefined ? undefined : typeof example === 'string' ? example : valueText(example);
  if (typeof s.pattern === 'string') out.push(shown !== undefined ? w('patternExample', { example: shown }) : w('pattern', { pattern: s.pattern }));
  else if (shown !== undefined && shown !== '') out.push(w('example', { example: shown }));
  if (Array.isArray(s.enum)) out.push(w('oneOf', { values: s.enum.map((v) => (typeof v === 'string' ? v : valueText(v))).join(', ') }));
  if ('const' in s) out.push(w('always', { value: typeof s.const === 'string' ? s.const : valueText(s.const) }));
  const range = bounds(num(s.minimum), num(s.maximum), ['between', 'atLeast', 'atMost'], lang);
  if (range !== undefined) out.push(range);
  if (num(s.exclusiveMinimum) !== undefined) out.push(w('above', { min: s.exclusiveMinimum }));
  if (num(s.exclusiveMaximum) !== undefined) out.push(w('below', { max: s.exclusiveMaximum }));
  const length = bounds(num(s.minLength), num(s.maxLength), ['lengthBetween', 'lengthAtLeast', 'lengthAtMost'], lang);
  if (length !== undefined) out.push(length);
  return out;
}

/** Every rule of an attribute in words, its datatype given (as the attribute table says it). */
export function attributeRules(a: Attribute, datatype: string, lang: Lang): string[] {
  const w = (k: RuleWord, params: Record<string, unknown> = {}): string => say(SPEC_RULE_WORDS[k], lang, params);
  const out = [w(a.required ? 'mandatory' : 'optional'), datatype, ...valueRules(a.schema, a.example, lang)];
  const items = a.schema.items;
  if (typeof items === 'object' && items !== null && !Array.isArray(items)) out.push(...valueRules(items as Record<string, unknown>, undefined, lang));
  const count = bounds(num(a.schema.minItems), num(a.schema.maxItems), ['itemsAtLeast', 'itemsAtLeast', 'itemsAtMost'], lang);
  if (count !== undefined) out.push(count);
  if (a.schema.uniqueItems === true) out.push(w('unique'));
  return out;
}
