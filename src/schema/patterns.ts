/**
 * The regular expressions of a spec, as Ajv runs them: on RE2 (linear time) for a user's spec,
 * and on JavaScript's faster engine only for a bundled spec whose every pattern is proven to run
 * in linear time there (pattern-proof.ts).
 */
import { MAX_SPEC_PROGRAM_SIZE, PatternRefused } from './pattern-error.js';
import { parsePattern } from './pattern-parse.js';
import { provablyLinear } from './pattern-proof.js';
import { compileRe2 } from './pattern-re2.js';

/** What Ajv needs of a compiled pattern. */
export interface PatternTest {
  test(s: string): boolean;
  toString(): string;
}

const compiled = new Map<string, { readonly test: PatternTest; readonly size: number }>();
/** The patterns of the schema being compiled, and their RE2 programs' total size. */
let budget: { readonly seen: Set<string>; used: number } | undefined;

/**
 * Compiles a schema's patterns within MAX_SPEC_PROGRAM_SIZE in all (so a spec of many large
 * patterns cannot take minutes to load): `compile` runs with a budget of its own.
 */
export function withPatternBudget<T>(compile: () => T): T {
  const outer = budget;
  budget = { seen: new Set(), used: 0 };
  try {
    return compile();
  } finally {
    budget = outer;
  }
}

/**
 * Ajv's `code.regExp` for a user's spec: a pattern proven to run in linear time on JavaScript's
 * own engine (provenLinear) runs there, several times faster than RE2 in JavaScript; every other
 * pattern runs on RE2 with JavaScript's meaning. Throws PatternRefused for a pattern RE2 cannot
 * run, or one past the size limits.
 */
export const re2RegExp = Object.assign(
  (pattern: string, flags: string): PatternTest => {
    if (flags !== 'u') throw new PatternRefused(pattern, 'unsupported', `flags "${flags}"`);
    let native = nativeProven.get(pattern);
    if (native === undefined) nativeProven.set(pattern, (native = provenLinear(pattern) ? new RegExp(pattern, 'u') : null));
    if (native !== null) return native;
    // Ajv asks again for every use of a pattern; it is compiled once.
    let c = compiled.get(pattern);
    if (c === undefined) {
      const { test, size } = compileRe2(parsePattern(pattern), pattern);
      // Ajv keys its compiled patterns by toString(), so each must say which pattern it is.
      c = { test: { test, toString: () => `re2:${pattern}` }, size };
      compiled.set(pattern, c);
    }
    if (budget !== undefined && !budget.seen.has(pattern)) {
      budget.seen.add(pattern);
      budget.used += c.size;
      if (budget.used > MAX_SPEC_PROGRAM_SIZE) throw new PatternRefused(pattern, 'too-large-total');
    }
    return c.test;
  },
  { code: 're2js' },
);

/** Patterns of users' specs looked at so far: JavaScript's expression when proven linear, else null. */
const nativeProven = new Map<string, RegExp | null>();

/** Whether a pattern is proven to run in linear time on JavaScript's own engine. */
export function provenLinear(pattern: string): boolean {
  try {
    return provablyLinear(parsePattern(pattern));
  } catch (e) {
    if (e instanceof PatternRefused) return false;
    throw e;
  }
}

/**
 * Every regular expression a schema holds: `pattern` values and `patternProperties` keys, at any
 * depth (an annotation that happens to be called pattern is counted too, which only errs on the
 * safe side).
 */
export function schemaPatterns(schema: unknown): string[] {
  const out: string[] = [];
  const stack: unknown[] = [schema];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) {
      stack.push(...(v as unknown[]));
      continue;
    }
    for (const [k, child] of Object.entries(v as Record<string, unknown>)) {
      if (k === 'pattern' && typeof child === 'string') out.push(child);
      if (k === 'patternProperties' && typeof child === 'object' && child !== null) out.push(...Object.keys(child));
      stack.push(child);
    }
  }
  return out;
}
