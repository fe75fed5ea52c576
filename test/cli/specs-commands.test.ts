import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { miniSpec, tempDir, writeSpec, writeTemp } from '../helpers.js';
import { run } from './run.js';
import { sheetData, writeXlsx } from '../support/xlsx.js';

const dir = tempDir();

describe('datakoll template', () => {
  it('writes a CSV that validates with exit 0', async () => {
    const t = await run(['template', 'offentliga-toaletter']);
    expect(t.code).toBe(0);
    const file = writeTemp(dir, 'toaletter.csv', t.stdout);
    expect((await run(['validate', file, '--spec', 'offentliga-toaletter'])).code).toBe(0);
  });
  it('writes JSON to a file with -o', async () => {
    const out = join(dir, 'lk.json');
    expect((await run(['template', 'livsmedelskontroller', '--format', 'json', '-o', out])).code).toBe(0);
    expect((await run(['validate', out, '--spec', 'livsmedelskontroller'])).code).toBe(0);
  });
  it('rejects an unknown format', async () => {
    expect((await run(['template', 'badplatser', '--format', 'xml'])).code).toBe(2);
  });
});

describe('datakoll specs import, diff, export', () => {
  it('imports a model table, validates with it, and diffs it against a bundled spec', async () => {
    const table = writeTemp(dir, 'model.md', '| Namn | Kardinalitet | Datatyp | Beskrivning |\n|---|---|---|---|\n| place_id | 1 | text | Id |\n| name | 1 | text | Namn |\n| latitude | 1 | decimaltal | Lat |\n| longitude | 1 | decimaltal | Long |\n| rating | 0..1 | heltal | Betyg |\n');
    const out = join(dir, 'imported.json');
    const imp = await run(['specs', 'import', table, '--id', 'badplatser', '--spec-version', '9.0', '-o', out]);
    expect(imp.code).toBe(0);
    expect(imp.stderr).toContain('Imported');
    const data = writeTemp(dir, 'bp.csv', 'place_id,name,latitude,longitude,rating\n1,A,57.1,11.9,x\n');
    const v = await run(['validate', data, '--spec', out, '--format', 'json']);
    expect(JSON.parse(v.stdout).files[0].diagnostics.map((d: { code: string }) => d.code)).toEqual(['invalid-integer']);
    const diff = await run(['specs', 'diff', 'badplatser', out, '--format', 'json']);
    // As diff(1): 1 when the specs differ, 0 when they do not.
    expect(diff.code).toBe(1);
    expect((await run(['specs', 'diff', 'badplatser', 'badplatser'])).code).toBe(0);
    const changes = JSON.parse(diff.stdout).changes as { kind: string; to?: string; from?: string }[];
    expect(changes).toContainEqual({ kind: 'added', to: 'rating' });
    expect(changes).toContainEqual({ kind: 'removed', from: 'nutskod' });
    const text = await run(['specs', 'diff', 'badplatser', out]);
    expect(text.stdout).toMatch(/added\s+rating/);
  });

  it('an import error is exit 2 with the file and line named', async () => {
    const bad = writeTemp(dir, 'bad.md', '| Namn | Datatyp |\n|---|---|\n| a | blob |\n');
    const r = await run(['specs', 'import', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.md: line 3 \(a\): unknown datatype "blob"/);
  });

  it('imports a workbook\'s sheet (--sheet), and refuses --sheet for a file that is no workbook', async () => {
    const cell = (ref: string, v: string): string => `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
    const body = sheetData([
      [1, cell('A1', 'ATTRIBUT') + cell('B1', 'TYP') + cell('C1', 'KRAVNIVÅ')],
      [2, cell('A2', 'id') + cell('B2', 'Heltal') + cell('C2', 'obligatoriskt')],
    ]);
    const book = join(dir, 'modell.xlsx');
    await writeXlsx(book, { sheets: [{ name: 'Om', body: sheetData([[1, cell('A1', 'Text')]]) }, { name: 'Modell', body }] });
    const out = join(dir, 'from-xlsx.json');
    const imp = await run(['specs', 'import', book, '--sheet', 'Modell', '-o', out]);
    expect(imp.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ 'x-columns': ['id'], required: ['id'], properties: { id: { type: 'integer' } } });
    expect((await run(['specs', 'import', book, '--sheet', 'Saknas'])).code).toBe(2);
    const md = writeTemp(dir, 'plain.md', '| Namn | Datatyp |\n|---|---|\n| a | text |\n');
    expect((await run(['specs', 'import', md, '--sheet', '1'])).code).toBe(2);
  });

  it('exports a Table Schema', async () => {
    const r = await run(['specs', 'export', 'badplatser', '--to', 'table-schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).fields[0]).toMatchObject({ name: 'place_id', type: 'string' });
    expect((await run(['specs', 'export', 'badplatser', '--to', 'xsd'])).code).toBe(2);
  });
});

describe('--specs-dir and official URIs', () => {
  it('a user spec with the same id and a higher version wins, and the report names its file', async () => {
    const own = join(dir, 'own-specs');
    mkdirSync(own, { recursive: true });
    const bundled = JSON.parse(readFileSync(new URL('../../specs/badplatser/1.0.json', import.meta.url), 'utf8'));
    writeFileSync(join(own, 'bp.json'), JSON.stringify({ ...bundled, 'x-version': '1.1', required: ['place_id'] }));
    const data = writeTemp(dir, 'bp2.csv', 'place_id\nx\n');
    const r = await run(['validate', data, '--spec', 'badplatser', '--specs-dir', own, '--format', 'json']);
    const f = JSON.parse(r.stdout).files[0];
    expect(f.spec.version).toBe('1.1');
    expect(f.spec.file).toBe(join(own, 'bp.json'));
    expect(f.spec.bundled).toBe(false);
    expect((await run(['specs', 'list', '--specs-dir', own])).stdout).toMatch(/badplatser\s+1\.1/);
  });

  it('a missing specs folder is exit 2', async () => {
    expect((await run(['specs', 'list', '--specs-dir', join(dir, 'nope')])).code).toBe(2);
  });

  it('--spec takes the official URI, with or without www', async () => {
    const data = writeTemp(dir, 'u.csv', 'place_id,name,latitude,longitude\na,b,57.7089,11.9746\n');
    for (const uri of ['https://dataportal.se/specifications/badplatser/1.0', 'https://www.dataportal.se/specifications/badplatser/1.0/', 'http://www.dataportal.se/specifications/badplatser/1.0']) {
      const r = await run(['validate', data, '--spec', uri, '--format', 'json']);
      expect(r.code, uri).toBe(0);
      expect(JSON.parse(r.stdout).files[0].spec.id).toBe('badplatser');
    }
    const unknown = await run(['validate', data, '--spec', 'https://dataportal.se/specifications/badplatser/7.0']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('is version 7.0 of badplatser, but datakoll has only 1.0');
  });
});

describe('datakoll specs docs', () => {
  it('writes the pages and --check finds stale ones', async () => {
    const out = join(dir, 'docs');
    expect((await run(['specs', 'docs', '--out', out])).code).toBe(0);
    expect((await run(['specs', 'docs', '--out', out, '--check'])).code).toBe(0);
    writeFileSync(join(out, 'badplatser.md'), 'edited by hand');
    const stale = await run(['specs', 'docs', '--out', out, '--check']);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('badplatser.md is out of date');
  });
});

describe('specs show and specs list in both languages', () => {
  it('the status once, its meaning after it; provenance and datatypes in the language asked for', async () => {
    const sv = (await run(['specs', 'show', 'grillplatser', '--lang', 'sv'])).stdout;
    const en = (await run(['specs', 'show', 'grillplatser', '--lang', 'en'])).stdout;
    expect(sv).toContain('\nstatus: rekonstruerad (inte den officiella modellen)\n');
    expect(en).toContain('\nstatus: reconstructed (not the official model)\n');
    const row = (text: string, name: string): string[] => (text.split('\n').find((l) => new RegExp(`^\\d+\\s+${name}\\s`).test(l)) ?? '').split(/\s{2,}/);
    expect(row(sv, 'id').slice(1, 5)).toEqual(['id', 'text', 'ja', 'från källa: known-facts']);
    expect(row(en, 'id').slice(1, 5)).toEqual(['id', 'text', 'yes', 'seen in known-facts']);
    // The sources, named as the attributes name them, each in the language asked for.
    expect(sv).toContain('\nKällor:\n  known-facts: Det lilla som är känt om grillplatser/1.0 (2022)');
    expect(en).toContain('\nSources:\n  known-facts: The few facts known about grillplatser/1.0 (2022)');
    expect(row(sv, 'latitude').slice(2, 5)).toEqual(['decimaltal', 'ja', 'konvention']);
    expect(row(en, 'latitude').slice(2, 5)).toEqual(['decimal number', 'yes', 'convention']);
    expect(row(sv, 'covered').slice(2, 5)).toEqual(['ja/nej (true/false)', 'nej', 'rekonstruerad']);
    expect(row(en, 'source')[2]).toBe('municipality code or organisation number');
    expect(row(sv, 'fuel')[2]).toBe('text ur en fast värdelista');
    expect(sv).toContain('\nursprung: från källa = läst i en offentlig källa');
    // No English word of datakoll's own in the Swedish text, outside the spec's own texts and names.
    const own = sv.split('\n').filter((l) => !/^\d+\s/.test(l)).slice(3).join('\n');
    for (const word of ['partial', 'seen', 'convention', 'reconstructed', 'boolean', 'datatype']) expect(own, word).not.toMatch(new RegExp(`\\b${word}\\b`));
    expect((await run(['specs', 'show', 'badplatser', '--lang', 'sv'])).stdout).toContain('\nstatus: delvis (byggd från utkast eller publicerade data, inte kontrollerad mot den slutliga officiella versionen)\n');
  });
  it('specs list names the status in the language', async () => {
    const sv = (await run(['specs', 'list', '--lang', 'sv'])).stdout;
    expect(sv.split('\n')[0]).toMatch(/^id\s+version\s+status\s+plats i topp 100\s+titel$/);
    expect(sv).toMatch(/\nbadplatser\s+1\.0\s+delvis\s/);
    expect(sv).toMatch(/\ngrillplatser\s+1\.0\s+rekonstruerad\s+47\s/);
    expect(sv).not.toMatch(/partial|reconstructed|verified/);
    expect((await run(['specs', 'list', '--lang', 'en'])).stdout).toMatch(/\nbadplatser\s+1\.0\s+partial\s/);
  });
});

describe('a spec with a user-written file', () => {
  it('specs show works on a path', async () => {
    const f = writeSpec(tempDir(), miniSpec({ 'x-status': 'verified' }));
    const r = await run(['specs', 'show', f]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Mini (mini 1.0)');
  });
});

describe('--spec auto', () => {
  it('picks the spec whose columns match the header and reports how well', async () => {
    const csv = writeTemp(dir, 'auto.csv', readFileSync(new URL('../../fixtures/offentliga-toaletter/valid/example.csv', import.meta.url), 'utf8'));
    const r = await run(['validate', csv, '--spec', 'auto', '--format', 'json']);
    expect(r.code).toBe(0);
    const f = JSON.parse(r.stdout).files[0];
    expect(f.spec.id).toBe('offentliga-toaletter');
    expect(f.specChoice).toMatchObject({ method: 'auto', score: 1 });
    expect(f.specChoice.candidates).toHaveLength(3);
    expect((await run(['validate', csv, '--spec', 'auto'])).stdout).toContain('chosen automatically from the column names (100% match)');
    expect((await run(['validate', csv, '--spec', 'auto', '--lang', 'sv'])).stdout).toContain('vald automatiskt efter kolumnnamnen (de stämmer till 100\u00a0%)');
  });

  it('works for nested JSON, per file', async () => {
    const lk = new URL('../../fixtures/livsmedelskontroller/valid/example.json', import.meta.url).pathname;
    const bp = new URL('../../fixtures/badplatser/valid/example.csv', import.meta.url).pathname;
    const r = await run(['validate', lk, bp, '--spec', 'auto', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files.map((f: { spec: { id: string } }) => f.spec.id)).toEqual(['livsmedelskontroller', 'badplatser']);
  });

  it('a file close to a spec is chosen and its problems reported', async () => {
    const csv = writeTemp(dir, 'near.csv', 'place_id,name,latitude,longitude,nutskod,wikidata,updated,description,street\n1,A,57.1,11.9,,,,,Gatan\n');
    const r = await run(['validate', csv, '--spec', 'auto', '--format', 'json']);
    expect(JSON.parse(r.stdout).files[0].spec.id).toBe('badplatser');
  });

  it('refuses with exit 2 and the best candidates when nothing matches well', async () => {
    const csv = writeTemp(dir, 'nomatch.csv', 'name,foo,bar,baz,qux,quux,corge\n1,2,3,4,5,6,7\n');
    const r = await run(['validate', csv, '--spec', 'auto']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/No spec matches the columns of .*nomatch\.csv.*best: .*%/);
  });
});
