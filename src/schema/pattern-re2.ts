/**
 * Writes a parsed pattern in RE2's syntax with JavaScript's meaning (every set spelled out as
 * code-point ranges, so \s, `.` and \p{…} match what they match in JavaScript), and compiles it
 * with re2js within the stated size limits.
 */
import { createRequire } from 'node:module';
import type { RE2JS as RE2JSType } from 're2js';
import type { CharSet } from './charset.js';
import { pairs } from './charset.js';
import { MAX_PROGRAM_SIZE, MAX_REPEAT, PatternRefused } from './pattern-error.js';
import type { PatternNode } from './pattern-parse.js';

const load = createRequire(import.meta.url);
// Loaded only when a pattern has to run on RE2.
let re2: typeof RE2JSType | undefined;
const loadRe2 = (): typeof RE2JSType => (re2 ??= (load('re2js') as { RE2JS: typeof RE2JSType }).RE2JS);

const hex = (c: number): string => `\\x{${c.toString(16)}}`;

/** A set as an RE2 class; surrogates are left out (RE2 matches code points, never a lone surrogate). */
function classOf(s: CharSet): string {
  const ranges: string[] = [];
  for (const [lo, hi] of pairs(s)) {
    for (const [a, b] of [
      [lo, Math.min(hi, 0xd7ff)],
      [Math.max(lo, 0xe000), hi],
    ] as const) {
      if (a <= b) ranges.push(a === b ? hex(a) : `${hex(a)}-${hex(b)}`);
    }
  }
  if (ranges.length === 0) return '[^\\x{0}-\\x{10ffff}]';
  return ranges.length === 1 && !ranges[0]?.includes('-') ? (ranges[0] as string) : `[${ranges.join('')}]`;
}

function count(pattern: string, n: number): number {
  if (n > MAX_REPEAT) throw new PatternRefused(pattern, 'repeat');
  return n;
}

/** The node in RE2 syntax, as one atom when `atom` (so a quantifier or a neighbour cannot split it). */
function emit(n: PatternNode, pattern: string, atom: boolean): string {
  switch (n.kind) {
    case 'set':
      return classOf(n.set);
    case 'assert':
      // Without the m flag ^ and $ are the text's start and end in both engines; \b and \B are ASCII in both.
      return n.what;
    case 'seq': {
      const s = n.items.map((i) => emit(i, pattern, i.kind !== 'set' && i.kind !== 'assert')).join('');
      return atom ? `(?:${s})` : s;
    }
    case 'alt':
      return `(?:${n.options.map((o) => emit(o, pattern, false)).join('|')})`;
    case 'repeat': {
      const min = count(pattern, n.min);
      const max = n.max === Infinity ? Infinity : count(pattern, n.max);
      const q = max === Infinity ? (min === 0 ? '*' : min === 1 ? '+' : `{${min},}`) : min === 0 && max === 1 ? '?' : min === max ? `{${min}}` : `{${min},${max}}`;
      // RE2 takes no quantifier right after another (a** or a*{2}): the body is always one group.
      const s = `${emit(n.body, pattern, true)}${q}`;
      return atom ? `(?:${s})` : s;
    }
  }
}

/** The pattern in RE2's syntax. */
export function re2Syntax(root: PatternNode, pattern: string): string {
  return emit(root, pattern, false);
}

/** A compiled RE2 test for the pattern and its program's size; throws PatternRefused past RE2's or datakoll's limits. */
export function compileRe2(root: PatternNode, pattern: string): { readonly test: (s: string) => boolean; readonly size: number } {
  const RE2JS = loadRe2();
  let re: RE2JSType;
  try {
    re = RE2JS.compile(re2Syntax(root, pattern));
  } catch (e) {
    if (e instanceof PatternRefused) throw e;
    const message = (e as Error).message;
    throw new PatternRefused(pattern, /repeat count/.test(message) ? 'repeat' : /too large/.test(message) ? 'too-large' : 'unsupported', message);
  }
  const size = re.programSize();
  if (size > MAX_PROGRAM_SIZE) throw new PatternRefused(pattern, 'too-large');
  return { test: (s) => re.test(s), size };
}
