/** Finds specs (bundled and in the user's folders) and resolves --spec <id>, <id>@<version> or <path>. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve as resolvePath } from 'node:path';
import { DatakollError } from '../errors.js';
import { BUNDLED_SPECS_DIR, loadSpecFile } from './load.js';
import { compareVersions } from './spec.js';
import { bundledSpecAt, closestSpecs, normalizeSpecUrl } from './addresses.js';
import { suggestIds } from './suggest.js';
import type { Spec } from './spec.js';

export interface RegistryOptions {
  /** Extra folders of the user's own specs, searched after the bundled ones. */
  readonly specsDirs?: readonly string[];
  /** Override the bundled folder (tests). */
  readonly bundledDir?: string;
}

interface Entry {
  readonly id: string;
  readonly version: string;
  readonly file: string;
  readonly bundled: boolean;
}

/** A spec reference that names a file rather than an id. */
export function looksLikePath(ref: string): boolean {
  return ref.includes('/') || ref.includes('\\') || ref.endsWith('.json');
}

/** A spec reference that is a web address (a dataset's dcterms:conformsTo). */
export function looksLikeUrl(ref: string): boolean {
  return /^https?:\/\//i.test(ref);
}

/** The spec catalogue: bundled specs laid out as <dir>/<id>/<version>.json, plus user folders. */
export class Registry {
  private readonly bundledDir: string;
  private readonly specsDirs: readonly string[];
  private entries: Entry[] | undefined;
  private readonly loaded = new Map<string, Spec>();

  constructor(readonly options: RegistryOptions = {}) {
    this.bundledDir = options.bundledDir ?? BUNDLED_SPECS_DIR;
    this.specsDirs = options.specsDirs ?? [];
  }

  /** Resolves a --spec value to a loaded, checked spec. */
  resolve(ref: string): Spec {
    if (looksLikeUrl(ref)) return this.resolveUrl(ref);
    if (looksLikePath(ref)) {
      const file = resolvePath(ref);
      if (!existsSync(file)) throw new DatakollError('usage', 'spec-not-found', { spec: ref });
      return this.load({ id: '', version: '', file, bundled: false });
    }
    const at = ref.lastIndexOf('@');
    const id = at > 0 ? ref.slice(0, at) : ref;
    const version = at > 0 ? ref.slice(at + 1) : undefined;
    const candidates = this.index().filter((e) => e.id === id);
    if (candidates.length === 0) {
      const known = [...new Set(this.index().map((e) => e.id))].sort();
      const meant = suggestIds(id, known);
      if (meant.length > 0) throw new DatakollError('usage', 'spec-unknown-meant', { spec: id, meant: meant.join(', '), count: meant.length });
      throw new DatakollError('usage', 'spec-unknown', { spec: id, known: known.join(', ') });
    }
    const pick = version === undefined ? latest(candidates) : candidates.find((e) => e.version === version);
    if (pick === undefined) {
      const versions = candidates.map((e) => e.version).join(', ');
      throw new DatakollError('usage', 'spec-version-unknown', { spec: id, version: version ?? '', versions });
    }
    return this.load(pick);
  }

  /**
   * Finds the spec an address names: one whose official URI it is (a user's spec first), or a
   * bundled spec published there (src/registry/addresses.ts).
   */
  private resolveUrl(url: string): Spec {
    const wanted = normalizeSpecUrl(url);
    const match = this.all().filter((s) => s.officialUrl !== undefined && normalizeSpecUrl(s.officialUrl) === wanted);
    if (match.length > 0) return match.reduce((best, s) => (!s.bundled || compareVersions(s.version, best.version) > 0 ? s : best));
    const target = bundledSpecAt(url);
    const bundled = this.index().filter((e) => e.bundled);
    if (target === undefined) {
      const closest = closestSpecs(url, [...new Set(bundled.map((e) => e.id))]);
      throw new DatakollError('usage', 'spec-url-unknown', { spec: url, closest: closest.join(', ') });
    }
    const candidates = bundled.filter((e) => e.id === target.id);
    const pick = target.version === undefined ? latest(candidates) : candidates.find((e) => e.version === target.version);
    if (pick === undefined) {
      const versions = candidates.map((e) => e.version).join(', ');
      throw new DatakollError('usage', 'spec-url-version', { spec: url, id: target.id, version: target.version ?? '', versions });
    }
    return this.load(pick);
  }

  /** The latest version of every spec, sorted by id. */
  list(): Spec[] {
    const byId = new Map<string, Entry[]>();
    for (const e of this.index()) byId.set(e.id, [...(byId.get(e.id) ?? []), e]);
    return [...byId.keys()].sort().map((id) => this.load(latest(byId.get(id) as Entry[])));
  }

  /** Every version of every spec. */
  all(): Spec[] {
    return this.index().map((e) => this.load(e));
  }

  private load(e: Entry): Spec {
    let spec = this.loaded.get(e.file);
    if (spec === undefined) {
      spec = loadSpecFile(e.file, e.bundled);
      this.loaded.set(e.file, spec);
    }
    return spec;
  }

  private index(): Entry[] {
    if (this.entries !== undefined) return this.entries;
    const entries: Entry[] = [];
    for (const dir of safeReaddir(this.bundledDir)) {
      const sub = join(this.bundledDir, dir);
      if (!isDir(sub)) continue;
      for (const f of safeReaddir(sub)) {
        if (f.endsWith('.json')) entries.push({ id: dir, version: f.slice(0, -'.json'.length), file: join(sub, f), bundled: true });
      }
    }
    for (const dir of this.specsDirs) {
      if (!isDir(dir)) throw new DatakollError('usage', existsSync(dir) ? 'specs-dir-not-folder' : 'specs-dir-missing', { dir });
      for (const file of jsonFilesBelow(dir)) {
        const spec = this.load({ id: '', version: '', file, bundled: false });
        entries.push({ id: spec.id, version: spec.version, file, bundled: false });
      }
    }
    this.entries = entries;
    return entries;
  }
}

/** The highest version; on a tie a user's spec (listed later) wins over the bundled one. */
function latest(entries: readonly Entry[]): Entry {
  return entries.reduce((best, e) => (compareVersions(e.version, best.version) >= 0 ? e : best));
}

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function jsonFilesBelow(dir: string): string[] {
  const out: string[] = [];
  for (const name of safeReaddir(dir)) {
    const p = join(dir, name);
    if (isDir(p)) out.push(...jsonFilesBelow(p));
    else if (name.endsWith('.json')) out.push(p);
  }
  return out;
}
