/**
 * The last review of issue 16 (Swedish all the way): JSON records are records ("poster"), not rows;
 * a file that could not be read claims no rows; the specs docs pages and the Table Schema export
 * in the run's language; the exit codes of bare datakoll, fix on a binary file and
 * --no-config with --config; a header name with spaces at its edges shown so the spaces are seen.
 */
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/errors.js';
import { tempDir, writeTemp } from '../helpers.js';
import { run } from './run.js';

const dir = tempDir();
/** A JSON array with a duplicate key and a value of the wrong type, and the same as one document. */
const records = writeTemp(dir, 'poster.json', JSON.stringify([
  { place_id: '1480-A', name: 'A', latitude: 57.1, longitude: 11.9 },
  { place_id: '1480-A', name: 'B', latitude: '57,2', longitude: 11.9 },
]));
const document = writeTemp(dir, 'dokument.json', JSON.stringify({ place_id: '1480-A', name: '', latitude: '57,1', longitude: 11.9 }));
/** "rad", "rader", "raden", "raderna" as words (not "radslut", not "rubrikrad"). */
const ROW_SV = /(?<![\p{L}])rad(?:er|en|erna)?(?![\p{L}])/u;
const ROW_EN = /\brows?\b/;

/** The text of an HTML report, without its style and script. */
const htmlText = (s: string): string => s.replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, ' ');

describe('a JSON file is counted and placed by its records, not rows', () => {
  for (const format of ['text', 'markdown', 'html'] as const) {
    it(`in the ${format} report, in Swedish and English`, async () => {
      for (const file of [records, document]) {
        const sv = await run(['validate', file, '--spec', 'badplatser', '--format', format, '--lang', 'sv']);
        const en = await run(['validate', file, '--spec', 'badplatser', '--format', format, '--lang', 'en']);
        expect([sv.code, en.code], file).toEqual([EXIT.invalid, EXIT.invalid]);
        const [s, e] = format === 'html' ? [htmlText(sv.stdout), htmlText(en.stdout)] : [sv.stdout, en.stdout];
        expect(s, file).not.toMatch(ROW_SV);
        expect(e, file).not.toMatch(ROW_EN);
        expect(s, file).toMatch(/\bpost(er)? \d/);
        expect(e, file).toMatch(/\brecords? \d/);
      }
    });
  }

  it('a duplicate key names the record it repeats (unit "record", the record number as firstRow)', async () => {
    const r = await run(['validate', records, '--spec', 'badplatser', '--format', 'json']);
    const dup = (JSON.parse(r.stdout) as { files: { diagnostics: { code: string; row: number; params: Record<string, unknown> }[] }[] }).files[0]?.diagnostics.find((d) => d.code === 'unique-duplicate');
    expect([dup?.row, dup?.params.firstRow, dup?.params.unit]).toEqual([2, 1, 'record']);
    const csv = writeTemp(dir, 'rader.csv', 'place_id,name,latitude,longitude\n1480-A,A,57.1,11.9\n1480-A,B,57.2,11.9\n');
    const c = await run(['validate', csv, '--spec', 'badplatser', '--format', 'json']);
    const cdup = (JSON.parse(c.stdout) as { files: { diagnostics: { code: string; params: Record<string, unknown> }[] }[] }).files[0]?.diagnostics.find((d) => d.code === 'unique-duplicate');
    expect(cdup?.params).toMatchObject({ firstRow: 2 });
    expect(cdup?.params.unit).toBeUndefined();
  });
});

describe('a file that could not be read', () => {
  it('claims no rows without errors, in any report a person reads', async () => {
    const missing = `${dir}/finns-inte.csv`;
    const broken = writeTemp(dir, 'trasig.json', '[{"place_id": "1",}]');
    for (const file of [missing, broken]) {
      for (const lang of ['sv', 'en'] as const) {
        const text = await run(['validate', file, '--spec', 'badplatser', '--lang', lang]);
        expect(text.code).toBe(EXIT.unreadable);
        const verdict = text.stdout.split('\n').find((l) => l.startsWith(lang === 'sv' ? '  kunde inte läsas:' : '  could not be read:'));
        expect(verdict, `${file} ${lang}`).toBeDefined();
        expect(verdict, `${file} ${lang}`).not.toMatch(/utan fel|without errors|\d+ (rader|poster|rows|records)/);
        const html = htmlText((await run(['validate', file, '--spec', 'badplatser', '--format', 'html', '--lang', lang])).stdout);
        expect(html).not.toMatch(/; \d+ (rader|rad|poster|post|rows|row|records|record)\b/);
      }
    }
  });
});
