/**
 * Checks of one's own, from modules a library user names (ValidateOptions.checks): each module's
 * default export is a Check (src/checks/check.ts) or a list of them. They run after the table's,
 * on every thread: a worker thread loads the same modules by the same names.
 */
import { pathToFileURL } from 'node:url';
import { isAbsolute, resolve } from 'node:path';
import type { Check, RowCheck, WholeFileCheck } from '../checks/index.js';
import { CHECKS } from '../checks/index.js';
import { CODES, SPEC_PROBLEMS, sayBoth } from '../report/index.js';
import type { Templates } from '../report/index.js';
import { DatakollError } from '../errors.js';

const loaded = new Map<string, Promise<readonly Check[]>>();

/** The address a module is loaded by: a file: URL as it is, a path made absolute. */
export function checkModuleUrl(specifier: string): string {
  if (specifier.startsWith('file:')) return specifier;
  return pathToFileURL(isAbsolute(specifier) ? specifier : resolve(specifier)).href;
}

/** The checks of the modules, each module loaded once per thread. */
export async function loadChecks(specifiers: readonly string[] | undefined): Promise<readonly Check[]> {
  if (specifiers === undefined || specifiers.length === 0) return [];
  const lists = await Promise.all(specifiers.map((s) => load(checkModuleUrl(s))));
  const checks = lists.flat();
  // Ids name a check's logs across threads: two checks may not share one.
  const seen = new Set(CHECKS.map((c) => c.id));
  for (const c of checks) {
    if (seen.has(c.id)) throw new DatakollError('usage', 'check-module', { problem: sayBoth(SPEC_PROBLEMS['check-id-twice'], { id: JSON.stringify(c.id), bundled: CHECKS.map((b) => b.id).join(', ') }) });
    seen.add(c.id);
  }
  return checks;
}

/** A failure inside a check of one's own: named for the check, a usage error (not an unreadable file). */
function failed(id: string, e: unknown): DatakollError {
  if (e instanceof DatakollError) return e;
  const why = e instanceof Error ? e.message : String(e);
  return new DatakollError('usage', 'check-failed', { id, why });
}

/** Runs fn, turning what it throws into failed(id, …). */
function guarded<A extends unknown[], R>(id: string, fn: ((...a: A) => R) | undefined): ((...a: A) => R) | undefined {
  if (fn === undefined) return undefined;
  return (...a: A) => {
    try {
      return fn(...a);
    } catch (e) {
      throw failed(id, e);
    }
  };
}

/** A user's check whose every hook names the check when it throws. */
function guardedCheck(c: Check): Check {
  const id = c.id;
  const rows = (setup: Parameters<Check['rows']>[0], whole?: WholeFileCheck): RowCheck | undefined => {
    const part = guarded(id, (s: typeof setup, w?: WholeFileCheck) => c.rows(s, w))?.(setup, whole);
    if (part === undefined) return undefined;
    const g: RowCheck = { ...part };
    const wrap = <K extends 'record' | 'log' | 'take' | 'close'>(k: K): void => {
      const f = part[k] as ((...a: unknown[]) => unknown) | undefined;
      if (f !== undefined) (g as Record<string, unknown>)[k] = guarded(id, (...a: unknown[]) => f.apply(part, a));
    };
    wrap('record');
    wrap('log');
    wrap('take');
    wrap('close');
    Object.defineProperty(g, 'logged', { get: () => part.logged });
    return g;
  };
  const whole = c.whole === undefined ? undefined : (setup: Parameters<Check['rows']>[0], keep: number): WholeFileCheck | undefined => {
    const part = guarded(id, (s: typeof setup, k: number) => c.whole?.(s, k))?.(setup, keep);
    if (part === undefined) return undefined;
    return { take: (log, shift) => (guarded(id, part.take.bind(part)) as WholeFileCheck['take'])(log, shift), end: (out) => (guarded(id, part.end.bind(part)) as WholeFileCheck['end'])(out), close: () => (guarded(id, part.close.bind(part)) as WholeFileCheck['close'])() };
  };
  return { id, codes: c.codes, rows, ...(whole !== undefined ? { whole } : {}), ...(c.transfer !== undefined ? { transfer: c.transfer.bind(c) } : {}) };
}

function load(url: string): Promise<readonly Check[]> {
  let p = loaded.get(url);
  if (p === undefined) {
    p = import(url).then(
      (m: { default?: unknown }) => checked(url, m.default),
      (e: unknown) => {
        throw new DatakollError('usage', 'check-module', { problem: sayBoth(SPEC_PROBLEMS['check-not-loaded'], { url, why: e instanceof Error ? e.message : String(e) }) });
      },
    );
    loaded.set(url, p);
  }
  return p;
}

/** The module's checks, or a usage error saying what is wrong with them. */
function checked(url: string, exported: unknown): readonly Check[] {
  const list = Array.isArray(exported) ? (exported as unknown[]) : [exported];
  for (const c of list) {
    const problem = problemOf(c as Partial<Check> | undefined);
    if (problem !== undefined) throw new DatakollError('usage', 'check-module', { problem: sayBoth(SPEC_PROBLEMS['check-unusable'], { url, why: problem }) });
  }
  return (list as Check[]).map(guardedCheck);
}

function problemOf(check: Partial<Check> | undefined): Templates | undefined {
  if (typeof check !== 'object' || check === null) return SPEC_PROBLEMS['check-not-a-check'];
  if (typeof check.id !== 'string' || check.id === '') return SPEC_PROBLEMS['check-no-id'];
  if (typeof check.rows !== 'function') return sayBoth(SPEC_PROBLEMS['check-no-rows'], { id: check.id });
  if (!Array.isArray(check.codes) || check.codes.some((code) => !(code in CODES))) return sayBoth(SPEC_PROBLEMS['check-unknown-codes'], { id: check.id });
  return undefined;
}
