/**
 * The last review of issue 16 (Swedish all the way): JSON records are records ("poster"), not rows;
 * a file that could not be read claims no rows; the specs docs pages and the Table Schema export
 * in the run's language; the exit codes of bare datakoll, fix on a binary file and
 * --no-config with --config; a header name with spaces at its edges shown so the spaces are seen.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/errors.js';
import { Registry } from '../../src/registry/index.js';
import { tempDir, writeTemp } from '../helpers.js';
import { englishLines } from '../support/english.js';
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

/** English words Swedish prose never uses (the stop list of swedish-all-the-way.test.ts, and the docs pages' own words). */
const ENGLISH = /(?<![\p{L}\p{N}_-])(?:the|is|are|not|with|and|of|to|for|from|has|that|when|only|seen|required|yes|no|any|one|least|pattern|attributes?|mandatory|provenance|description|sources?|records|looked|checked|official|spec|partial|verified|reconstructed|boolean|string|number|integer|array|header|start|conformant|workbook|generated|bundled|rank|licence|key|rules|publisher|file)(?![\p{L}\p{N}_-])/iu;

/** Prose of a Markdown page: without code (`…` and fenced blocks), addresses, names with hyphens or dots. */
function markdownProse(text: string): string {
  return text
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\S*[\p{L}\p{N}][-./][\p{L}\p{N}]\S*/gu, ' ');
}

describe('specs docs in the run’s language', () => {
  it('writes Swedish pages with --lang sv (no English words outside code), and English ones as docs/specs holds them', async () => {
    const out = join(dir, 'sidor');
    expect((await run(['specs', 'docs', '-o', out, '--lang', 'sv'])).code).toBe(EXIT.ok);
    const names = readdirSync(out).filter((n) => n.endsWith('.md'));
    expect(names.length).toBeGreaterThan(10);
    // The spec's own Swedish texts (its note, descriptions and sources) are its author's, not the catalogue's.
    const own = new Map(new Registry().list().map((s) => [`${s.id}.md`, [s.statusNote?.sv, ...s.attributes.map((a) => a.description.sv), ...s.sources.map((x) => x.what.sv)]]));
    for (const name of names) {
      let page = readFileSync(join(out, name), 'utf8');
      for (const text of own.get(name) ?? []) if (text !== undefined && text !== '') page = page.split(text).join(' ');
      const lines = markdownProse(page).split('\n').filter((l) => ENGLISH.test(l));
      expect(lines, name).toEqual([]);
    }
    expect(readFileSync(join(out, 'badplatser.md'), 'utf8')).toContain('| # | attribut | datatyp | JSON Schema | obligatorisk | ursprung | beskrivning |');
    // --check holds the pages to the run's language: the Swedish pages are up to date in Swedish, not in English.
    expect((await run(['specs', 'docs', '--check', '-o', out, '--lang', 'sv'])).code).toBe(EXIT.ok);
    expect((await run(['specs', 'docs', '--check', '-o', out, '--lang', 'en'])).code).toBe(EXIT.invalid);
    const en = join(dir, 'pages');
    expect((await run(['specs', 'docs', '-o', en, '--lang', 'en'])).code).toBe(EXIT.ok);
    expect(readFileSync(join(en, 'badplatser.md'), 'utf8')).toBe(readFileSync(fileURLToPath(new URL('../../docs/specs/badplatser.md', import.meta.url)), 'utf8'));
  });
});

describe('specs export --to table-schema in the run’s language', () => {
  it('gives the title and descriptions in Swedish with --lang sv, in English with --lang en', async () => {
    for (const lang of ['sv', 'en'] as const) {
      const r = await run(['specs', 'export', 'badplatser', '--to', 'table-schema', '--lang', lang]);
      expect([r.code, r.stderr]).toEqual([EXIT.ok, '']);
      const schema = JSON.parse(r.stdout) as { title: string; description: string; fields: { description: string }[] };
      const texts = [schema.title, schema.description, ...schema.fields.map((f) => f.description)].map(markdownProse);
      if (lang === 'sv') {
        expect(schema.title).toBe('Badplatser');
        expect(texts.filter((t) => ENGLISH.test(t))).toEqual([]);
      } else {
        expect(schema.title).toBe('Bathing sites');
        expect(schema.description).toContain('datakoll spec, status partial');
      }
    }
  });
});

