/** The datatype words of the spec documents (text, heltal, decimaltal, …) as JSON Schema. */

export interface TypeMapping {
  /** The JSON Schema keywords for one value. */
  readonly schema: Record<string, unknown>;
  /** The datatype word to keep as x-datatype. */
  readonly datatype: string;
}

const WORDS: Record<string, Record<string, unknown>> = {
  text: { type: 'string' },
  string: { type: 'string' },
  sträng: { type: 'string' },
  heltal: { type: 'integer' },
  int: { type: 'integer' },
  integer: { type: 'integer' },
  decimaltal: { type: 'number' },
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
  const key = w.toLowerCase().replace(/\s+/g, '');
  const schema = WORDS[key];
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
