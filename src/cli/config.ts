/**
 * Finds and reads datakoll.config.json and turns it into jobs: files (from its globs, expanded
 * with tinyglobby relative to the config's folder) paired with a spec and options. zod (which
 * checks the file) and tinyglobby are imported only when there is a config file.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { DatakollError } from '../errors.js';
import { unreadableParams } from '../api/source.js';
import { jsonProblemWords } from '../input/index.js';
import { reasonText, SPEC_PROBLEMS } from '../report/index.js';
import { looksLikePath, looksLikeUrl } from '../registry/index.js';
import { delimiterOption } from '../options/rules.js';
import { CONFIG_FILE } from '../options/validate.js';
import type { ConfigEntry, DatakollConfig } from '../options/config.js';
import { followLinks } from './write/target.js';

export interface LoadedConfig {
  readonly config: DatakollConfig;
  /** The config file's path, as shown in messages. */
  readonly file: string;
  /** Its absolute path (an input: no output may write over it). */
  readonly path: string;
  /** Its folder (absolute): globs, output files and spec folders are relative to it. */
  readonly dir: string;
}

/** One validateFiles call: files and the spec and options they are checked with. */
export interface Job {
  readonly files: readonly string[];
  readonly spec: string;
  readonly maxErrors?: number;
  readonly inputFormat?: ConfigEntry['inputFormat'];
  readonly delimiter?: string;
  /** The workbook's sheet (checked when the config was read). */
  readonly sheet?: string;
  /** The encoding of the CSV files, as the config names it (checked when the config was read). */
  readonly encoding?: string;
  /** The publisher's municipality code and/or organisation number (--publisher). */
  readonly publisher?: string | readonly string[];
  /** Index of the config entry the job came from. */
  readonly entry?: number;
}

/** Reads the config named by --config, or datakoll.config.json in cwd when it exists. */
export async function loadConfig(cwd: string, explicit: string | undefined): Promise<LoadedConfig | undefined> {
  const path = resolve(cwd, explicit ?? CONFIG_FILE);
  const shown = explicit ?? CONFIG_FILE;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (explicit === undefined && code === 'ENOENT') return undefined;
    const why = unreadableParams(e);
    throw new DatakollError('usage', 'config-unreadable', { file: shown, reason: { sv: reasonText('file-unreadable', 'sv', why), en: reasonText('file-unreadable', 'en', why) } });
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    // Where and why, in the catalogue's words (JSON.parse's own message is English).
    throw new DatakollError('usage', 'config-not-json', { file: shown, problem: jsonProblemWords(text) ?? SPEC_PROBLEMS['not-json'] });
  }
  const { parseConfig } = await import('../options/config.js');
  return { config: parseConfig(json, shown), file: shown, path, dir: dirname(path) };
}

/** A path from the config, resolved against the config's folder. */
export function fromConfig(loaded: LoadedConfig, p: string): string {
  return isAbsolute(p) ? p : resolve(loaded.dir, p);
}

/** Where `p` really is: its real path, or the real path of its nearest existing folder and the rest. */
function realLocation(p: string): string {
  const { final, descriptor } = followLinks(p);
  if (descriptor) return final;
  let existing = final;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  return join(realpathSync(existing), relative(existing, final));
}

/** Whether `p` is `dir` or inside it. */
function inside(dir: string, p: string): boolean {
  return p === dir || p.startsWith(dir.endsWith(sep) ? dir : dir + sep);
}

/**
 * An output the config file names (`key`: outputs[0], badge), resolved: it must stay inside the
 * config file's folder, so a cloned repository's config cannot write elsewhere on the machine
 * (no absolute path, no "..", no symbolic link leading out). A flag on the command line can.
 */
export function confinedOutput(loaded: LoadedConfig, key: string, p: string): string {
  const target = resolve(loaded.dir, p);
  let ok = !isAbsolute(p) && inside(loaded.dir, target);
  try {
    ok &&= inside(realpathSync(loaded.dir), realLocation(target));
  } catch {
    ok = false;
  }
  if (ok) return target;
  const given = JSON.stringify(p);
  throw new DatakollError('usage', 'config-output-outside', { file: loaded.file, key, given });
}

