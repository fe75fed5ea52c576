/**
 * Sets of Unicode code points as sorted, disjoint ranges, with the sets JavaScript's regular
 * expressions (u flag) give \d, \w, \s, `.` and \p{…}, so a spec's pattern means the same on RE2.
 */

/** Code points lo..hi (inclusive) as flat pairs [lo0, hi0, lo1, hi1, …], sorted and disjoint. */
export type CharSet = readonly number[];

export const MAX_CODE_POINT = 0x10ffff;
export const ANY: CharSet = [0, MAX_CODE_POINT];
export const EMPTY: CharSet = [];

/** The set of the given ranges (in any order, overlapping or not). */
export function fromRanges(ranges: readonly (readonly [number, number])[]): CharSet {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [lo, hi] of sorted) {
    const last = out.length - 1;
    if (last > 0 && lo <= (out[last] as number) + 1) out[last] = Math.max(out[last] as number, hi);
    else out.push(lo, hi);
  }
  return out;
}

/** The ranges of a set as pairs. */
export function pairs(s: CharSet): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < s.length; i += 2) out.push([s[i] as number, s[i + 1] as number]);
  return out;
}

export function union(...sets: CharSet[]): CharSet {
  return fromRanges(sets.flatMap(pairs));
}

/** Every code point not in the set. */
export function complement(s: CharSet): CharSet {
  const out: number[] = [];
  let next = 0;
  for (const [lo, hi] of pairs(s)) {
    if (lo > next) out.push(next, lo - 1);
    next = hi + 1;
  }
  if (next <= MAX_CODE_POINT) out.push(next, MAX_CODE_POINT);
  return out;
}

/** Whether two sets share a code point. */
export function intersects(a: CharSet, b: CharSet): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if ((a[i + 1] as number) < (b[j] as number)) i += 2;
    else if ((b[j + 1] as number) < (a[i] as number)) j += 2;
    else return true;
  }
  return false;
}

const single = (c: string): [number, number] => [c.codePointAt(0) as number, c.codePointAt(0) as number];

/** \d, \w and \s as ECMAScript defines them without the i flag (WhiteSpace and LineTerminator for \s). */
export const DIGIT = fromRanges([[0x30, 0x39]]);
export const WORD = fromRanges([[0x30, 0x39], [0x41, 0x5a], single('_'), [0x61, 0x7a]]);
export const SPACE = fromRanges([[0x09, 0x0d], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff]]);
/** `.` without the s flag: anything but a line terminator. */
export const DOT = complement(fromRanges([[0x0a, 0x0a], [0x0d, 0x0d], [0x2028, 0x2029]]));

let codePoints: { readonly text: string; readonly first: number }[] | undefined;

/** Every code point but the surrogates, as three texts (so no match runs across a gap). */
function allCodePoints(): { readonly text: string; readonly first: number }[] {
  if (codePoints !== undefined) return codePoints;
  const block = (from: number, to: number): string => {
    const parts: string[] = [];
    for (let c = from; c <= to; c += 0x1000) parts.push(String.fromCodePoint(...Array.from({ length: Math.min(0x1000, to - c + 1) }, (_v, i) => c + i)));
    return parts.join('');
  };
  return (codePoints = [
    { text: block(0, 0xd7ff), first: 0 },
    { text: block(0xe000, 0xffff), first: 0xe000 },
    { text: block(0x10000, MAX_CODE_POINT), first: 0x10000 },
  ]);
}

const properties = new Map<string, CharSet>();

/**
 * The code points a property escape matches (`\p{L}`, `\P{Script=Greek}`), asked of JavaScript's
 * own engine, so RE2 gets exactly JavaScript's set. Throws a SyntaxError for an unknown property.
 */
export function propertySet(escape: string): CharSet {
  const known = properties.get(escape);
  if (known !== undefined) return known;
  const re = new RegExp(`(?:${escape})+`, 'gu');
  const ranges: [number, number][] = [];
  for (const { text, first } of allCodePoints()) {
    // Below U+10000 a code point is one UTF-16 unit, above it two.
    const width = first >= 0x10000 ? 2 : 1;
    for (const m of text.matchAll(re)) ranges.push([first + m.index / width, first + (m.index + m[0].length) / width - 1]);
  }
  const one = new RegExp(`^(?:${escape})$`, 'u');
  for (let c = 0xd800; c <= 0xdfff; c++) if (one.test(String.fromCharCode(c))) ranges.push([c, c]);
  const set = fromRanges(ranges);
  properties.set(escape, set);
  return set;
}
