/** --spec auto: the spec whose attributes best match the columns a file starts with. */
import { Readable } from 'node:stream';
import type { Lang, SpecChoice } from '../report/index.js';
import { uiSay } from '../report/index.js';
import { DatakollError } from '../errors.js';
import { AUTO_MIN_SCORE, leafNames, rankSpecs } from '../registry/index.js';
import type { Registry, Spec } from '../registry/index.js';
import { decodeText, detectCsv, headEncoding, parseCsvText, readJson } from '../input/index.js';
import type { Encoding } from '../input/index.js';
import type { Opened } from './source.js';

/**
 * The column names a file starts with, read in the encoding its run decides (the one named, or what
 * the first chunk says): the CSV header, or the leaf names of the first JSON record.
 */
async function namesIn(opened: Opened, encoding: Encoding | undefined, delimiter: string | undefined): Promise<string[]> {
  const text = decodeText(opened.head, headEncoding(opened.head, opened.whole, encoding).encoding).replace(/^\uFEFF/, '');
  if (opened.format === 'csv') {
    // The header as the run will read it: the delimiter sniffed (an Excel export's semicolons), a title row above it skipped.
    const dialect = detectCsv(opened.head, opened.whole, { ...(encoding !== undefined ? { encoding } : {}), ...(delimiter !== undefined ? { delimiter } : {}) }).dialect;
    const lines = text.split(/\r?\n|\r/, 2);
    return parseCsvText(lines[dialect.titleRow === true ? 1 : 0] ?? '', dialect.delimiter)[0] ?? [];
  }
  let first: unknown;
  const sink = { start: () => undefined, record: (v: unknown) => void (first ??= v), syntax: () => undefined, notRecords: () => undefined, recordsAmbiguous: () => undefined };
  await readJson(Readable.from([Buffer.from(text, 'utf8')]), sink);
  return leafNames(first);
}

/** The best matching spec and how well it matched; a usage error when none matches well enough. */
export async function chooseSpec(opened: Opened, registry: Registry, hints: { readonly encoding: Encoding | undefined; readonly delimiter: string | undefined }, name: string): Promise<{ spec: Spec; choice: SpecChoice }> {
  return chooseSpecByNames(await namesIn(opened, hints.encoding, hints.delimiter), registry, name);
}

/** The best matching spec for a file's column names (a workbook's header row, say). */
export function chooseSpecByNames(names: readonly string[], registry: Registry, name: string): { spec: Spec; choice: SpecChoice } {
  const ranked = rankSpecs(names, registry.list());
  const candidates = ranked.slice(0, 3).map((m) => ({ id: m.spec.id, version: m.spec.version, score: Math.round(m.score * 100) / 100 }));
  const best = ranked[0];
  if (names.length === 0) throw new DatakollError('usage', 'spec-auto-no-columns', { file: name });
  if (best === undefined || best.score < AUTO_MIN_SCORE) {
    const near = candidates.filter((c) => c.score > 0);
    const listIn = (lang: Lang): string => near.map((c) => `${c.id}@${c.version} (${uiSay('percent', lang, { n: Math.round(c.score * 100) })})`).join(', ');
    const list = { sv: listIn('sv'), en: listIn('en') };
    throw new DatakollError('usage', 'spec-auto-no-match', { file: name, candidates: list });
  }
  return { spec: best.spec, choice: { method: 'auto', score: candidates[0]?.score ?? 0, candidates } };
}
