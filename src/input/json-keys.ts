/**
 * What JSON.parse hides about a record: a key written twice in one object (the last silently
 * wins), numbers a double cannot hold (1e400 becomes Infinity; 12345678901234567890 loses its
 * last digits) and control characters written as escapes in text values ("\u0000"). One pass over
 * the record's text; each finding has the exact path of its value.
 */
import { controlCharacterIn } from './control.js';

/** A number literal a double cannot hold exactly (or, outOfRange, at all). */
export interface NumberIssue {
  readonly path: readonly string[];
  readonly literal: string;
  readonly outOfRange: boolean;
}

/** A text value holding a control character (named as U+0000). */
export interface ControlIssue {
  readonly path: readonly string[];
  readonly character: string;
  /** The text value, decoded. */
  readonly value: string;
}

export interface RecordTextIssues {
  /** Paths (from the record) of keys that appear twice in one object. */
  readonly duplicateKeys: (readonly string[])[];
  readonly numbers: NumberIssue[];
  readonly controls: ControlIssue[];
  /** The text holds U+FFFD as it is (not as an escape): what a decoder puts for bytes it could not read. */
  readonly replaced: boolean;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/**
 * A first look at the whole record for a control character in a text: as an escape (\u0000 to
 * \u001f, \u007f to \u009f, \b, \f) or written as it is (DEL and C1, which JSON allows unescaped).
 * Almost no record has one, so text values are only decoded and searched when this matches.
 */
const MAYBE_CONTROL = /\\u00[01][0-9a-fA-F]|\\u00[78][0-9a-fA-F]|\\u009[0-9a-fA-F]|\\[bf]|[\u007f-\u009f]/;

/** Whether a JSON number literal survives the trip through a double. */
export function fitsDouble(literal: string): boolean {
  const n = Number(literal);
  if (!Number.isFinite(n)) return false;
  if (/[.eE]/.test(literal)) return true; // decimals round by nature; only overflow is an error
  return Number.isSafeInteger(n) || BigInt(literal) === BigInt(n);
}

/** An open object or array; paths are built only for findings, by walking up. */
interface Level {
  readonly keys: Set<string> | undefined;
  readonly parent: Level | undefined;
  /** This container's key (or index) in its parent. */
  readonly name: string;
  /** In an array: the index of the current element. */
  index: number;
}

function pathOf(level: Level | undefined, leaf: string): string[] {
  const path = [leaf];
  for (let l = level; l?.parent !== undefined; l = l.parent) path.unshift(l.name);
  return path;
}

/** The key or index of the value that starts now in `top`. */
function slotOf(top: Level | undefined, lastKey: string): string {
  return top === undefined ? '' : top.keys !== undefined ? lastKey : String(top.index);
}

export function inspectRecordText(text: string): RecordTextIssues {
  const out: RecordTextIssues = { duplicateKeys: [], numbers: [], controls: [], replaced: text.includes('\uFFFD') };
  const controls = MAYBE_CONTROL.test(text);
  let top: Level | undefined;
  let expectKey = false;
  let lastKey = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const raw = text.slice(i, j + 1);
      i = j;
      if (expectKey && top?.keys !== undefined) {
        const key = parsed(raw);
        if (top.keys.has(key)) out.duplicateKeys.push(pathOf(top, key));
        top.keys.add(key);
        lastKey = key;
        expectKey = false;
      } else if (controls) {
        const value = parsed(raw);
        const character = controlCharacterIn(value);
        if (character !== undefined) out.controls.push({ path: pathOf(top, slotOf(top, lastKey)), character, value });
      }
      continue;
    }
    if (c === '{' || c === '[') {
      top = { keys: c === '{' ? new Set() : undefined, parent: top, name: slotOf(top, lastKey), index: 0 };
      expectKey = c === '{';
    } else if (c === '}' || c === ']') top = top?.parent;
    else if (c === ',') {
      if (top?.keys === undefined && top !== undefined) top.index++;
      expectKey = top?.keys !== undefined;
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (m !== null) {
        if (!fitsDouble(m[0])) out.numbers.push({ path: pathOf(top, slotOf(top, lastKey)), literal: m[0], outOfRange: !Number.isFinite(Number(m[0])) });
        i += m[0].length - 1;
      }
    }
  }
  return out;
}

function parsed(raw: string): string {
  try {
    return JSON.parse(raw) as string;
  } catch {
    return raw;
  }
}
