/**
 * Property (issue "Nothing lost"): for any generated CSV (ragged rows, a quote never closed,
 * mixed line ends, every encoding datakoll reads), every data cell of the input appears in fix's
 * output, byte for byte after decoding, or as a logged change of that very cell; rows whose shape
 * is wrong come out with every cell as it was and are on the list of what is left.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { parse } from 'csv-parse/sync';
import { fixFile, formatFixLog, nothingChanged } from '../../src/fix/index.js';
import type { ChangeEvent, FixResult } from '../../src/fix/index.js';
import { Registry } from '../../src/registry/index.js';
import { CsvParser } from '../../src/input/csv-parser.js';
import { cellTexts } from '../../src/fix/csv-text.js';
import { chunks } from '../helpers.js';

const spec = new Registry().resolve('badplatser');
const COLUMNS = ['place_id', 'name', 'latitude', 'longitude', 'description', 'toilet', 'updated', 'extra_col'];
const ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'windows-1252'] as const;

const piece = fc.constantFrom('a', 'Å', 'ä', 'ö', 'é', 'B', '1', '57,1', '57.1', 'ja', 'nej', 'NULL', '2024-05-31', '23/05/2024', ' ', ',', ';', '\t', '|', '"', '""', '\n', '\r\n', 'x y', '-');
const cell = fc.array(piece, { maxLength: 5 }).map((p) => p.join(''));
/**
 * A cell that needs no quotes, for the rows after a quote that is never closed (a quote there
 * would close it, and then CSV itself cannot tell which was meant).
 */
const plainCell = cell.map((c) => c.replace(/["\r\n,;\t|]/g, 'q'));

interface Case {
  header: string[];
  delimiter: string;
  rows: { cells: string[]; ending: string }[];
  broken?: { at: number; line: string };
  encoding: (typeof ENCODINGS)[number];
}

const caseArb: fc.Arbitrary<Case> = fc
  .record({
    header: fc.shuffledSubarray(COLUMNS, { minLength: 3 }),
    delimiter: fc.constantFrom(',', ';', '\t', '|'),
    encoding: fc.constantFrom(...ENCODINGS),
    widths: fc.array(fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: -2, max: 2 }) }), { maxLength: 12 }),
    endings: fc.array(fc.constantFrom('\n', '\r\n'), { minLength: 13, maxLength: 13 }),
    seed: fc.array(cell, { minLength: 120, maxLength: 120 }),
    plain: fc.array(plainCell, { minLength: 120, maxLength: 120 }),
    broken: fc.option(fc.nat({ max: 12 }), { nil: undefined }),
  })
  .map((r) => {
    let k = 0;
    const rows = r.widths.map((w, i) => {
      const after = r.broken !== undefined && i >= r.broken;
      const width = Math.max(1, r.header.length + w);
      const cells = Array.from({ length: width }, () => ((after ? r.plain : r.seed)[k++ % 120] as string));
      return { cells, ending: r.endings[i] as string };
    });
    const at = r.broken === undefined ? undefined : Math.min(r.broken, rows.length);
    return { header: r.header, delimiter: r.delimiter, rows, encoding: r.encoding, ...(at !== undefined ? { broken: { at, line: `9${r.delimiter}"never closed${r.delimiter}x` } } : {}) };
  });

function quote(c: string, d: string): string {
  return c.includes(d) || c.includes('"') || c.includes('\n') || c.includes('\r') ? `"${c.replace(/"/g, '""')}"` : c;
}

function serialize(c: Case): Buffer {
  const lines = [c.header.join(c.delimiter) + '\n'];
  c.rows.forEach((r, i) => {
    if (c.broken?.at === i) lines.push(`${c.broken.line}\n`);
    lines.push(r.cells.map((x) => quote(x, c.delimiter)).join(c.delimiter) + r.ending);
  });
  if (c.broken !== undefined && c.broken.at === c.rows.length) lines.push(`${c.broken.line}\n`);
  const text = lines.join('');
  if (c.encoding === 'utf-8') return Buffer.from(text);
  if (c.encoding === 'utf-8-bom') return Buffer.from(`\ufeff${text}`);
  return iconv.encode(text, c.encoding, { addBOM: c.encoding === 'utf-16le' });
}

