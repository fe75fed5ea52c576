/**
 * validate and fix agree on what a mistake is: the same flag value, input or output name gives
 * the same exit code and says the same thing, in English and Swedish, with no stack trace.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { spoolInput } from '../../src/cli/spool.js';
import { DatakollError, EXIT } from '../../src/errors.js';
import { temporaryPaths } from '../../src/tempfiles.js';
import { tempDir, writeTemp } from '../helpers.js';
import { run } from './run.js';
import type { Run } from './run.js';

const EXPORT = 'place_id;name;latitude;longitude\n1;Ängen;57,1;11,9\n';
const FIXED = 'place_id,name,latitude,longitude\n1,Ängen,57.1,11.9\n';
const VALID = 'place_id,name,latitude,longitude\n1,Ängen,57.1,11.9\n';
const WRAPPED = JSON.stringify({ total: 1, results: [{ place_id: '1', name: 'Ängen', latitude: 57.1, longitude: 11.9 }] });
const STACK = /\n\s+at /;

/** Runs a command in English and in Swedish; both must end with `code` and say their words, without a stack trace. */
async function inBothLanguages(args: string[], code: number, words: { en: string | RegExp; sv: string | RegExp }, options: { cwd?: string; stdin?: string } = {}): Promise<[Run, Run]> {
  const en = await run([...args, '--lang', 'en'], options);
  const sv = await run([...args, '--lang', 'sv'], options);
  for (const [r, w] of [[en, words.en], [sv, words.sv]] as const) {
    expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(code);
    expect(r.stderr, args.join(' ')).toMatch(typeof w === 'string' ? new RegExp(w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : w);
    expect(r.stderr).not.toMatch(STACK);
  }
  return [en, sv];
}

describe('fix reads standard input (read once into a private temporary file)', () => {
  it('fix - -o <file> and fix - -o -: the fixed data, the log, and no temporary file left', async () => {
    const dir = tempDir();
    const tmp = tempDir();
    const before = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    try {
      const r = await run(['fix', '-', '--spec', 'badplatser', '-o', join(dir, 'out.csv')], { stdin: EXPORT });
      expect(r.code, r.stderr).toBe(EXIT.ok);
      expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe(FIXED);
      expect(r.stdout).toContain('latitude: decimal comma -> decimal point');
      const piped = await run(['fix', '-', '--spec', 'badplatser', '-o', '-'], { stdin: EXPORT });
      expect(piped.code, piped.stderr).toBe(EXIT.ok);
      expect(piped.stdout).toBe(FIXED);
      expect(piped.stderr).toContain('latitude: decimal comma -> decimal point');
    } finally {
      if (before === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = before;
    }
    expect(readdirSync(tmp)).toEqual([]);
    expect(temporaryPaths().filter((p) => p.includes('datakoll-input-'))).toEqual([]);
  });

  it('standard input with fix as with a file: JSON, a refusal of what is not text, --in-place refused', async () => {
    const dir = tempDir();
    const json = await run(['fix', '-', '--spec', 'badplatser', '-o', join(dir, 'out.json')], { stdin: JSON.stringify([{ place_id: '1', name: 'Ängen', latitude: '57,1', longitude: 11.9 }]) });
    expect(json.code, json.stderr).toBe(EXIT.ok);
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'))).toEqual([{ place_id: '1', name: 'Ängen', latitude: 57.1, longitude: 11.9 }]);
    // Exit 3, as validate says of a file that is not text.
    await inBothLanguages(['fix', '-', '--spec', 'badplatser', '-o', join(dir, 'pdf.csv')], EXIT.unreadable, { en: 'fix writes only CSV', sv: 'fix skriver bara CSV' }, { stdin: '%PDF-1.7\n%\u00e2\u00e3\n' });
    expect(existsSync(join(dir, 'pdf.csv'))).toBe(false);
    await inBothLanguages(['fix', '-', '--spec', 'badplatser', '--in-place'], EXIT.usage, { en: '--in-place replaces a file, and standard input is not a regular file: give -o <file>', sv: '--in-place ersätter en fil, och standard in är ingen vanlig fil: ange -o <fil>' }, { stdin: EXPORT });
  });

  it('more than the bound is refused (exit 2, both languages), and the copy is removed', async () => {
    const dir = tempDir();
    const attempt = spoolInput('-', '-', Readable.from([Buffer.from('a'.repeat(600)), Buffer.from('b'.repeat(600))]), { max: 1000, dir });
    const e = await attempt.then(
      () => undefined,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(DatakollError);
    expect((e as DatakollError).kind).toBe('usage');
    expect((e as DatakollError).text('en')).toMatch(/^standard input gave more than .* MiB\. fix reads its input more than once.*it has written nothing/);
    expect((e as DatakollError).text('sv')).toMatch(/^standard in gav mer än .* MiB\. fix läser sin indata mer än en gång.*den har inte skrivit något/);
    expect(readdirSync(dir)).toEqual([]);
    const kept = await spoolInput('-', '-', Readable.from([Buffer.from('a'.repeat(1000))]), { max: 1000, dir });
    expect(readFileSync(kept.path, 'utf8')).toBe('a'.repeat(1000));
    kept.remove();
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('an input that is no file: the same exit code and words in validate and fix', () => {
  it('a folder is exit 3 "it is a folder" in both (fix said "a pipe or a device", exit 2)', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'data'));
    await inBothLanguages(['fix', join(dir, 'data'), '--spec', 'badplatser', '-o', join(dir, 'out.csv')], EXIT.unreadable, { en: /Cannot read .*data: it is a folder, not a file\n$/, sv: /Kan inte läsa .*data: det är en mapp, inte en fil\n$/ });
    expect(existsSync(join(dir, 'out.csv'))).toBe(false);
    const v = await run(['validate', join(dir, 'data'), '--spec', 'badplatser', '--format', 'json']);
    expect(v.code).toBe(EXIT.unreadable);
    expect(JSON.parse(v.stdout).files[0].diagnostics[0]).toMatchObject({ code: 'file-unreadable', params: { reason: 'folder' } });
  });

  it('a loop of symbolic links is exit 3 saying so in both (it was "no such file")', async () => {
    const dir = tempDir();
    symlinkSync(join(dir, 'b.csv'), join(dir, 'a.csv'));
    symlinkSync(join(dir, 'a.csv'), join(dir, 'b.csv'));
    const loop = join(dir, 'a.csv');
    await inBothLanguages(['fix', loop, '--spec', 'badplatser', '-o', join(dir, 'out.csv')], EXIT.unreadable, { en: /: it is a symbolic link that goes round in a loop/, sv: /: det är en symbolisk länk som går runt i en slinga/ });
    const v = await run(['validate', loop, '--spec', 'badplatser', '--format', 'json']);
    expect(v.code).toBe(EXIT.unreadable);
    expect(JSON.parse(v.stdout).files[0].diagnostics[0]).toMatchObject({ code: 'file-unreadable', params: { reason: 'symlink-loop' } });
    const sv = await run(['validate', loop, '--spec', 'badplatser', '--lang', 'sv']);
    expect(sv.stdout).toContain('Filen kunde inte läsas: det är en symbolisk länk som går runt i en slinga');
    expect(existsSync(join(dir, 'out.csv'))).toBe(false);
  });

  it('a missing file is exit 3 "no such file" in both', async () => {
    const dir = tempDir();
    await inBothLanguages(['fix', join(dir, 'nope.csv'), '--spec', 'badplatser', '-o', join(dir, 'out.csv')], EXIT.unreadable, { en: /Cannot read .*nope\.csv: there is no such file\n$/, sv: /Kan inte läsa .*nope\.csv: det finns ingen sådan fil\n$/ });
  });
});

describe('--records: a pointer that is not one is a usage error (exit 2) in validate and fix', () => {
  const words = { en: /--records must be a JSON Pointer such as \/data\/items.* \(given: "results"\)\n$/, sv: /--records ska vara en JSON Pointer som \/data\/items.* \(angivet: "results"\)\n$/ };

  it('"results" (no "/"), "" and a "~" that is no escape: exit 2 in both, before anything is read or written (fix said exit 3)', async () => {
    const dir = tempDir();
    const data = writeTemp(dir, 'w.json', WRAPPED);
    await inBothLanguages(['validate', data, '--spec', 'badplatser', '--records', 'results'], EXIT.usage, words);
    await inBothLanguages(['fix', data, '--spec', 'badplatser', '--records', 'results', '-o', join(dir, 'out.json')], EXIT.usage, words);
    for (const given of ['', '/a~2b', '/a~']) {
      for (const args of [['validate', data, '--spec', 'badplatser'], ['fix', data, '--spec', 'badplatser', '-o', join(dir, 'out.json')]]) {
        const r = await run([...args, '--records', given]);
        expect(r.code, `${args[0]} ${given}: ${r.stderr}`).toBe(EXIT.usage);
        expect(r.stderr).toContain(`(given: ${JSON.stringify(given)})`);
      }
    }
    expect(readdirSync(dir)).toEqual(['w.json']);
    // A flag's mistake comes first, whatever the input is, as in validate.
    for (const command of [['validate'], ['fix', '-o', join(dir, 'out.json')]]) {
      const r = await run([...command, join(dir, 'missing.json'), '--spec', 'badplatser', '--records', 'results']);
      expect(r.code, `${command[0]}: ${r.stderr}`).toBe(EXIT.usage);
    }
  });

  it('a pointer that finds nothing is named as the user wrote it ("~1" stays "~1")', async () => {
    const dir = tempDir();
    const data = writeTemp(dir, 'w.json', WRAPPED);
    const v = await run(['validate', data, '--spec', 'badplatser', '--records', '/a~1b/c~0d', '--format', 'json']);
    expect(JSON.parse(v.stdout).files[0].diagnostics[0]).toMatchObject({ code: 'json-not-records', params: { found: { sv: 'ingen lista med poster vid /a~1b/c~0d', en: 'no list of records at /a~1b/c~0d' } } });
    const f = await run(['fix', data, '--spec', 'badplatser', '--records', '/a~1b/c~0d', '-o', join(dir, 'out.json')]);
    // fix agrees with validate: the finding among the errors left, exit 1.
    expect(f.code).toBe(EXIT.invalid);
    expect(f.stdout).toContain('but holds no list of records at /a~1b/c~0d. [json-not-records]');
    const root = await run(['validate', data, '--spec', 'badplatser', '--records', '/', '--format', 'json']);
    expect(JSON.parse(root.stdout).files[0].diagnostics[0].params.found.en).toBe('no list of records at /');
    // The pointer that is there works in both.
    expect((await run(['validate', data, '--spec', 'badplatser', '--records', '/results'])).code).toBe(EXIT.ok);
    expect((await run(['fix', data, '--spec', 'badplatser', '--records', '/results', '-o', join(dir, 'out.json')])).code).toBe(EXIT.ok);
  });
});

describe('--delimiter: a quote or a line break is a usage error (exit 2) in validate and fix', () => {
  it('refused with the rule in both languages, before anything is read (it was exit 3)', async () => {
    const dir = tempDir();
    const data = writeTemp(dir, 'x.csv', EXPORT);
    for (const d of ['"', '\n', '\r', ';;', '']) {
      const words = { en: `--delimiter must be one character other than a quote or a line break, or "tab" (given: ${JSON.stringify(d)})`, sv: `--delimiter ska vara ett tecken som inte är ett citattecken eller en radbrytning, eller "tab" (angivet: ${JSON.stringify(d)})` };
      await inBothLanguages(['validate', data, '--spec', 'badplatser', '--delimiter', d], EXIT.usage, words);
      await inBothLanguages(['fix', data, '--spec', 'badplatser', '--delimiter', d, '-o', join(dir, 'out.csv')], EXIT.usage, words);
    }
    expect(readdirSync(dir)).toEqual(['x.csv']);
  });

  it('"tab" means a tab in fix as in validate (fix refused it)', async () => {
    const dir = tempDir();
    const data = writeTemp(dir, 'x.tsv', EXPORT.replace(/;/g, '\t'));
    const r = await run(['fix', data, '--spec', 'badplatser', '--delimiter', 'tab', '-o', join(dir, 'out.csv')]);
    expect(r.code, r.stderr).toBe(EXIT.ok);
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe(FIXED);
    expect((await run(['validate', join(dir, 'out.csv'), '--spec', 'badplatser'])).code).toBe(EXIT.ok);
  });

  it('the help says the delimiter is detected, not "comma"', async () => {
    for (const command of ['validate', 'fix']) {
      // (Help text is wrapped to the terminal's width.)
      const en = (await run([command, '--help'])).stdout.replace(/\s+/g, ' ');
      expect(en).toContain('CSV field delimiter, one character or tab (default: detected from the content)');
      expect(en).not.toContain('(default: comma)');
      expect((await run([command, '--help', '--lang', 'sv'])).stdout.replace(/\s+/g, ' ')).toContain('fältavgränsare i CSV, ett tecken eller tab (standard: avgörs från innehållet)');
    }
  });
});

describe('an empty output name is a usage error (exit 2) for every output', () => {
  it('--badge "", --format json=, fix -o "" and --log "", template/specs -o "": exit 2 in both languages, nothing written', async () => {
    const dir = tempDir();
    const data = writeTemp(dir, 'x.csv', VALID);
    const cases: [string[], { en: string; sv: string }][] = [
      [['validate', data, '--spec', 'badplatser', '--badge', ''], { en: '--badge needs a file name (given: "")', sv: '--badge behöver ett filnamn (angivet: "")' }],
      [['validate', data, '--spec', 'badplatser', '--format', 'json='], { en: '--format needs a file name after "=" (given: "json=")', sv: '--format behöver ett filnamn efter "=" (angivet: "json=")' }],
      [['fix', data, '--spec', 'badplatser', '-o', ''], { en: '-o needs a file name (given: "")', sv: '-o behöver ett filnamn (angivet: "")' }],
      [['fix', data, '--spec', 'badplatser', '-o', join(dir, 'out.csv'), '--log', ''], { en: '--log needs a file name (given: "")', sv: '--log behöver ett filnamn (angivet: "")' }],
      [['template', 'badplatser', '-o', ''], { en: '-o needs a file name (given: "")', sv: '-o behöver ett filnamn (angivet: "")' }],
      [['specs', 'export', 'badplatser', '--to', 'table-schema', '-o', ''], { en: '-o needs a file name (given: "")', sv: '-o behöver ett filnamn (angivet: "")' }],
      [['specs', 'import', data, '-o', ''], { en: '-o needs a file name (given: "")', sv: '-o behöver ett filnamn (angivet: "")' }],
      [['specs', 'docs', '-o', ''], { en: '-o needs a folder name (given: "")', sv: '-o behöver namnet på en mapp (angivet: "")' }],
    ];
    for (const [args, words] of cases) await inBothLanguages(args, EXIT.usage, words, { cwd: dir });
    expect(readdirSync(dir)).toEqual(['x.csv']);
  });
});

describe('--lang: anything but sv or en is a usage error (exit 2), as "lang" in the config file is', () => {
  it('every command refuses it, listing sv and en, in the language of the locale', async () => {
    const dir = tempDir();
    const data = writeTemp(dir, 'x.csv', VALID);
    for (const args of [['validate', data, '--spec', 'badplatser'], ['fix', data, '--spec', 'badplatser', '-o', join(dir, 'out.csv')], ['template', 'badplatser'], ['specs', 'list'], ['specs', 'show', 'badplatser'], ['specs', 'import', data]]) {
      const en = await run([...args, '--lang', 'xx'], { env: { LANG: 'C' } });
      expect(en.code, `${args.join(' ')}: ${en.stderr}`).toBe(EXIT.usage);
      expect(en.stderr).toBe('datakoll: --lang must be one of sv, en (given: "xx")\n');
      expect(en.stdout).toBe('');
      const sv = await run([...args, '--lang=xx'], { env: { LANG: 'sv_SE.UTF-8' } });
      expect(sv.code).toBe(EXIT.usage);
      expect(sv.stderr).toBe('datakoll: --lang ska vara ett av värdena sv, en (angivet: "xx")\n');
    }
    expect(readdirSync(dir)).toEqual(['x.csv']);
    const config = writeTemp(dir, 'datakoll.config.json', JSON.stringify({ lang: 'xx', validate: [{ files: '*.csv', spec: 'badplatser' }] }));
    expect((await run(['validate', '--config', config])).code).toBe(EXIT.usage);
  });

  it('SV and En are sv and en', async () => {
    const data = writeTemp(tempDir(), 'x.csv', VALID);
    const sv = await run(['validate', data, '--spec', 'badplatser', '--lang', 'SV']);
    expect(sv.code).toBe(EXIT.ok);
    expect(sv.stdout).toContain('följer specifikationen');
    const en = await run(['validate', data, '--spec', 'badplatser', '--lang', 'En'], { env: { LANG: 'sv_SE.UTF-8' } });
    expect(en.code).toBe(EXIT.ok);
    expect(en.stdout).toContain('conforms to the spec');
  });

  it('a locale that is neither (de_DE) is no mistake: English, silently', async () => {
    const data = writeTemp(tempDir(), 'x.csv', VALID);
    for (const env of [{ LANG: 'de_DE.UTF-8' }, { LC_ALL: 'fr_FR.UTF-8' }, { LANG: 'xx' }, {}] as Record<string, string>[]) {
      const r = await run(['validate', data, '--spec', 'badplatser'], { env });
      expect(r.code, JSON.stringify(env)).toBe(EXIT.ok);
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain('conforms to the spec');
    }
  });

  it('the last --lang counts, as for commander', async () => {
    const data = writeTemp(tempDir(), 'x.csv', VALID);
    expect((await run(['validate', data, '--spec', 'badplatser', '--lang', 'en', '--lang', 'sv'])).stdout).toContain('följer specifikationen');
    expect((await run(['validate', data, '--spec', 'badplatser', '--lang', 'sv', '--lang', 'xx'])).code).toBe(EXIT.usage);
  });
});

describe('every -o output makes its missing folders, and only those', () => {
  it('fix -o and --log, template -o, specs import and export -o, reports: written into new folders', async () => {
    const dir = tempDir();
    const data = writeTemp(dir, 'x.csv', EXPORT);
    const ok = async (args: string[]): Promise<void> => {
      const r = await run(args, { cwd: dir });
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(EXIT.ok);
    };
    await ok(['fix', 'x.csv', '--spec', 'badplatser', '-o', 'a/b/fixed.csv', '--log', 'c/log.txt']);
    expect(readFileSync(join(dir, 'a/b/fixed.csv'), 'utf8')).toBe(FIXED);
    await ok(['template', 'badplatser', '-o', 't/u/template.csv']);
    await ok(['specs', 'export', 'badplatser', '--to', 'table-schema', '-o', 'e/schema.json']);
    await ok(['specs', 'import', 'e/schema.json', '--id', 'badplatser', '-o', 'my-specs/badplatser.json']);
    expect(JSON.parse(readFileSync(join(dir, 'my-specs/badplatser.json'), 'utf8'))['x-id']).toBe('badplatser');
    await ok(['validate', 'a/b/fixed.csv', '--spec', 'badplatser', '--format', 'json=r/s/report.json', '--badge', 'r/badge.svg']);
    for (const f of ['c/log.txt', 't/u/template.csv', 'e/schema.json', 'r/s/report.json', 'r/badge.svg']) expect(existsSync(join(dir, f)), f).toBe(true);
    expect(data).toBe(join(dir, 'x.csv'));
  });

  it('a run that fails removes the folders it made; a part of the path that is a file is exit 4 in both languages', async () => {
    const dir = tempDir();
    const data = writeTemp(dir, 'x.csv', EXPORT);
    writeTemp(dir, 'file', 'not a folder\n');
    // The log's folder is made first, then the fixed file's cannot be: both are given up.
    await inBothLanguages(['fix', data, '--spec', 'badplatser', '-o', join(dir, 'file', 'sub', 'fixed.csv'), '--log', join(dir, 'made', 'deeper', 'log.txt')], EXIT.writeFailed, { en: /Cannot write .*fixed\.csv: a part of the path is not a folder\n$/, sv: /Kan inte skriva .*fixed\.csv: en del av sökvägen är inte en mapp\n$/ });
    expect(readdirSync(dir).sort()).toEqual(['file', 'x.csv']);
  });

  it('never makes the folder a symbolic link leads to', async () => {
    const dir = tempDir();
    const data = writeTemp(dir, 'x.csv', EXPORT);
    symlinkSync(join(dir, 'elsewhere', 'inside', 'fixed.csv'), join(dir, 'link.csv'));
    symlinkSync(join(dir, 'elsewhere', 'report.json'), join(dir, 'report.json'));
    const r = await run(['fix', data, '--spec', 'badplatser', '-o', join(dir, 'link.csv')]);
    expect(r.code, r.stderr).toBe(EXIT.writeFailed);
    expect(r.stderr).toContain('the folder does not exist');
    // (Reports made the folder a link led to.)
    const v = await run(['validate', data, '--spec', 'badplatser', '--format', `json=${join(dir, 'report.json')}`]);
    expect(v.code, v.stderr).toBe(EXIT.writeFailed);
    expect(v.stderr).toContain('the folder does not exist');
    expect(existsSync(join(dir, 'elsewhere'))).toBe(false);
  });
});

describe('specs show', () => {
  it('prints the status once', async () => {
    const en = (await run(['specs', 'show', 'badplatser'])).stdout.split('\n');
    expect(en[1]).toBe('status: partial (built from a draft or published data, not checked against the final official version)');
    const sv = (await run(['specs', 'show', 'badplatser', '--lang', 'sv'])).stdout.split('\n');
    expect(sv[1]).toBe('status: delvis (byggd från utkast eller publicerade data, inte kontrollerad mot den slutliga officiella versionen)');
    const reconstructed = (await run(['specs', 'show', 'grillplatser'])).stdout.split('\n');
    expect(reconstructed[1]).toBe('status: reconstructed (not the official model)');
  });
});

describe('relative paths start at the working folder main() is given, for every command', () => {
  it('template -o, specs show/diff/export with a spec file, fix --spec and --specs-dir', async () => {
    const dir = tempDir();
    writeTemp(dir, 'x.csv', EXPORT);
    mkdirSync(join(dir, 'own'));
    writeFileSync(join(dir, 'own', 'b.json'), readFileSync(new URL('../../specs/badplatser/1.0.json', import.meta.url)));
    for (const args of [['template', './own/b.json', '-o', 'template.csv'], ['specs', 'show', 'own/b.json'], ['specs', 'diff', 'badplatser', 'own/b.json'], ['specs', 'export', 'own/b.json', '--to', 'table-schema', '-o', 'ts.json'], ['fix', 'x.csv', '--spec', 'own/b.json', '-o', 'f1.csv'], ['fix', 'x.csv', '--spec', 'badplatser', '--specs-dir', 'own', '-o', 'f2.csv']]) {
      const r = await run(args, { cwd: dir });
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(EXIT.ok);
    }
    for (const f of ['template.csv', 'ts.json', 'f1.csv', 'f2.csv']) expect(existsSync(join(dir, f)), f).toBe(true);
  });
});
