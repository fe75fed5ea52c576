/**
 * JSON content fix is told to read as CSV is refused (exit 2, nothing written) when its text,
 * decoded in the encoding fix reads it with, is JSON: in UTF-16 as in UTF-8 (it looked at the raw
 * bytes and rewrote UTF-16 JSON Lines as CSV), and when the first line is a whole JSON value but a
 * later line is broken (only a file that was JSON from start to end was refused). Standard input
 * is named as such in the refusal (it said "- holds JSON").
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, writeTemp } from '../helpers.js';
import { run } from '../cli/run.js';

const RECORDS = JSON.parse(readFileSync(new URL('../../fixtures/badplatser/valid/example.json', import.meta.url), 'utf8')) as unknown[];
const JSONL = RECORDS.map((r) => JSON.stringify(r)).join('\n') + '\n';
const utf16le = (t: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]);
const utf16be = (t: string): Buffer => Buffer.from(utf16le(t).map((_, i, b) => b[i ^ 1] as number));
const REFUSED_FORCED = {
  en: ' holds JSON, but --input-format csv says to read it as CSV: fix would rewrite the JSON as CSV, and has written nothing. Give --input-format json (or jsonl) to fix it as JSON.\n',
  sv: ' innehåller JSON, men --input-format csv säger att den ska läsas som CSV: fix skulle skriva om JSON-texten som CSV och har inte skrivit något. Ange --input-format json (eller jsonl) för att rätta den som JSON.\n',
};

/** fix --in-place on a file of these bytes: the exit code, what it said, the bytes after, the folder's files. */
async function inPlace(name: string, bytes: Buffer, extra: string[]) {
  const dir = tempDir();
  const path = writeTemp(dir, name, bytes);
  const r = await run(['fix', path, '--spec', 'badplatser', '--in-place', ...extra]);
  return { ...r, path, after: readFileSync(path), files: readdirSync(dir) };
}

describe('JSON in UTF-16 read as CSV is refused', () => {
  it('UTF-16LE and UTF-16BE JSON Lines with a BOM and --input-format csv: exit 2, the file byte for byte as it was, in both languages (it was rewritten as CSV, exit 1)', async () => {
    expect(utf16be('{')).toEqual(Buffer.from([0xfe, 0xff, 0x00, 0x7b]));
    for (const bytes of [utf16le(JSONL), utf16be(JSONL)]) {
      for (const lang of ['en', 'sv'] as const) {
        const r = await inPlace('ipu16.jsonl', bytes, ['--input-format', 'csv', '--lang', lang]);
        expect(r.code).toBe(2);
        expect(r.stderr).toBe(`datakoll: ${r.path}${REFUSED_FORCED[lang]}`);
        expect(r.stdout).toBe('');
        expect(r.after).toEqual(bytes);
        expect(r.files).toEqual(['ipu16.jsonl']);
      }
    }
  });

  it('UTF-16 JSON Lines in a file named .csv, no flag: exit 2, nothing written', async () => {
    const dir = tempDir();
    const path = writeTemp(dir, 'ipu16.csv', utf16le(JSONL));
    const r = await run(['fix', path, '--spec', 'badplatser', '-o', join(dir, 'out.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`datakoll: ${path} holds JSON, but its name ends in .csv, which is read as CSV: fix would rewrite the JSON as CSV, and has written nothing. Give --input-format json (or jsonl) to fix it as JSON.\n`);
    expect(readdirSync(dir)).toEqual(['ipu16.csv']);
    const sv = await run(['fix', path, '--spec', 'badplatser', '-o', join(dir, 'out.csv'), '--lang', 'sv']);
    expect(sv.stderr).toContain(' innehåller JSON, men namnet slutar på .csv, som läses som CSV: ');
  });

  it('UTF-16 JSON over many lines (a pretty-printed array) with --input-format csv: exit 2', async () => {
    const bytes = utf16le(JSON.stringify(RECORDS, null, 2));
    const r = await inPlace('x.json', bytes, ['--input-format', 'csv']);
    expect(r.code).toBe(2);
    expect(r.after).toEqual(bytes);
  });
});

describe('JSON Lines with a broken line read as CSV is refused', () => {
  const broken = `${JSONL}{"place_id": "x", "name": "a\n`;

  it('--input-format csv --in-place: exit 2, the file as it was (the whole file was rewritten as CSV, exit 1)', async () => {
    for (const bytes of [Buffer.from(broken), Buffer.from(`\ufeff\n  \r\n${broken}`), utf16le(broken)]) {
      const r = await inPlace('brk.jsonl', bytes, ['--input-format', 'csv']);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`datakoll: ${r.path}${REFUSED_FORCED.en}`);
      expect(r.after).toEqual(bytes);
      expect(r.files).toEqual(['brk.jsonl']);
    }
  });

  it('a first line that is a whole JSON array, the rest broken: refused too', async () => {
    const bytes = Buffer.from('["1480-A", "A"]\r\n{"place_id": \r\n');
    const r = await inPlace('x.csv', bytes, []);
    expect(r.code).toBe(2);
    expect(r.after).toEqual(bytes);
  });

  it('CSV whose header starts with [ or { but is not JSON is still fixed as CSV', async () => {
    for (const csv of ['[id],[namn]\n1,a\n', '{id},namn\n1,a\n', '[1,2] x\n1,a\n']) {
      const r = await inPlace('x.csv', Buffer.from(csv), []);
      expect(r.code).toBe(1);
      expect(r.after.toString('utf8')).toBe(csv);
      expect(r.stdout).toContain('[header-unknown-column]');
    }
  });
});

describe('standard input is named as such in the refusal', () => {
  it('JSON on standard input with --input-format csv: "standard input" / "standard in" (it said "- holds JSON"), exit 2, nothing on standard output', async () => {
    for (const lang of ['en', 'sv'] as const) {
      const r = await run(['fix', '-', '--spec', 'badplatser', '-o', '-', '--input-format', 'csv', '--lang', lang], { stdin: JSONL });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`datakoll: ${lang === 'en' ? 'standard input' : 'standard in'}${REFUSED_FORCED[lang]}`);
      expect(r.stdout).toBe('');
    }
  });

  it('CSV on standard input with --input-format json: "standard input is not JSON"', async () => {
    const r = await run(['fix', '-', '--spec', 'badplatser', '-o', '-', '--input-format', 'json'], { stdin: 'place_id,name\n1480-A,A\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^datakoll: standard input is not JSON \(its first character is not \[ or \{\)/);
    const sv = await run(['fix', '-', '--spec', 'badplatser', '-o', '-', '--input-format', 'json', '--lang', 'sv'], { stdin: 'place_id,name\n1480-A,A\n' });
    expect(sv.stderr).toMatch(/^datakoll: standard in är inte JSON/);
  });
});
