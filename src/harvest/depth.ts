/**
 * How deeply a JSON or XML text nests, measured in one pass over its characters before it is parsed:
 * the JSON-LD parser's work and memory grow far faster than the text with each level (a 1.5 MB
 * catalogue of 100,000 nested arrays ran for minutes and ran out of memory), and no catalogue
 * nests more than a few dozen levels. Brackets inside strings do not count. RDF/XML's parser has
 * the same trouble with deeply nested elements; Turtle's (n3) reads nesting without it.
 */

/** The most levels a JSON-LD or RDF/XML catalogue may nest. */
export const MAX_JSON_DEPTH = 100;

/** Whether `text` nests its objects and arrays more than `max` levels deep (stops at the first level too many). */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

/** Where the markup starting at `i` (just after its `<`) ends: after `-->`, `]]>`, `?>`, or the tag's `>` outside quoted attribute values. */
function markupEnd(text: string, i: number): number {
  const close = text.startsWith('!--', i) ? '-->' : text.startsWith('![CDATA[', i) ? ']]>' : text.startsWith('?', i) ? '?>' : undefined;
  if (close !== undefined) {
    const end = text.indexOf(close, i);
    return end < 0 ? text.length : end + close.length;
  }
  let quote = 0;
  for (let j = i; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) return j + 1;
  }
  return text.length;
}

/** Whether an XML text nests its elements more than `max` levels deep (comments, CDATA, declarations and quoted attributes skipped). */
export function xmlNestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  for (let i = text.indexOf('<'); i >= 0 && i < text.length; i = text.indexOf('<', i)) {
    const c = text.charCodeAt(i + 1);
    const end = markupEnd(text, i + 1);
    if (c === 0x2f) depth--;
    else if (c !== 0x21 && c !== 0x3f && text.charCodeAt(end - 2) !== 0x2f && ++depth > max) return true;
    i = end;
  }
  return false;
}
