/** Property-based tests: arbitrary input never throws out of the readers, coercers or engine, and always gives a report. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateFile } from '../../src/api.js';
import { compileCoercer, FAIL } from '../../src/coerce/index.js';
import { detectEncoding, toUtf8 } from '../../src/input/decode.js';
import { ENCODINGS, readCsv, readJson } from '../../src/input/index.js';
import type { CsvSink, JsonSink } from '../../src/input/index.js';
import { sniffDialect } from '../../src/input/sniff.js';
import type { Attribute } from '../../src/registry/index.js';
import { chunks, tempDir, writeSpec } from '../helpers.js';

const spec = writeSpec(tempDir());
const RUNS = { numRuns: 150 };

/** Bytes that look like CSV or JSON often enough to reach deep paths, and raw bytes otherwise. */
const csvish = fc.array(fc.constantFrom('a', 'b', '1', '2.5', ',', ';', '"', '\n', '\r\n', '\r', ' ', 'Å', 'ö', '\u0000', '""', 'id', 'name', 'true'), { maxLength: 80 }).map((p) => Buffer.from(p.join('')));
const jsonish = fc.oneof(
  fc.json().map((j) => Buffer.from(j)),
  fc.array(fc.constantFrom('[', ']', '{', '}', '"', ':', ',', '1', 'true', 'null', '"id"', '"name"', ' ', '\n', '\\', 'x'), { maxLength: 60 }).map((p) => Buffer.from(p.join(''))),
);
const bytes = fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b));
const anyInput = fc.oneof(csvish, jsonish, bytes);

/** Splits bytes into chunks at arbitrary places. */
const split = (b: Buffer, cuts: number[]): Buffer[] => {
  const points = [...new Set(cuts.map((c) => c % (b.length + 1)))].sort((x, y) => x - y);
  const out: Buffer[] = [];
  let from = 0;
  for (const p of points) {
    out.push(b.subarray(from, p));
    from = p;
  }
  out.push(b.subarray(from));
  return out.filter((c) => c.length > 0);
};

describe('property: never throws, always reports', () => {
  it('sniffDialect and detectEncoding on anything', () => {
    fc.assert(
      fc.property(anyInput, (b) => {
        const enc = detectEncoding(b, true);
        expect(ENCODINGS).toContain(enc.encoding);
        const d = sniffDialect(b.toString('latin1'), true);
        expect([',', ';', '\t', '|']).toContain(d.delimiter);
      }),
      RUNS,
    );
  });

  it('readCsv resolves on anything, in any chunking, and reports rows in order', async () => {
    await fc.assert(
      fc.asyncProperty(anyInput, fc.array(fc.nat(), { maxLength: 4 }), async (b, cuts) => {
        const lines: number[] = [];
        const sink: CsvSink = { header: (_c, l) => void lines.push(l), record: (_c, l) => void lines.push(l), malformed: (l) => void lines.push(l) };
        await readCsv(chunks(...split(b, cuts)), sink);
        for (let i = 1; i < lines.length; i++) expect(lines[i]).toBeGreaterThan(lines[i - 1] as number);
      }),
      RUNS,
    );
  });

  it('readJson resolves on anything, in any chunking', async () => {
    await fc.assert(
      fc.asyncProperty(anyInput, fc.array(fc.nat(), { maxLength: 4 }), async (b, cuts) => {
        const sink: JsonSink = { start: () => undefined, record: () => undefined, syntax: () => undefined, notRecords: () => undefined, recordsAmbiguous: () => undefined };
        await readJson(chunks(...split(b, cuts)), sink);
      }),
      RUNS,
    );
  });

  it('readJson gives back exactly the records of any JSON array, however it is chunked', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.dictionary(fc.string(), fc.jsonValue()), { maxLength: 5 }), fc.array(fc.nat(), { maxLength: 5 }), fc.boolean(), async (records, cuts, pretty) => {
        const text = Buffer.from(JSON.stringify(records, null, pretty ? 2 : 0));
        const seen: unknown[] = [];
        let syntax = false;
        const sink: JsonSink = { start: () => undefined, record: (v) => void seen.push(v), syntax: () => (syntax = true), notRecords: () => undefined, recordsAmbiguous: () => undefined };
        await readJson(chunks(...split(text, cuts)), sink);
        expect(syntax).toBe(false);
        expect(seen).toEqual(JSON.parse(text.toString()));
      }),
      RUNS,
    );
  });

  it('toUtf8 passes any bytes through the detected decoder', async () => {
    await fc.assert(
      fc.asyncProperty(bytes, async (b) => {
        const info = detectEncoding(b, true);
        const out: Buffer[] = [];
        for await (const c of chunks(b).pipe(toUtf8(info, () => undefined))) out.push(c as Buffer);
        expect(Buffer.concat(out).length).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it('coercers return FAIL or a value of their type for any text', () => {
    const attr = (types: Attribute['types'], format?: string): Attribute => ({ name: 'x', path: ['x'], types, ...(format !== undefined ? { format } : {}), datatype: 'x', provenance: 'seen', required: false, description: { sv: 'x', en: 'x' }, schema: {} });
    const cases: [Attribute, (v: unknown) => boolean][] = [
      [attr(['integer']), (v) => Number.isInteger(v)],
      [attr(['number']), (v) => typeof v === 'number' && Number.isFinite(v)],
      [attr(['boolean']), (v) => typeof v === 'boolean'],
      [attr(['string'], 'date'), (v) => typeof v === 'string'],
      [attr(['string'], 'date-time'), (v) => typeof v === 'string'],
      [attr(['string'], 'uri'), (v) => typeof v === 'string'],
      [attr(['string'], 'email'), (v) => typeof v === 'string'],
    ];
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom('1', '-0', '1e400', '9'.repeat(400), 'true', '2024-02-29', 'https://a.se')), (s) => {
        for (const [a, ok] of cases) {
          const v = compileCoercer(a).coerce(s);
          expect(v === FAIL || ok(v), `${a.types[0]}/${a.format ?? ''}: ${JSON.stringify(s)} -> ${String(v)}`).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('validateFile gives a report for any bytes, as CSV and as JSON', async () => {
    await fc.assert(
      fc.asyncProperty(anyInput, fc.constantFrom('csv', 'json', 'jsonl') as fc.Arbitrary<'csv' | 'json' | 'jsonl'>, async (b, format) => {
        const r = await validateFile(chunks(b), { spec, format });
        expect(r.stats.rows).toBeGreaterThanOrEqual(0);
        expect(typeof r.valid).toBe('boolean');
      }),
      RUNS,
    );
  });
});