/** Every file the config's globs find, absolute (each is an input the run must not write over). */
export async function configInputs(loaded: LoadedConfig): Promise<string[]> {
  const found = await Promise.all(loaded.config.validate.map((e) => expand(loaded, e, loaded.dir)));
  return found.flat().map((f) => resolve(loaded.dir, f));
}

/** Files a config entry's globs match, as paths relative to cwd, sorted. */
async function expand(loaded: LoadedConfig, entry: ConfigEntry, cwd: string): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  const found = await glob(entry.files, { cwd: loaded.dir, ignore: [...(entry.ignore ?? [])], absolute: true, onlyFiles: true, expandDirectories: false });
  return found.map((f) => relative(cwd, f) || f).sort();
}

/** A spec named by path in the config is relative to the config's folder; ids and URIs stay as they are. */
function specOf(loaded: LoadedConfig, spec: string): string {
  return looksLikePath(spec) && !looksLikeUrl(spec) ? fromConfig(loaded, spec) : spec;
}

function job(loaded: LoadedConfig, entry: ConfigEntry, files: string[], index: number): Job {
  return { files, spec: specOf(loaded, entry.spec), entry: index, ...(entry.maxErrors !== undefined ? { maxErrors: entry.maxErrors } : {}), ...(entry.inputFormat !== undefined ? { inputFormat: entry.inputFormat } : {}), ...(entry.delimiter !== undefined ? { delimiter: delimiterOption(entry.delimiter) } : {}), ...(entry.sheet !== undefined ? { sheet: entry.sheet } : {}), ...(entry.encoding !== undefined ? { encoding: entry.encoding } : {}), ...(entry.publisher !== undefined ? { publisher: entry.publisher } : {}) };
}

/** Every entry of the config as a job; an entry whose globs match nothing is a configuration error. */
export async function jobsFromConfig(loaded: LoadedConfig, cwd: string): Promise<Job[]> {
  const jobs: Job[] = [];
  for (const [i, entry] of loaded.config.validate.entries()) {
    const files = await expand(loaded, entry, cwd);
    if (files.length === 0) throw new DatakollError('usage', 'config-no-files', { file: loaded.file, entry: i, files: JSON.stringify(entry.files), folder: relative(cwd, loaded.dir) });
    jobs.push(job(loaded, entry, files, i));
  }
  return jobs;
}

/** Files named on the command line without --spec: each goes to the first config entry whose globs match it. */
export async function jobsForFiles(loaded: LoadedConfig, files: readonly string[], cwd: string): Promise<Job[]> {
  const matched = await Promise.all(loaded.config.validate.map(async (e) => new Set((await expand(loaded, e, cwd)).map((f) => resolve(cwd, f)))));
  const jobs: Job[] = [];
  for (const f of files) {
    const i = matched.findIndex((set) => set.has(resolve(cwd, f)));
    if (i === -1) throw new DatakollError('usage', 'no-spec-for-file', { file: f, config: loaded.file });
    const last = jobs[jobs.length - 1];
    // Consecutive files of one entry share a job, so the report keeps the command line's order.
    if (last !== undefined && last.entry === i) jobs[jobs.length - 1] = { ...last, files: [...last.files, f] };
    else jobs.push(job(loaded, loaded.config.validate[i] as ConfigEntry, [f], i));
  }
  return jobs;
}

/**
 * --config and --no-config on one command line are a usage error, in whichever order (commander
 * would let the last one win, silently): the rule for one parse, told each flag as it is read.
 */
export function configFlagsRule(): (flag: 'config' | 'no-config') => void {
  const seen = new Set<string>();
  return (flag) => {
    seen.add(flag);
    if (seen.size === 2) throw new DatakollError('usage', 'config-and-no-config');
  };
}
