/**
 * The JSON report for machines: the versioned RunReport with each diagnostic's message in the
 * chosen language. It is written in pieces (formatJsonPieces) of about 64 K characters,
 * so a large report is never one string too long for JavaScript; the text is the same as
 * JSON.stringify's with an indent of two (formatJson joins the pieces).
 */
import type { Diagnostic, FileReport, RunReport } from '../report/index.js';
import { explainCommand, renderMessage } from '../report/index.js';
import type { FormatContext } from './context.js';
import { jsonText } from './shared.js';
import { fixCommand, reportOrder } from './order.js';

/** About how long a piece is, in characters. */
const PIECE_CHARS = 1 << 16;

function withMessage(d: Diagnostic, ctx: FormatContext): Diagnostic & { message: string } {
  return { ...d, message: renderMessage(d.code, ctx.lang, { ...d.params, field: d.field ?? '', value: d.value ?? '' }) };
}

/** A value written piece by piece at an indentation depth, instead of by one JSON.stringify. */
class Pieces {
  constructor(readonly write: (depth: number) => Iterable<string>) {}
}

const pad = (depth: number): string => '  '.repeat(depth);

/** One value at a depth: JSON.stringify's text, its lines indented as deep as it stands. */
function* value(v: unknown, depth: number): Generator<string> {
  if (v instanceof Pieces) yield* v.write(depth);
  else yield jsonText(v, 2).replace(/\n/g, `\n${pad(depth)}`);
}

/** An object written key by key (keys whose value is undefined are left out, as JSON.stringify does). */
function object(entries: Iterable<readonly [string, unknown]>): Pieces {
  return new Pieces(function* (depth) {
    let first = true;
    for (const [k, v] of entries) {
      if (v === undefined) continue;
      yield `${first ? '{\n' : ',\n'}${pad(depth + 1)}${jsonText(k)}: `;
      yield* value(v, depth + 1);
      first = false;
    }
    yield first ? '{}' : `\n${pad(depth)}}`;
  });
}

/** An array written item by item, each item made only when it is written. */
function array<T>(items: readonly T[], map: (t: T) => unknown): Pieces {
  return new Pieces(function* (depth) {
    if (items.length === 0) {
      yield '[]';
      return;
    }
    for (let i = 0; i < items.length; i++) {
      yield `${i === 0 ? '[\n' : ',\n'}${pad(depth + 1)}`;
      yield* value(map(items[i] as T), depth + 1);
    }
    yield `\n${pad(depth)}]`;
  });
}

/** Small pieces gathered into pieces of about PIECE_CHARS characters (fewer writes). */
function* gathered(pieces: Iterable<string>): Generator<string> {
  let parts: string[] = [];
  let length = 0;
  for (const p of pieces) {
    parts.push(p);
    length += p.length;
    if (length >= PIECE_CHARS) {
      yield parts.join('');
      parts = [];
      length = 0;
    }
  }
  if (parts.length > 0) yield parts.join('');
}

/** What `datakoll fix` repairs in a file: how many of its findings (by the catalogue's fixable codes), of which codes, and the command. */
function fixableEntry(f: FileReport): unknown {
  const o = reportOrder(f);
  return { findings: o.fixableCount, of: o.total, codes: o.fixable.map((k) => k.code), ...(o.fixableCount > 0 ? { command: fixCommand(f) } : {}) };
}

function fileEntries(f: FileReport, ctx: FormatContext): Pieces {
  return object(
    Object.entries(f).flatMap(([k, v]): [string, unknown][] => {
      if (k === 'diagnostics') return [[k, array(f.diagnostics, (d) => withMessage(d, ctx))]];
      if (k === 'groups') return [[k, array(f.groups, (g) => ({ ...g, examples: g.examples.map((d) => withMessage(d, ctx)), explain: explainCommand(g.code) }))]];
      if (k === 'stats') return [[k, v], ['fixable', fixableEntry(f)]];
      return [[k, v]];
    }),
  );
}

/** The run as JSON, in pieces whose concatenation is the report (shape documented in docs/report-format.md). */
export function formatJsonPieces(report: RunReport, ctx: FormatContext): Iterable<string> {
  const top = Object.entries({ ...report, lang: ctx.lang }).map(([k, v]): [string, unknown] => [k, k === 'files' ? array(report.files, (f) => fileEntries(f, ctx)) : v]);
  return gathered(
    (function* () {
      yield* object(top).write(0);
      yield '\n';
    })(),
  );
}

/** Formats the run as JSON (shape documented in docs/report-format.md). */
export function formatJson(report: RunReport, ctx: FormatContext): string {
  return [...formatJsonPieces(report, ctx)].join('');
}
