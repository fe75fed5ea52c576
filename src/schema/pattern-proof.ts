/**
 * Proves that JavaScript's backtracking engine runs a pattern in linear time, or says it cannot.
 *
 * A backtracking matcher explores, one after another, every path of the pattern's automaton that
 * reads a prefix of the text (the search for a start position is a loop in front that reads any
 * character). If no two distinct paths read the same text into the same state (the automaton is
 * unambiguous), there are at most as many paths per prefix as states, so the work is linear in
 * the text's length (Weber and Seidl, "On the degree of ambiguity of finite automata", 1991;
 * Weideman et al., "Analyzing matching time behavior of backtracking regular expression
 * matchers by using ambiguity of NFA", 2016). The automaton is Glushkov's (one state per
 * character of the pattern, counted repetitions written out), with every edge counting the
 * distinct ways between two states, so `(a+)+` is two ways from a to a; assertions are taken as
 * always passing, which only adds paths. Anything beyond the size limits is "not proven".
 */
import type { CharSet } from './charset.js';
import { ANY, EMPTY, intersects } from './charset.js';
import type { PatternNode } from './pattern-parse.js';

/** Whether every match must start at the beginning of the text (the pattern opens with ^). */
export function anchoredAtStart(n: PatternNode): boolean {
  switch (n.kind) {
    case 'assert':
      return n.what === '^';
    case 'seq':
      return n.items[0] !== undefined && anchoredAtStart(n.items[0]);
    case 'alt':
      return n.options.every(anchoredAtStart);
    default:
      return false;
  }
}

/** States (characters, counted repetitions written out) a proof handles at most. */
export const MAX_PROOF_STATES = 400;
const MAX_PROOF_NODES = 20_000;
const MAX_PROOF_STEPS = 2_000_000;

/** State -> the number of distinct ways to it: 1, or 2 meaning "more than one". */
type Ways = Map<number, number>;

interface Fragment {
  readonly first: Ways;
  readonly last: Ways;
  /** The number of ways to match nothing (0, 1, or 2 for more). */
  readonly empty: number;
}

class Unproven extends Error {}

const add = (a: number, b: number): number => Math.min(2, a + b);
const times = (a: number, b: number): number => Math.min(2, a * b);

function sum(a: Ways, b: Ways, factor = 1): Ways {
  const out = new Map(a);
  if (factor > 0) for (const [s, n] of b) out.set(s, add(out.get(s) ?? 0, times(n, factor)));
  return out;
}

const NOTHING: Fragment = { first: new Map(), last: new Map(), empty: 1 };

/** The automaton being built: each state's label and the ways to each next state. */
class Automaton {
  readonly labels: CharSet[] = [];
  readonly next: Ways[] = [];
  private nodes = 0;

  state(label: CharSet): number {
    if (this.labels.length >= MAX_PROOF_STATES) throw new Unproven();
    this.labels.push(label);
    this.next.push(new Map());
    return this.labels.length - 1;
  }

  link(from: Ways, to: Ways): void {
    for (const [p, a] of from) this.next[p] = sum(this.next[p] as Ways, to, a);
  }

  then(a: Fragment, b: Fragment): Fragment {
    this.link(a.last, b.first);
    return { first: sum(a.first, b.first, a.empty), last: sum(b.last, a.last, b.empty), empty: times(a.empty, b.empty) };
  }

  build(n: PatternNode): Fragment {
    if (++this.nodes > MAX_PROOF_NODES) throw new Unproven();
    switch (n.kind) {
      case 'set': {
        const s = new Map([[this.state(n.set), 1]]);
        return { first: s, last: s, empty: 0 };
      }
      case 'assert':
        return NOTHING;
      case 'seq':
        return n.items.reduce((f: Fragment, item) => this.then(f, this.build(item)), NOTHING);
      case 'alt':
        return n.options.map((o) => this.build(o)).reduce((a, b) => ({ first: sum(a.first, b.first), last: sum(a.last, b.last), empty: add(a.empty, b.empty) }));
      case 'repeat':
        return this.repeat(n.body, n.min, n.max);
    }
  }

  /** body{min,max}: min copies, then a loop, or max - min nested optional copies (as the matcher counts). */
  private repeat(body: PatternNode, min: number, max: number): Fragment {
    const unbounded = max === Infinity;
    let f = NOTHING;
    for (let i = 0; i < (unbounded && min > 0 ? min - 1 : min); i++) f = this.then(f, this.build(body));
    if (unbounded) {
      const loop = this.build(body);
      // A loop whose body can match nothing: left to RE2.
      if (loop.empty > 0) throw new Unproven();
      this.link(loop.last, loop.first);
      return this.then(f, min === 0 ? { ...loop, empty: 1 } : loop);
    }
    let tail = NOTHING;
    for (let i = 0; i < max - min; i++) {
      const copy = this.build(body);
      tail = i === 0 ? { ...copy, empty: add(1, copy.empty) } : this.optional(this.then(copy, tail));
    }
    return this.then(f, tail);
  }

  private optional(f: Fragment): Fragment {
    return { ...f, empty: add(1, f.empty) };
  }
}

/** Whether no two distinct paths from `start` read the same text into the same state (product construction). */
function unambiguous(a: Automaton, start: number): boolean {
  const k = a.labels.length;
  const seen = new Uint8Array(2 * k * k);
  const queue = [start * k + start];
  let steps = 0;
  while (queue.length > 0) {
    const code = queue.pop() as number;
    const apart = code >= k * k;
    const p = Math.floor((code % (k * k)) / k);
    const q = code % k;
    for (const [p2, ways] of a.next[p] as Ways) {
      for (const q2 of (a.next[q] as Ways).keys()) {
        if (++steps > MAX_PROOF_STEPS) throw new Unproven();
        if (!intersects(a.labels[p2] as CharSet, a.labels[q2] as CharSet)) continue;
        // Two paths that were one until now (p === q) part here when one step can be taken two ways.
        if (p2 === q2 && (apart || ways > 1)) return false;
        const next = (apart || p2 !== q2 ? k * k : 0) + p2 * k + q2;
        if (seen[next] === 0) {
          seen[next] = 1;
          queue.push(next);
        }
      }
    }
  }
  return true;
}

/**
 * Whether the pattern provably runs in linear time on a backtracking engine (JavaScript's);
 * false means "not proven", and the pattern is then run on RE2.
 */
export function provablyLinear(root: PatternNode): boolean {
  try {
    const a = new Automaton();
    const start = a.state(EMPTY);
    const f = a.build(root);
    // Ways to the end of a match: two ways to finish from one state are two paths as well.
    if (f.empty > 1 || [...f.last.values()].some((n) => n > 1)) return false;
    a.next[start] = new Map(f.first);
    if (!anchoredAtStart(root)) {
      // The search for a start position: a state before the pattern that reads any character.
      const search = a.state(ANY);
      a.next[start] = sum(a.next[start] as Ways, new Map([[search, 1]]));
      a.next[search] = sum(f.first, new Map([[search, 1]]));
    }
    return unambiguous(a, start);
  } catch (e) {
    if (e instanceof Unproven) return false;
    throw e;
  }
}