const isBlank = (cells: readonly string[]): boolean => cells.every((x) => x.trim() === '');

async function fixed(c: Case) {
  const out = new PassThrough();
  const parts: Buffer[] = [];
  out.on('data', (b: Buffer) => parts.push(b));
  const changes: ChangeEvent[] = [];
  const bytes = serialize(c);
  const result = await fixFile({ name: 'x.csv', open: () => chunks(bytes) }, out, spec, {
    delimiter: c.delimiter,
    onChange: (e) => changes.push(e),
    ...(c.encoding === 'windows-1252' ? { encoding: 'windows-1252' as const } : {}),
  });
  out.end();
  const text = Buffer.concat(parts).toString('utf8');
  return { result, changes, rows: parse(text, { relax_column_count: true }) as string[][] };
}

describe('fix keeps every cell (property)', () => {
  it('every input cell is in the output as it was, or changed and logged; wrong-shaped rows come out whole and are listed', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        const { result, changes, rows } = await fixed(c);
        const outHeader = rows[0] as string[];
        expect(outHeader.slice().sort()).toEqual(c.header.slice().sort());
        // The input's records in order, numbered as a spreadsheet shows them (header = row 1).
        const input: { row: number; cells: string[]; broken: boolean }[] = [];
        let row = 1;
        c.rows.forEach((r, i) => {
          if (c.broken?.at === i) input.push({ row: ++row, cells: c.broken.line.split(c.delimiter), broken: true });
          input.push({ row: ++row, cells: r.cells, broken: false });
        });
        if (c.broken !== undefined && c.broken.at === c.rows.length) input.push({ row: ++row, cells: c.broken.line.split(c.delimiter), broken: true });
        const kept = input.filter((r) => r.broken || !isBlank(r.cells));
        expect(rows.length - 1).toBe(kept.length);
        kept.forEach((r, k) => {
          const out = rows[k + 1] as string[];
          const listed = result.unfixed.filter((u) => u.row === r.row).map((u) => u.code);
          if (r.broken || r.cells.length !== c.header.length) {
            // Written exactly as it was, every cell, and on the list.
            expect(out).toEqual(r.cells);
            expect(listed.some((code) => code === 'csv-malformed' || code === 'row-too-many-cells' || code === 'row-too-few-cells')).toBe(true);
            return;
          }
          c.header.forEach((name, j) => {
            const from = r.cells[j] as string;
            const to = out[outHeader.indexOf(name)] as string;
            if (to === from) return;
            expect(changes).toContainEqual(expect.objectContaining({ row: r.row, column: name, from, to }));
          });
        });
      }),
      { numRuns: 200 },
    );
  });
});

/**
 * Files close to the spec's dialect, each cell written in one of the ways CSV allows (quotes
 * where none are needed, a stray quote inside a cell, a quote closed before more text, spaces at
 * either end), with an occasional CRLF, blank line, value fix, header out of order or last line
 * without its line break: whatever fix does, when its log says nothing changed, its output is
 * the input byte for byte (issue "fix says honestly what it wrote").
 */
const RAW_CELLS = ['a', 'Å', 'Bo Ek', '"Bo, Ek"', '"två\nrader"', '"två\r\nrader"', 'x"y', '5" djup', '"x""y"', '"a"', '"a"b', ' sp', 'sp ', '" sp"', '', '""', '57.6312', '"57.6312"', '1480-A'];
const FIXABLE = ['57,6', 'ja', 'NULL', ' 57.1 '];
const SPEC_ORDER = ['place_id', 'name', 'latitude', 'longitude', 'updated', 'description', 'toilet', 'extra_col'];

