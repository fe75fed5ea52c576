/**
 * What JSON.parse hides about a record: a key written twice in one object (the last silently
 * wins) and numbers a double cannot hold (1e400 becomes Infinity; 12345678901234567890 loses its
 * last digits). One pass over the record's text.
 */

export interface RecordTextIssues {
  /** Dotted paths of keys that appear twice in one object. */
  readonly duplicateKeys: string[];
  /** Number literals a double cannot hold exactly (or at all). */
  readonly impreciseNumbers: string[];
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Whether a JSON number literal survives the trip through a double. */
export function fitsDouble(literal: string): boolean {
  const n = Number(literal);
  if (!Number.isFinite(n)) return false;
  if (/[.eE]/.test(literal)) return true; // decimals round by nature; only overflow is an error
  return Number.isSafeInteger(n) || BigInt(literal) === BigInt(n);
}

export function inspectRecordText(text: string): RecordTextIssues {
  const out: RecordTextIssues = { duplicateKeys: [], impreciseNumbers: [] };
  // One entry per open container: the keys seen (objects) and the key it sits under.
  const stack: { keys: Set<string> | undefined; path: string }[] = [];
  let expectKey = false;
  let lastKey = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const raw = text.slice(i, j + 1);
      i = j;
      const top = stack[stack.length - 1];
      if (expectKey && top?.keys !== undefined) {
        let key: string;
        try {
          key = JSON.parse(raw) as string;
        } catch {
          key = raw;
        }
        if (top.keys.has(key)) out.duplicateKeys.push(top.path === '' ? key : `${top.path}.${key}`);
        top.keys.add(key);
        lastKey = key;
        expectKey = false;
      }
      continue;
    }
    if (c === '{' || c === '[') {
      const parent = stack[stack.length - 1];
      const path = parent === undefined ? '' : parent.keys !== undefined ? (parent.path === '' ? lastKey : `${parent.path}.${lastKey}`) : parent.path;
      stack.push({ keys: c === '{' ? new Set() : undefined, path });
      expectKey = c === '{';
    } else if (c === '}' || c === ']') stack.pop();
    else if (c === ',') expectKey = stack[stack.length - 1]?.keys !== undefined;
    else if (c === '-' || (c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (m !== null) {
        if (!fitsDouble(m[0])) out.impreciseNumbers.push(m[0]);
        i += m[0].length - 1;
      }
    }
  }
  return out;
}