describe('exit codes that agree', () => {
  it('datakoll or datakoll specs without a command shows the help on standard error, exit 2 (usage); --help is exit 0', async () => {
    for (const args of [[], ['specs']]) {
      const r = await run(args, { env: { LANG: 'sv_SE.UTF-8' } });
      expect([r.code, r.stdout], args.join(' ')).toEqual([EXIT.usage, '']);
      expect(r.stderr, args.join(' ')).toMatch(/^Användning: datakoll/);
      expect((await run([...args, '--help'])).code).toBe(EXIT.ok);
    }
  });

  it('--config with --no-config is a usage error in either order, in both languages, and no config file is read', async () => {
    const cwd = tempDir();
    writeTemp(cwd, 'x.csv', 'place_id,name,latitude,longitude\n1,A,57.1,11.9\n');
    writeTemp(cwd, 'datakoll.config.json', JSON.stringify({ validate: [{ files: '*.csv', spec: 'badplatser' }] }));
    for (const args of [['--no-config', '--config', 'datakoll.config.json'], ['--config=datakoll.config.json', '--no-config']]) {
      for (const lang of ['sv', 'en'] as const) {
        const r = await run(['validate', ...args, '--lang', lang], { cwd });
        expect([r.code, r.stdout], args.join(' ')).toEqual([EXIT.usage, '']);
        expect(r.stderr).toMatch(/^datakoll: --config (och|and) --no-config /);
      }
    }
    // Each alone as before.
    expect((await run(['validate', '--config', 'datakoll.config.json'], { cwd })).code).toBe(EXIT.ok);
    expect((await run(['validate', 'x.csv', '--no-config', '--spec', 'badplatser'], { cwd })).code).toBe(EXIT.ok);
  });
});

describe('a header name with spaces at its edges', () => {
  it('is shown quoted, so the spaces are seen and never read as a double space, in every report a person reads', async () => {
    const file = writeTemp(dir, 'mellanslag-i-namn.csv', 'place_id, inspection.modified ,name,latitude,longitude\n1,x,A,57.1234,11.9123\n');
    for (const format of ['text', 'markdown', 'html', 'junit', 'github'] as const) {
      for (const lang of ['sv', 'en'] as const) {
        const r = await run(['validate', file, '--spec', 'badplatser', '--format', format, '--lang', lang]);
        expect(r.code).toBe(EXIT.invalid);
        expect(r.stdout, `${format} ${lang}`).toMatch(/(?:'|&#39;|&apos;) inspection\\?\.modified (?:'|&#39;|&apos;)/);
        expect(r.stdout, `${format} ${lang}`).not.toMatch(/[^'; >"] {1,2}inspection\\?\.modified/);
      }
    }
    // The JSON report keeps the name as it is, and its message shows it quoted.
    const json = JSON.parse((await run(['validate', file, '--spec', 'badplatser', '--format', 'json'])).stdout) as { files: { diagnostics: { code: string; field?: string; message: string }[] }[] };
    const d = json.files[0]?.diagnostics.find((x) => x.code === 'header-unknown-column');
    expect([d?.field, d?.message.includes("' inspection.modified '")]).toEqual([' inspection.modified ', true]);
  });
});

describe('a final pass in Swedish, by the locale alone (LANG=sv_SE.UTF-8, no --lang)', () => {
  const SV = { LANG: 'sv_SE.UTF-8' };
  const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
  const said = async (args: string[]): Promise<string> => {
    const r = await run(args, { env: SV });
    return `${r.stdout}\n${r.stderr}`;
  };

  it('validate on every fixture of two specs, in the text report', async () => {
    for (const spec of ['badplatser', 'utegym']) {
      for (const kind of ['valid', 'invalid']) {
        for (const name of readdirSync(join(FIXTURES, spec, kind)).filter((n) => !n.endsWith('.expected.json'))) {
          expect(englishLines(await said(['validate', join(FIXTURES, spec, kind, name), '--spec', spec])), `${spec}/${kind}/${name}`).toEqual([]);
        }
      }
    }
  });

  it('fix’s log (CSV and JSON), specs diff, template and import', async () => {
    const out = tempDir();
    const texts = [
      await said(['fix', join(FIXTURES, 'badplatser/invalid/excel-export.csv'), '--spec', 'badplatser', '-o', join(out, 'ut.csv')]),
      await said(['fix', join(FIXTURES, 'badplatser/invalid/bad-values.json'), '--spec', 'badplatser', '-o', join(out, 'ut.json')]),
      await said(['fix', join(FIXTURES, 'badplatser/invalid/broken.json'), '--spec', 'badplatser', '-o', join(out, 'ut2.json')]),
      await said(['specs', 'diff', 'badplatser', 'utegym']),
      await said(['template', 'badplatser', '--format', 'xlsx', '-o', join(out, 'mall.xlsx')]),
      await said(['template', 'badplatser', '-o', join(out, 'mall.csv')]),
      await said(['specs', 'import', join(out, 'mall.csv')]),
      await said(['specs', 'export', 'badplatser', '--to', 'table-schema', '-o', join(out, 'ts.json')]),
      await said(['specs', 'import', join(out, 'ts.json'), '-o', join(out, 'importerad.json')]),
    ];
    for (const text of texts) expect(englishLines(text)).toEqual([]);
  });
});
