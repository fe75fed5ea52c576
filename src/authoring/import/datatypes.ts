/** The datatype words of the spec documents (text, heltal, decimaltal, …) as JSON Schema. */

export interface TypeMapping {
  /** The JSON Schema keywords for one value. */
  readonly schema: Record<string, unknown>;
  /** The datatype word to keep as x-datatype. */
  readonly datatype: string;
  /**
   * What the word itself says the value is: 'object' (an object, or a list of objects: a record in
   * the row form holds one, so its members are the attributes under it), or 'array' (a list, written
   * in a CSV cell as a JSON list, as the word is JSON's).
   */
  readonly shape?: 'object' | 'array';
}

const WORDS: Record<string, Record<string, unknown>> = {
  text: { type: 'string' },
  string: { type: 'string' },
  sträng: { type: 'string' },
  heltal: { type: 'integer' },
  int: { type: 'integer' },
  integer: { type: 'integer' },
  decimaltal: { type: 'number' },
  nummer: { type: 'number' },
  decimal: { type: 'number' },
  double: { type: 'number' },
  float: { type: 'number' },
  number: { type: 'number' },
  boolean: { type: 'boolean' },
  bool: { type: 'boolean' },
  datum: { type: 'string', format: 'date' },
  date: { type: 'string', format: 'date' },
  datetime: { type: 'string', format: 'date-time' },
  datumtid: { type: 'string', format: 'date-time' },
  tidpunkt: { type: 'string', format: 'date-time' },
  time: { type: 'string', format: 'time' },
  tid: { type: 'string', format: 'time' },
  klockslag: { type: 'string', format: 'time' },
  // A URL, link or image of the data models is a web address: absolute http(s).
  url: { type: 'string', format: 'url' },
  uri: { type: 'string', format: 'uri' },
  anyuri: { type: 'string', format: 'uri' },
  länk: { type: 'string', format: 'url' },
  image: { type: 'string', format: 'url' },
  bild: { type: 'string', format: 'url' },
  'e-post': { type: 'string', format: 'email' },
  epost: { type: 'string', format: 'email' },
  email: { type: 'string', format: 'email' },
  'e-mail': { type: 'string', format: 'email' },
  telefon: { type: 'string', format: 'telefonnummer' },
  telefonnummer: { type: 'string', format: 'telefonnummer' },
  phone: { type: 'string', format: 'telefonnummer' },
  begrepp: { type: 'string' },
  concept: { type: 'string' },
  // A code from a list the document gives elsewhere (snöröjning's status writes `type`).
  type: { type: 'string' },
  typ: { type: 'string' },
};

/** The JSON Schema of a datatype word (its own words only, not Object's). */
function wordSchema(key: string): Record<string, unknown> | undefined {
  return Object.hasOwn(WORDS, key) ? WORDS[key] : undefined;
}

/** The words of an object, or of a list of objects. */
const OBJECT = /^(?:objekt|object|array\s+(?:of|av)\s+(?:objects?|objekt))$/i;
/** A list: `array of string`, `Array av text [1-4]`, `array [1-4] (string)`. */
const ARRAY = /^array(?:\s+(?:of|av)\s+([\p{L}-]+))?\s*(?:\[(\d{1,4})\s*-\s*(\d{1,4})\])?\s*(?:\(([\p{L}-]+)\))?$/iu;

/** A word of an object or a list, or undefined. */
function mapStructure(w: string): TypeMapping | undefined {
  if (OBJECT.test(w)) return { schema: { type: 'object' }, datatype: w, shape: 'object' };
  const m = ARRAY.exec(w);
  const item = m?.[1] ?? m?.[4];
  if (m === null || item === undefined || (m[1] !== undefined && m[4] !== undefined)) return undefined;
  // Lists name their items in the plural as often as not (array of strings).
  const items = wordSchema(item.toLowerCase()) ?? wordSchema(item.toLowerCase().replace(/s$/, ''));
  if (items === undefined) return undefined;
  const [min, max] = [m[2], m[3]].map((n) => (n === undefined ? undefined : Number(n)));
  const counts = min !== undefined && max !== undefined && min <= max ? { minItems: min, maxItems: max } : {};
  return { schema: { type: 'array', items, ...counts }, datatype: w, shape: 'array' };
}

/**
 * Maps a datatype word, or an enumeration written as `a | b | c` or `A / B / C` (a slash with
 * spaces around it: km/h is no enumeration); undefined when unknown.
 */
export function mapDatatype(word: string): TypeMapping | undefined {
  const w = word.trim().replace(/`/g, '');
  const separator = /\|/.test(w) ? '|' : / \/ /.test(w) ? ' / ' : undefined;
  if (separator !== undefined) {
    const values = w
      .split(separator)
      .map((v) => v.trim())
      .filter((v) => v !== '');
    if (values.length >= 2) return { schema: { type: 'string', enum: values }, datatype: 'text' };
  }
  const structure = mapStructure(w.replace(/\s+/g, ' '));
  if (structure !== undefined) return structure;
  const key = w.toLowerCase().replace(/\s+/g, '');
  const schema = wordSchema(key);
  return schema === undefined ? undefined : { schema, datatype: w };
}

/** The datatype words this importer knows, for an error message. */
export const KNOWN_DATATYPES = Object.keys(WORDS);

export interface Cardinality {
  readonly required: boolean;
  readonly many: boolean;
}

/** Reads a cardinality (1, 0..1, 1..*, 0..*, 0..n); undefined when it is not one. */
export function parseCardinality(text: string): Cardinality | undefined {
  // Trimmed first: spaces on both sides of an optional part would make the expression quadratic.
  const m = /^([01])\s*(?:\.\.\s*([1*n]))?$/i.exec(text.trim());
  if (m === null) return undefined;
  const min = m[1] === '1';
  const max = m[2];
  if (max === undefined) return { required: min, many: false };
  return { required: min, many: max !== '1' };
}

/**
 * A Table Schema or CSVW pattern as JSON Schema's: those match the whole value, JSON Schema's
 * anywhere, so it is anchored, unless it is anchored already (as datakoll's own export writes it:
 * ^…$ with no | outside parentheses, so that ^a|b$ is still wrapped).
 */
export function wholeValue(pattern: string): string {
  return /^\^/.test(pattern) && /(?<!\\)\$$/.test(pattern) && !hasTopLevelBar(pattern) ? pattern : `^(?:${pattern})$`;
}

/** Whether a pattern has a | outside parentheses and character classes. */
function hasTopLevelBar(pattern: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}
