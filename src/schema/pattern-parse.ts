/**
 * Reads a JSON Schema pattern (an ECMAScript regular expression, u flag) into a small tree of
 * code-point sets, sequences, alternatives, repetitions and assertions: what the linear-time
 * translation and the backtracking proof work on. Lookaround and backreferences are refused.
 */
import type { CharSet } from './charset.js';
import { DOT, complement, fromRanges, union } from './charset.js';
import { MAX_PATTERN_LENGTH, MAX_PATTERN_NESTING, PatternRefused } from './pattern-error.js';
import { char, Cursor } from './pattern-cursor.js';
import { PATTERN_SYNTAX } from '../report/index.js';

/** A pattern as a tree; groups are their body (test() never looks at what a group captured). */
export type PatternNode =
  /** One code point from the set. */
  | { readonly kind: 'set'; readonly set: CharSet }
  | { readonly kind: 'seq'; readonly items: readonly PatternNode[] }
  | { readonly kind: 'alt'; readonly options: readonly PatternNode[] }
  /** The body min to max times (max may be Infinity); greedy or lazy is the same to test(). */
  | { readonly kind: 'repeat'; readonly body: PatternNode; readonly min: number; readonly max: number }
  | { readonly kind: 'assert'; readonly what: '^' | '$' | '\\b' | '\\B' };


const set = (s: CharSet): PatternNode => ({ kind: 'set', set: s });

/** Parses a pattern; throws PatternRefused when it is not valid or uses what RE2 cannot run. */
export function parsePattern(pattern: string): PatternNode {
  if (pattern.length > MAX_PATTERN_LENGTH) throw new PatternRefused(pattern, 'too-long');
  try {
    new RegExp(pattern, 'u');
  } catch (e) {
    // JavaScript's reason in the catalogue's words; one it has no words for, in English only.
    const said = (e as Error).message.replace(/^Invalid regular expression: \/.*\/u: /s, '');
    throw new PatternRefused(pattern, 'syntax', (Object.hasOwn(PATTERN_SYNTAX, said) ? PATTERN_SYNTAX[said] : undefined) ?? { sv: '', en: said });
  }
  return new Reader(pattern).read();
}

/** A recursive-descent reader over a pattern that JavaScript has already accepted as valid. */
class Reader extends Cursor {
  private depth = 0;

  read(): PatternNode {
    const node = this.alternatives();
    if (this.i < this.p.length) this.refuse('unsupported', this.p.slice(this.i, this.i + 10));
    return node;
  }

  private alternatives(): PatternNode {
    const options = [this.sequence()];
    while (this.peek() === '|') {
      this.i++;
      options.push(this.sequence());
    }
    return options.length === 1 ? (options[0] as PatternNode) : { kind: 'alt', options };
  }

  private sequence(): PatternNode {
    const items: PatternNode[] = [];
    while (this.i < this.p.length && this.peek() !== '|' && this.peek() !== ')') items.push(this.quantified(this.atom()));
    return items.length === 1 ? (items[0] as PatternNode) : { kind: 'seq', items };
  }

  private atom(): PatternNode {
    const c = this.peek();
    if (c === '^' || c === '$') {
      this.i++;
      return { kind: 'assert', what: c };
    }
    if (c === '(') return this.group();
    if (c === '[') return set(this.characterClass());
    if (c === '.') {
      this.i++;
      return set(DOT);
    }
    if (c === '\\') {
      if (this.peek(1) === 'b' || this.peek(1) === 'B') {
        this.i += 2;
        return { kind: 'assert', what: this.peek(-1) === 'b' ? '\\b' : '\\B' };
      }
      return set(this.escape(false));
    }
    return set(char(this.next()));
  }

  private group(): PatternNode {
    this.i++;
    if (this.peek() === '?') {
      const kind = this.p.slice(this.i, this.i + 3);
      if (kind.startsWith('?=') || kind.startsWith('?!') || kind === '?<=' || kind === '?<!') this.refuse('lookaround');
      if (kind.startsWith('?:')) this.i += 2;
      else if (kind.startsWith('?<')) this.i = this.p.indexOf('>', this.i) + 1;
      else this.refuse('unsupported', `(${kind}`);
    }
    if (++this.depth > MAX_PATTERN_NESTING) this.refuse('too-deep');
    const body = this.alternatives();
    this.depth--;
    this.i++; // ')'
    return body;
  }

  private quantified(atom: PatternNode): PatternNode {
    const c = this.peek();
    let min: number;
    let max: number;
    if (c === '*' || c === '+' || c === '?') {
      this.i++;
      [min, max] = c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1];
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.p.slice(this.i)) as RegExpExecArray;
      this.i += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    } else return atom;
    if (this.peek() === '?') this.i++;
    return { kind: 'repeat', body: atom, min, max };
  }

  private characterClass(): CharSet {
    this.i++;
    const negated = this.peek() === '^';
    if (negated) this.i++;
    const parts: CharSet[] = [];
    while (this.peek() !== ']') {
      const from = this.classAtom();
      if (this.peek() === '-' && this.peek(1) !== ']' && from.length === 2 && from[0] === from[1]) {
        this.i++;
        const to = this.classAtom();
        parts.push(fromRanges([[from[0] as number, to[1] as number]]));
      } else parts.push(from);
    }
    this.i++;
    const all = union(...parts);
    return negated ? complement(all) : all;
  }

  private classAtom(): CharSet {
    return this.peek() === '\\' ? this.escape(true) : char(this.next());
  }
}
