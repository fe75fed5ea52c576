/**
 * Checks of one's own, from modules a library user names (ValidateOptions.checks): each module's
 * default export is a Check (src/checks/check.ts) or a list of them. They run after the table's,
 * on every thread: a worker thread loads the same modules by the same names.
 */
import { pathToFileURL } from 'node:url';
import { isAbsolute, resolve } from 'node:path';
import type { Check } from '../checks/index.js';
import { CODES } from '../report/index.js';
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
  return lists.flat();
}

function load(url: string): Promise<readonly Check[]> {
  let p = loaded.get(url);
  if (p === undefined) {
    p = import(url).then(
      (m: { default?: unknown }) => checked(url, m.default),
      (e: unknown) => {
        throw new DatakollError('usage', 'check-module', { en: `The check module ${url} could not be loaded: ${e instanceof Error ? e.message : String(e)}`, sv: `Kontrollmodulen ${url} kunde inte läsas in: ${e instanceof Error ? e.message : String(e)}` }, { url });
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
    if (problem !== undefined) throw new DatakollError('usage', 'check-module', { en: `The check module ${url} cannot be used: ${problem.en}.`, sv: `Kontrollmodulen ${url} går inte att använda: ${problem.sv}.` }, { url });
  }
  return list as Check[];
}

function problemOf(check: Partial<Check> | undefined): { en: string; sv: string } | undefined {
  if (typeof check !== 'object' || check === null) return { en: 'its default export is not a check', sv: 'det den exporterar som standard är ingen kontroll' };
  if (typeof check.id !== 'string' || check.id === '') return { en: 'a check has no id', sv: 'en kontroll saknar id' };
  if (typeof check.rows !== 'function') return { en: `check ${check.id} has no rows() hook`, sv: `kontrollen ${check.id} saknar funktionen rows()` };
  if (!Array.isArray(check.codes) || check.codes.some((code) => !(code in CODES))) return { en: `check ${check.id} lists codes that are not in the catalogue`, sv: `kontrollen ${check.id} anger koder som inte finns i katalogen` };
  return undefined;
}