const nearArb = fc
  .record({
    header: fc.subarray(SPEC_ORDER, { minLength: 2 }),
    shuffled: fc.boolean(),
    quotedHeader: fc.nat({ max: 20 }),
    spacedHeader: fc.nat({ max: 30 }),
    rows: fc.array(fc.array(fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...RAW_CELLS) }, { weight: 1, arbitrary: fc.constantFrom(...FIXABLE) }), { minLength: 8, maxLength: 8 }), { maxLength: 8 }),
    endings: fc.array(fc.oneof({ weight: 20, arbitrary: fc.constant('\n') }, { weight: 1, arbitrary: fc.constantFrom('\r\n', '\n\n', '\n \n') }), { minLength: 9, maxLength: 9 }),
    lastEnd: fc.oneof({ weight: 4, arbitrary: fc.constant('\n') }, { weight: 1, arbitrary: fc.constant('') }),
    widths: fc.array(fc.oneof({ weight: 8, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constantFrom(-1, 1) }), { minLength: 8, maxLength: 8 }),
    cuts: fc.array(fc.nat(), { maxLength: 4 }),
  })
  .map((r) => {
    const header = r.shuffled ? [...r.header].reverse() : r.header;
    const headerCells = header.map((h, i) => (i === r.quotedHeader ? `"${h}"` : i === r.spacedHeader ? ` ${h}` : h));
    const lines = [headerCells.join(',')];
    r.rows.forEach((cells, i) => lines.push(cells.slice(0, Math.max(1, header.length + (r.widths[i] as number))).join(',')));
    const text = lines.map((l, i) => l + (i === lines.length - 1 ? r.lastEnd : (r.endings[i] as string))).join('');
    return { text, cuts: r.cuts };
  });

function cutBytes(b: Buffer, at: readonly number[]): Buffer[] {
  const offsets = [...new Set(at.map((x) => x % (b.length + 1)))].sort((x, y) => x - y);
  return [...offsets, b.length].map((o, k) => b.subarray(k === 0 ? 0 : (offsets[k - 1] as number), o)).filter((p) => p.length > 0);
}

async function fixText(bytes: Buffer, at: readonly number[]): Promise<{ result: FixResult; out: Buffer; changes: ChangeEvent[] }> {
  const out = new PassThrough();
  const parts: Buffer[] = [];
  out.on('data', (b: Buffer) => parts.push(b));
  const changes: ChangeEvent[] = [];
  const result = await fixFile({ name: 'x.csv', open: () => chunks(...cutBytes(bytes, at)) }, out, spec, { encoding: 'utf-8', onChange: (e) => changes.push(e) });
  out.end();
  return { result, out: Buffer.concat(parts), changes };
}

