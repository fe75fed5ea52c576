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
import { fixFile } from '../../src/fix/index.js';
import type { ChangeEvent } from '../../src/fix/index.js';
import { Registry } from '../../src/registry/index.js';
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
