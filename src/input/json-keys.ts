/**
 * What JSON.parse hides about a record: a key written twice in one object (the last silently
 * wins), numbers a double cannot hold (1e400 becomes Infinity; 12345678901234567890 loses its
 * last digits) and control characters written as escapes in text values ("\u0000"). One pass over
 * the record's text; each finding has the exact path of its value.
 */
import { controlCharacterIn } from './control.js';
import type { JsonSink } from './sink.js';

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
const RAW_CONTROL = /[\u007f-\u009f]/;
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

/** Where the text value starting with the quote at `i` ends: the index of its closing quote (or the text's end). */
function stringEnd(text: string, i: number): number {
  for (let from = i + 1; ; ) {
    const q = text.indexOf('"', from);
    if (q === -1) return text.length;
    // Escaped when an odd number of backslashes stands before it.
    let b = q - 1;
    while (b > i && text.charCodeAt(b) === 0x5c) b--;
    if ((q - 1 - b) % 2 === 0) return q;
    from = q + 1;
  }
}

/** The end of the number literal starting at `i` (JSON's grammar; a malformed one ends where it stops fitting). */
function numberEnd(text: string, i: number): number {
  NUMBER.lastIndex = i;
  return NUMBER.test(text) ? NUMBER.lastIndex : i + 1;
}

/**
 * Whether a number literal surely survives the trip through a double, seen without converting it:
 * at most 15 characters and no exponent (an integer below 10^15 < 2^53, or a decimal, which rounds
 * by nature). The rest go to fitsDouble.
 */
function surelyFits(text: string, from: number, to: number): boolean {
  if (to - from > 15) return false;
  for (let k = from; k < to; k++) if ((text.charCodeAt(k) | 0x20) === 0x65) return false;
  return true;
}

export function inspectRecordText(text: string): RecordTextIssues {
  const out: RecordTextIssues = { duplicateKeys: [], numbers: [], controls: [], replaced: text.includes('\uFFFD') };
  // (An escape needs a backslash: most records have none, and only DEL and C1 are looked for.)
  const controls = text.includes('\\') ? MAYBE_CONTROL.test(text) : RAW_CONTROL.test(text);
  let top: Level | undefined;
  let expectKey = false;
  let lastKey = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const j = stringEnd(text, i);
      if (expectKey && top?.keys !== undefined) {
        const key = keyText(text, i, j);
        if (top.keys.has(key)) out.duplicateKeys.push(pathOf(top, key));
        top.keys.add(key);
        lastKey = key;
        expectKey = false;
      } else if (controls) {
        const value = parsed(text.slice(i, j + 1));
        const character = controlCharacterIn(value);
        if (character !== undefined) out.controls.push({ path: pathOf(top, slotOf(top, lastKey)), character, value });
      }
      i = j;
      continue;
    }
    if (c === 0x7b || c === 0x5b) {
      top = { keys: c === 0x7b ? new Set() : undefined, parent: top, name: slotOf(top, lastKey), index: 0 };
      expectKey = c === 0x7b;
    } else if (c === 0x7d || c === 0x5d) top = top?.parent;
    else if (c === 0x2c) {
      if (top?.keys === undefined && top !== undefined) top.index++;
      expectKey = top?.keys !== undefined;
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      const end = numberEnd(text, i);
      if (!surelyFits(text, i, end)) {
        const literal = text.slice(i, end);
        if (!fitsDouble(literal)) out.numbers.push({ path: pathOf(top, slotOf(top, lastKey)), literal, outOfRange: !Number.isFinite(Number(literal)) });
      }
      i = end - 1;
    }
  }
  return out;
}

/** A key's text: as written when it has no escape (almost every key), else decoded. */
function keyText(text: string, i: number, j: number): string {
  const raw = text.slice(i + 1, j);
  return raw.includes('\\') ? parsed(`"${raw}"`) : raw;
}

function parsed(raw: string): string {
  try {
    return JSON.parse(raw) as string;
  } catch {
    return raw;
  }
}

/** Hands a record's issues to the sink, when it has any. */
export function reportIssues(sink: JsonSink, index: number, line: number, issues: RecordTextIssues): void {
  if (issues.duplicateKeys.length > 0 || issues.numbers.length > 0 || issues.controls.length > 0 || issues.replaced) sink.issues?.(index, line, issues);
}