/** A record's cells as they are written in its text (by the parser's rules; no quote is left open in these files). */
function rawCellsOf(text: string): string[] {
  const field = /"(?:[^"]|"")*"(?=,|$)|"(?:[^"]|"")*"[^,]*|[^,]*/y;
  const out: string[] = [];
  for (let i = 0; ; ) {
    field.lastIndex = i;
    const m = field.exec(text) as RegExpExecArray;
    out.push(m[0]);
    i += m[0].length;
    if (i >= text.length) return out;
    i++;
  }
}

/** The records of a text: their own text, and their cells (as the parser hands them on). */
function recordsOf(text: string): { text: string; cells: string[] }[] {
  const records: { text: string; cells: string[] }[] = [];
  const p = new CsvParser(',', { record: (cells, _b, t) => void records.push({ text: t, cells }), unreadable: () => void records.push({ text: '\u0000', cells: [] }) });
  p.push(text);
  p.end();
  return records;
}

/**
 * The input rows (as a spreadsheet shows them) whose output writes a cell the fix rule kept with
 * other quotes than the input had: cells compared by column name (the columns may be put in
 * another order), a row of another width than the header (written in its own order) by place.
 */
function requotedRows(input: string, output: string, changes: readonly ChangeEvent[]): number[] {
  const ins = recordsOf(input);
  const outs = recordsOf(output);
  const inHeader = (ins[0]?.cells ?? []).map((c) => c.trim());
  const outHeader = (outs[0]?.cells ?? []).map((c) => c.trim());
  const rows: number[] = [];
  let o = 0;
  ins.forEach((r, k) => {
    const row = k + 1;
    if (k > 0 && isBlank(r.cells)) return;
    const w = outs[o++] as { text: string; cells: string[] };
    const a = rawCellsOf(r.text);
    const b = rawCellsOf(w.text);
    // Changed cells: those fixed, and in the header the names with spaces taken away.
    const fixed = new Set(k === 0 ? inHeader.filter((n, i) => n !== ins[0]?.cells[i]) : changes.filter((c) => c.row === row).map((c) => c.column));
    const byName = k === 0 || r.cells.length === inHeader.length;
    // A row written with its own bytes (its cells the same, in whatever order the columns are) keeps its quotes.
    const differs = w.text !== r.text && a.some((raw, i) => {
      if (!byName) return b[i] !== raw;
      const name = inHeader[i] as string;
      return !fixed.has(name) && b[outHeader.indexOf(name)] !== raw;
    });
    if (differs) rows.push(row);
  });
  expect(o).toBe(outs.length);
  return rows;
}

describe('fix says honestly what it wrote (property)', () => {
  it('when the log says nothing changed, the output is the input byte for byte', async () => {
    let unchanged = 0;
    let changed = 0;
    await fc.assert(
      fc.asyncProperty(nearArb, async ({ text, cuts }) => {
        const bytes = Buffer.from(text);
        const { result, out, changes } = await fixText(bytes, cuts);
        const log = formatFixLog(result, 'en');
        if (nothingChanged(result)) {
          unchanged++;
          expect(out.toString('utf8')).toBe(text);
          expect(log).toContain('Nothing changed');
        } else {
          changed++;
          expect(log).not.toContain('Nothing changed');
        }
        // And the other way round: output and input the same bytes, and nothing is claimed changed.
        if (out.equals(bytes)) expect(nothingChanged(result)).toBe(true);
        // Every row in which a cell fix did not keep a cell's quotes is listed under 'quotes', and no other.
        const quotes = result.fileChanges.find((c) => c.kind === 'quotes');
        const requoted = requotedRows(text, out.toString('utf8'), changes);
        expect(quotes?.rows?.count ?? 0).toBe(requoted.length);
        expect(quotes?.rows?.first ?? []).toEqual(requoted.slice(0, 3));
      }),
      { numRuns: 400 },
    );
    // Both sides of the rule were tried, often.
    expect(unchanged).toBeGreaterThan(40);
    expect(changed).toBeGreaterThan(40);
  });
});

describe('cellTexts', () => {
  it("cuts a record's text into the cells the parser read from it, each cell's text read alone giving that cell", () => {
    const part = fc.constantFrom('a', ';', ',', '"', '""', ' ', '"x"', '"a;b"', '"l1\nl2"', 'c"d', '"a"b', '"a" ', '\u0000', '"q""q"');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), fc.constantFrom(',', ';'), (parts, d) => {
        const line = parts.join('');
        const records: { text: string; cells: string[] }[] = [];
        const alone = (raw: string): string[] => {
          const got: string[][] = [];
          const q = new CsvParser(d, { record: (c) => void got.push(c), unreadable: () => void got.push(['\u0000unreadable']) });
          q.push(raw);
          q.end();
          return got.length === 0 ? [''] : (got[0] as string[]);
        };
        const p = new CsvParser(d, { record: (cells, _b, text) => void records.push({ text, cells }), unreadable: () => undefined });
        p.push(line);
        p.end();
        for (const r of records) {
          const raw = cellTexts(r.text, d);
          expect(raw.join(d)).toBe(r.text);
          expect(raw.map((x) => alone(x)[0])).toEqual(r.cells);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
