/**
 * The command line's own edges in Swedish and English: every command's --help, the option and
 * config errors of src/options/, commander's errors and --lang itself come from the catalogue
 * (report/words/help.ts, report/words/usage.ts), in the run's language, exit 2.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CommanderError, Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { usageErrorOf } from '../../src/cli/commander-words.js';
import { DatakollError, EXIT } from '../../src/errors.js';
import { ERRORS, PATTERN_SYNTAX } from '../../src/report/index.js';
import { USAGE_ERRORS } from '../../src/report/words/usage.js';
import { tempDir, writeTemp } from '../helpers.js';
import { run } from './run.js';

const VALID = 'place_id,name,latitude,longitude\n1,Ängen,57.1,11.9\n';
const COMMANDS = [[], ['validate'], ['fix'], ['template'], ['specs'], ['specs', 'list'], ['specs', 'show'], ['specs', 'docs'], ['specs', 'import'], ['specs', 'diff'], ['specs', 'export'], ['harvest'], ['harvest', 'merge'], ['serve'], ['explain']];
/** Commander's English words, none of which a Swedish help screen may show. */
const ENGLISH = ['Usage', 'Options', 'Commands', 'Arguments', 'display help', 'default:', 'choices:', '[options]', '[command]', '<file>', '<dir>', '<lang>'];

describe('--help', () => {
  for (const command of COMMANDS) {
    const name = command.length === 0 ? 'datakoll' : command.join('-');
    it(`${['datakoll', ...command].join(' ')} --help in Swedish and English`, async () => {
      const sv = await run([...command, '--help', '--lang', 'sv']);
      expect(sv.code).toBe(EXIT.ok);
      for (const word of ENGLISH) expect(sv.stdout, word).not.toContain(word);
      await expect(sv.stdout).toMatchFileSnapshot(`./__golden__/help/${name}.sv.txt`);
      // English reads as before, but that an empty list's default, "(default: [])", is not shown.
      const en = await run([...command, '--help', '--lang', 'en']);
      expect(en.stdout).toContain('Usage:');
      expect(en.stdout).not.toContain('(default: [])');
      await expect(en.stdout).toMatchFileSnapshot(`./__golden__/help/${name}.en.txt`);
      // The language of the locale, when no --lang says otherwise.
      expect((await run([...command, '--help'], { env: { LANG: 'sv_SE.UTF-8' } })).stdout).toBe(sv.stdout);
    });
  }

  it('help <command> and a language given after the help flag', async () => {
    const sv = readFileSync(fileURLToPath(new URL('./__golden__/help/validate.sv.txt', import.meta.url)), 'utf8');
    expect((await run(['help', 'validate', '--lang', 'sv'])).stdout).toBe(sv);
    expect((await run(['validate', '-h', '--lang=sv'])).stdout).toBe(sv);
  });

  it('every golden file belongs to a command', () => {
    const names = new Set(COMMANDS.map((c) => (c.length === 0 ? 'datakoll' : c.join('-'))));
    for (const f of readdirSync(fileURLToPath(new URL('./__golden__/help/', import.meta.url)))) expect(names, f).toContain(f.replace(/\.(sv|en)\.txt$/, ''));
  });
});

/**
 * Runs args in both languages: exit 2, the message on standard error, nothing on standard output.
 * The language is --lang at the end, or the locale's when the mistake is the last argument itself.
 */
async function saysInBoth(args: string[], words: { en: string; sv: string }, cwd?: string): Promise<void> {
  const last = args.at(-1) === '--spec' || args.at(-1) === '--badge';
  for (const lang of ['en', 'sv'] as const) {
    const env = { LANG: lang === 'sv' ? 'sv_SE.UTF-8' : 'C' };
    const r = await run(last ? args : [...args, '--lang', lang], { env, ...(cwd === undefined ? {} : { cwd }) });
    expect(r.code, `${args.join(' ')} (${lang}): ${r.stderr}`).toBe(EXIT.usage);
    expect(r.stderr, `${args.join(' ')} (${lang})`).toBe(`datakoll: ${words[lang]}\n`);
    expect(r.stdout).toBe('');
  }
}

describe('option errors say what was wrong, the rule and what was given, in both languages', () => {
  const dir = tempDir();
  const data = writeTemp(dir, 'x.csv', VALID);
  const cases: [string[], { en: string; sv: string }][] = [
    [['validate', data, '--spec', 'badplatser', '--max-errors', 'many'], { en: '--max-errors must be a whole number (given: "many")', sv: '--max-errors ska vara ett heltal (angivet: "many")' }],
    [['validate', data, '--spec', 'badplatser', '--max-errors', '0'], { en: '--max-errors must be at least 1 (given: "0")', sv: '--max-errors ska vara minst 1 (angivet: "0")' }],
    [['validate', data, '--spec', 'badplatser', '--fail-on', 'x'], { en: '--fail-on must be one of error, warning, info, never (given: "x")', sv: '--fail-on ska vara ett av värdena error, warning, info, never (angivet: "x")' }],
    [['validate', data, '--spec', 'badplatser', '--remote-timeout', '0'], { en: '--remote-timeout must be greater than 0 (given: "0")', sv: '--remote-timeout ska vara större än 0 (angivet: "0")' }],
    [['specs', 'list', '--specs-dir', ''], { en: '--specs-dir must not be empty (given: "")', sv: '--specs-dir får inte vara tom (angivet: "")' }],
    [
      ['validate', data, '--spec', 'badplatser', '--format', 'pdf'],
      {
        en: '--format must be one of text, json, html, junit, sarif, github, gitlab, markdown, csv, badge, optionally with =<file> (given: "pdf")',
        sv: '--format ska vara ett av rapportformaten text, json, html, junit, sarif, github, gitlab, markdown, csv, badge, eventuellt följt av =<fil> (angivet: "pdf")',
      },
    ],
    [['validate', data, '--no-config'], { en: '--spec is required (--spec <id|id@version|path>), or a datakoll.config.json that names it', sv: '--spec saknas: ange --spec <id|id@version|sökväg>, eller skriv en datakoll.config.json som anger specifikationen' }],
    [['specs', 'export', 'badplatser', '--to', 'xx'], { en: '--to must be table-schema (given: "xx")', sv: '--to ska vara table-schema (angivet: "xx")' }],
    [['specs', 'list', '--format', 'xml'], { en: '--format must be one of text, json (given: "xml")', sv: '--format ska vara ett av värdena text, json (angivet: "xml")' }],
    [['template', 'badplatser', '--format', 'xml'], { en: '--format must be one of csv, json, xlsx (given: "xml")', sv: '--format ska vara ett av värdena csv, json, xlsx (angivet: "xml")' }],
    [['template', 'badplatser', '--format', 'xlsx', '-o', '-'], {
      en: 'A workbook (--format xlsx) is not written to standard output: name a file with -o, such as -o template.xlsx',
      sv: 'En arbetsbok (--format xlsx) skrivs inte till standard ut: ange en fil med -o, till exempel -o mall.xlsx',
    }],
    [['specs', 'import', data, '--status', 'foo'], { en: '--status must be one of verified, partial, reconstructed (given: "foo")', sv: '--status ska vara ett av värdena verified, partial, reconstructed (angivet: "foo")' }],
    [['specs', 'import', data, '--id', 'X_'], { en: '--id must be lower-case letters, digits and hyphens (given: "X_")', sv: '--id får bara innehålla små bokstäver a–z, siffror och bindestreck (angivet: "X_")' }],
    [['specs', 'import', data, '--spec-version', 'a'], { en: '--spec-version must be numbers separated by dots, such as 1.0 (given: "a")', sv: '--spec-version ska vara tal med punkt emellan, som 1.0 (angivet: "a")' }],
    [['specs', 'import', data, '--official-url', 'ftp:x'], { en: '--official-url must be an http(s) address (given: "ftp:x")', sv: '--official-url ska vara en webbadress som börjar med http:// eller https:// (angivet: "ftp:x")' }],
    [['specs', 'import', data, '--title='], { en: '--title must not be empty (given: "")', sv: '--title får inte vara tom (angivet: "")' }],
  ];
  for (const [args, words] of cases) it(args.filter((a) => a !== data).join(' '), async () => saysInBoth(args, words, dir));

  it('the config file, in the run’s language', async () => {
    const cwd = tempDir();
    writeTemp(cwd, 'datakoll.config.json', JSON.stringify({ colour: true, validate: [{ files: '*.csv', spec: 'badplatser' }] }));
    await saysInBoth(['validate'], { en: 'datakoll.config.json has an unknown key: "colour"', sv: 'datakoll.config.json har en okänd nyckel: "colour"' }, cwd);
    writeTemp(cwd, 'datakoll.config.json', JSON.stringify({ threads: 'many', validate: [{ files: 3, spec: 'badplatser' }] }));
    await saysInBoth(['validate'], { en: 'datakoll.config.json: threads must be a number (given: "many")', sv: 'datakoll.config.json: threads ska vara ett tal (angivet: "many")' }, cwd);
    writeTemp(cwd, 'datakoll.config.json', JSON.stringify({ validate: [{ files: 3, spec: 'badplatser' }] }));
    await saysInBoth(['validate'], { en: 'datakoll.config.json: validate[0].files must be a glob or a list of globs (given: 3)', sv: 'datakoll.config.json: validate[0].files ska vara ett filmönster (som "data/*.csv") eller en lista med filmönster (angivet: 3)' }, cwd);
  });
});

describe("commander's errors, in both languages", () => {
  const dir = tempDir();
  const data = writeTemp(dir, 'x.csv', VALID);
  const cases: [string[], { en: string; sv: string }][] = [
    [['validate', data, '--bogus'], { en: 'Unknown option --bogus; datakoll validate --help lists the options', sv: 'Okänd flagga --bogus; datakoll validate --help visar flaggorna' }],
    [['validate', data, '--spex', 'badplatser'], { en: 'Unknown option --spex (did you mean --spec?); datakoll validate --help lists the options', sv: 'Okänd flagga --spex (menade du --spec?); datakoll validate --help visar flaggorna' }],
    [['valdate', data], { en: 'Unknown command valdate (did you mean validate?); datakoll --help lists the commands', sv: 'Okänt kommando valdate (menade du validate?); datakoll --help visar kommandona' }],
    [['specs', 'shw'], { en: 'Unknown command shw (did you mean show?); datakoll specs --help lists the commands', sv: 'Okänt kommando shw (menade du show?); datakoll specs --help visar kommandona' }],
    [['nosuchcommand'], { en: 'Unknown command nosuchcommand; datakoll --help lists the commands', sv: 'Okänt kommando nosuchcommand; datakoll --help visar kommandona' }],
    [['specs', 'show'], { en: 'datakoll specs show needs <spec>; see datakoll specs show --help', sv: 'datakoll specs show behöver <spec>; se datakoll specs show --help' }],
    [['specs', 'import'], { en: 'datakoll specs import needs <file>; see datakoll specs import --help', sv: 'datakoll specs import behöver <fil>; se datakoll specs import --help' }],
    [['validate', data, '--spec'], { en: 'Option -s, --spec <spec> needs a value', sv: 'Flaggan -s, --spec <spec> behöver ett värde' }],
    [['validate', data, '--spec', 'badplatser', '--badge'], { en: 'Option --badge <file> needs a value', sv: 'Flaggan --badge <fil> behöver ett värde' }],
    [['fix', data], { en: 'Option -s, --spec <spec> is required', sv: 'Flaggan -s, --spec <spec> måste anges' }],
    [['specs', 'export', 'badplatser'], { en: 'Option --to <format> is required', sv: 'Flaggan --to <format> måste anges' }],
    [['specs', 'show', 'badplatser', 'extra'], { en: 'datakoll specs show takes 1 argument, but got 2; see datakoll specs show --help', sv: 'datakoll specs show tar 1 argument, men fick 2; se datakoll specs show --help' }],
    [['specs', 'list', 'extra'], { en: 'datakoll specs list takes 0 arguments, but got 1; see datakoll specs list --help', sv: 'datakoll specs list tar 0 argument, men fick 1; se datakoll specs list --help' }],
  ];
  for (const [args, words] of cases) it(args.filter((a) => a !== data).join(' '), async () => saysInBoth(args, words, dir));

  it('Swedish even when the mistake comes before --lang sv, or with --lang=sv', async () => {
    const r = await run(['validate', '--bogus', data, '--spec', 'badplatser', '--lang=sv']);
    expect([r.code, r.stderr]).toEqual([EXIT.usage, 'datakoll: Okänd flagga --bogus; datakoll validate --help visar flaggorna\n']);
    const top = await run(['--bogus', 'validate', data, '--lang', 'sv']);
    expect([top.code, top.stderr]).toEqual([EXIT.usage, 'datakoll: Okänd flagga --bogus; datakoll --help visar flaggorna\n']);
  });

  it('a sentence commander no longer writes is still a usage error, its words quoted', () => {
    const e = usageErrorOf(new CommanderError(1, 'commander.somethingNew', 'error: something new'), new Command('datakoll'), 'sv');
    expect(e).toBeInstanceOf(DatakollError);
    expect((e as DatakollError).text('sv')).toBe('Kommandoraden går inte att tolka (something new); se datakoll --help');
    expect((e as DatakollError).kind).toBe('usage');
  });
});

describe('--lang takes sv and en and says so for anything else (exit 2), as "lang" in the config file does', () => {
  it('on every command and on help, before anything else, in the locale’s language', async () => {
    for (const args of [['--help'], ['specs', '--help'], ['help', 'validate'], ['validate', '--help'], ['validate', 'x.csv', '--bogus'], ['specs', 'list']]) {
      const en = await run([...args, '--lang', 'de']);
      expect([en.code, en.stderr, en.stdout], args.join(' ')).toEqual([EXIT.usage, 'datakoll: --lang must be one of sv, en (given: "de")\n', '']);
      const sv = await run([...args, '--lang=de'], { env: { LANG: 'sv_SE.UTF-8' } });
      expect([sv.code, sv.stderr, sv.stdout], args.join(' ')).toEqual([EXIT.usage, 'datakoll: --lang ska vara ett av värdena sv, en (angivet: "de")\n', '']);
    }
  });

  it('the locale decides without --lang: LC_ALL, then LC_MESSAGES, then LANG', async () => {
    expect((await run(['specs', 'show'], { env: { LANG: 'sv_SE.UTF-8' } })).stderr).toBe('datakoll: datakoll specs show behöver <spec>; se datakoll specs show --help\n');
    expect((await run(['specs', 'show'], { env: { LC_ALL: 'en_GB.UTF-8', LANG: 'sv_SE.UTF-8' } })).stderr).toContain('needs <spec>');
    expect((await run(['specs', 'show'], { env: { LANG: 'de_DE.UTF-8' } })).stderr).toContain('needs <spec>');
  });
});

describe('the catalogue', () => {
  it('every usage error is the catalogue’s own entry (no other entry of errors.ts replaces one)', () => {
    for (const [code, entry] of Object.entries(USAGE_ERRORS)) expect(ERRORS[code as keyof typeof ERRORS], code).toBe(entry);
  });

  it('src/options/ holds no words of its own: its errors are codes of the catalogue', () => {
    const folder = new URL('../../src/options/', import.meta.url);
    for (const f of readdirSync(fileURLToPath(folder))) {
      const text = readFileSync(fileURLToPath(new URL(f, folder)), 'utf8');
      expect(text, f).not.toMatch(/\b(sv|en): ['"`]/);
      // The older form's message, a string after the code, is gone; a code written out is one of the catalogue.
      expect(text, f).not.toMatch(/new DatakollError\([^,()]+,[^,()]+,\s*['"`]/);
      for (const m of text.matchAll(/new DatakollError\('\w+', '([\w-]+)'/g)) expect(Object.keys(ERRORS), `${f}: ${m[0]}`).toContain(m[1]);
    }
  });
});

/** What an outside review in Swedish found (issue 16), each held in both languages. */
describe('the review in Swedish', () => {
  const dir = tempDir();
  const NBSP_PERCENT = /\d\u00a0%/;

  it('a failed --spec auto writes its percentages as the language does (Swedish "0 %")', async () => {
    const file = writeTemp(dir, 'okand.csv', 'name,latitude,alfa,beta,gamma,delta,epsilon\nA,57.1,1,2,3,4,5\n');
    const sv = await run(['validate', file, '--spec', 'auto', '--lang', 'sv']);
    expect([sv.code, NBSP_PERCENT.test(sv.stderr), /\d%/.test(sv.stderr)]).toEqual([EXIT.usage, true, false]);
    const en = await run(['validate', file, '--spec', 'auto', '--lang', 'en']);
    expect([en.code, /\(\d+%\)/.test(en.stderr)]).toEqual([EXIT.usage, true]);
  });

  it('a failed --spec auto lists only specs that share a column, and says so when no column name could be read', async () => {
    const none = await run(['validate', writeTemp(dir, 'inget.csv', 'alfa,beta\n1,2\n'), '--spec', 'auto', '--lang', 'en']);
    expect([none.code, none.stderr.includes('well enough; name one with --spec'), none.stderr.includes('best:')]).toEqual([EXIT.usage, true, false]);
    for (const [name, text] of [['tom.csv', ''], ['trasig.json', '[{"a": 1,}]']] as const) {
      const r = await run(['validate', writeTemp(dir, name, text), '--spec', 'auto', '--lang', 'sv']);
      expect([r.code, r.stderr.includes('Inga kolumnnamn gick att läsa')], name).toEqual([EXIT.usage, true]);
    }
  });

  it('the share of values with spaces around them is a number, said with the language’s percent sign', async () => {
    const file = writeTemp(dir, 'mellanslag.csv', 'place_id,name,latitude,longitude\n 1 , A ,57.1,11.9\n 2 , B ,57.2,11.8\n');
    const r = await run(['validate', file, '--spec', 'badplatser', '--format', 'json', '--lang', 'sv']);
    const found = (JSON.parse(r.stdout) as { files: { diagnostics: { code: string; params?: { share?: unknown }; message: string }[] }[] }).files[0]?.diagnostics.find((d) => d.code === 'dialect-spaces-around');
    expect(found?.params?.share).toBe(50);
    expect(found?.message).toMatch(/^50\u00a0% /);
  });

  it('specs show says a list’s datatype without a plural the item word lacks, and a fixed list of values naturally', async () => {
    const sv = (await run(['specs', 'show', 'hundrastgardar', '--lang', 'sv'])).stdout;
    const en = (await run(['specs', 'show', 'hundrastgardar', '--lang', 'en'])).stdout;
    expect(sv).toMatch(/\n26\s+image\s+lista \(varje värde: webbadress\)\s/);
    expect(en).toMatch(/\n26\s+image\s+list \(each value: web address\)\s/);
    expect(sv).not.toContain('lista med webbadress');
  });

  it('specs import refuses a file that is not text in the words of validate, not with its bytes as column names', async () => {
    const zip = writeTemp(dir, 'modell.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 0xff, 0xfe, 0x00, 0x01]));
    for (const lang of ['sv', 'en'] as const) {
      const r = await run(['specs', 'import', zip, '--lang', lang]);
      expect([r.code, r.stdout], lang).toEqual([EXIT.usage, '']);
      expect(r.stderr, lang).toContain(lang === 'sv' ? 'ZIP-arkiv' : 'ZIP archive');
      expect(r.stderr, lang).not.toMatch(lang === 'sv' ? /rubrikraden/ : /header row/);
    }
  });

  it('specs import of a broken .json file says what is wrong, without asking for a .json file', async () => {
    const broken = writeTemp(dir, 'schema.json', '{"fields": [1,]}');
    const sv = await run(['specs', 'import', broken, '--lang', 'sv']);
    expect([sv.code, sv.stderr.includes('giltig JSON'), sv.stderr.includes('.json-')]).toEqual([EXIT.usage, true, false]);
    // Another name is still told which names are read as what.
    const other = await run(['specs', 'import', writeTemp(dir, 'schema.txt', '{"fields": [1,]}'), '--lang', 'en']);
    expect(other.stderr).toContain('give a .json, .md, .csv or .xlsx file');
  });

  it('specs docs --check tells a missing page from one out of date, and import counts its attributes in the language’s plural', async () => {
    const out = join(dir, 'sidor');
    expect((await run(['specs', 'docs', '-o', out, '--lang', 'sv'])).stdout).toMatch(/^\d+ sidor skrivna i /);
    rmSync(join(out, 'badplatser.md'));
    writeFileSync(join(out, 'utegym.md'), 'gammal');
    const sv = await run(['specs', 'docs', '--check', '-o', out, '--lang', 'sv']);
    expect([sv.code, sv.stderr.split('\n').filter((l) => l !== '').sort()]).toEqual([EXIT.invalid, [`datakoll: ${join(out, 'badplatser.md')} saknas`, `datakoll: ${join(out, 'utegym.md')} är inte aktuell`]]);
    const en = await run(['specs', 'docs', '--check', '-o', out, '--lang', 'en']);
    expect(en.stderr).toContain(`${join(out, 'badplatser.md')} is missing`);
    const one = writeTemp(dir, 'en-kolumn.md', '| Namn | Kardinalitet | Datatyp | Beskrivning |\n|---|---|---|---|\n| id | 1 | text | Id |\n');
    expect((await run(['specs', 'import', one, '-o', join(dir, 'en.json'), '--lang', 'en'])).stderr).toMatch(/, 1 attribute\n$/);
    expect((await run(['specs', 'import', one, '-o', join(dir, 'en.json'), '--lang', 'sv'])).stderr).toMatch(/^datakoll: Importerade .*, 1 attribut\n$/);
  });

  it('fix’s help does not offer auto or a config file, which fix does not read', async () => {
    for (const lang of ['sv', 'en']) expect((await run(['fix', '--help', '--lang', lang])).stdout, lang).not.toMatch(/auto|inställningsfil|config file/);
  });
});

describe('why a spec’s pattern is not a regular expression, in the catalogue’s words', () => {
  const BAD = ['([a-', '(a', 'a)', 'a\\', '\\p{Foo}', '[\\p{Foo}]', '\\q', '\\u{ZZ}', '\\c', '*a', 'a{2,1}', '{', ']', 'a{1', '(?<a>x)(?<a>y)', '(?<1>x)', '\\k<b>', '[z-a]', '[\\d-z]', '(?', '\\k'];

  it('every reason JavaScript gives for these patterns has Swedish words (a new one would show in English only)', () => {
    for (const pattern of BAD) {
      let said = '';
      try {
        new RegExp(pattern, 'u');
      } catch (e) {
        said = (e as Error).message.replace(/^Invalid regular expression: \/.*\/u: /s, '');
      }
      expect(Object.keys(PATTERN_SYNTAX), `${pattern}: ${said}`).toContain(said);
    }
  });

  it('a user spec with a broken pattern is told so in Swedish, exit 2', async () => {
    const dir = tempDir();
    const spec = JSON.parse(readFileSync(fileURLToPath(new URL('../../specs/badplatser/1.0.json', import.meta.url)), 'utf8')) as { properties: Record<string, Record<string, unknown>> };
    (spec.properties.name as Record<string, unknown>).pattern = '([a-';
    const file = writeTemp(dir, 'spec.json', JSON.stringify(spec));
    const data = writeTemp(dir, 'x.csv', VALID);
    const sv = await run(['validate', data, '--spec', file, '--lang', 'sv']);
    expect([sv.code, sv.stderr.includes('en teckenklass "[" stängs aldrig med "]"'), /Unterminated/.test(sv.stderr)]).toEqual([EXIT.usage, true, false]);
    const en = await run(['validate', data, '--spec', file, '--lang', 'en']);
    expect(en.stderr).toContain('a character class "[" is never closed with "]"');
  });
});

describe('a JSON text that ends too soon', () => {
  const dir = tempDir();

  it('is placed just after its last character, never at column 0, in validate and fix', async () => {
    for (const [name, text, at] of [['slut.json', '[{"name": "A"}\n', [2, 1]], ['slut2.json', '[{"name": "A"}', [1, 15]], ['omslag.json', '{"results": [{"name": "A"}]\n', [2, 1]]] as const) {
      const file = writeTemp(dir, name, text);
      const r = await run(['validate', file, '--spec', 'badplatser', '--format', 'json', '--lang', 'sv']);
      const d = (JSON.parse(r.stdout) as { files: { diagnostics: { code: string; line?: number; column?: number }[] }[] }).files[0]?.diagnostics.find((x) => x.code === 'json-syntax');
      expect([d?.line, d?.column], name).toEqual(at);
    }
  });

  it('is said to end too soon by the words a config file, a spec and an import get too', async () => {
    const cwd = tempDir();
    writeTemp(cwd, 'datakoll.config.json', '{"validate": [');
    const config = await run(['validate', '--lang', 'sv'], { cwd });
    expect([config.code, config.stderr]).toEqual([EXIT.usage, 'datakoll: Inställningsfilen datakoll.config.json går inte att använda: den är inte giltig JSON på rad 1, kolumn 15: filen tar slut mitt i ett värde (har den klippts av?).\n']);
    const imp = await run(['specs', 'import', writeTemp(dir, 'avklippt.json', '{"fields": [{"name": "a"}\n'), '--lang', 'en']);
    expect([imp.code, imp.stderr.endsWith("not valid JSON at line 2, column 1: the file ends before the closing ']' (was it cut short?)\n")]).toEqual([EXIT.usage, true]);
  });
});

describe('a config file whose globs match nothing', () => {
  it('says from which folder they were counted, as the config file’s folder, not "."', async () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'sub'));
    writeTemp(join(cwd, 'sub'), 'datakoll.config.json', JSON.stringify({ validate: [{ files: '*.xlsx', spec: 'badplatser' }] }));
    await saysInBoth(['validate'], { en: 'datakoll.config.json: validate[0].files matched no files ("*.xlsx", relative to the config file\'s folder).', sv: 'datakoll.config.json: validate[0].files hittade inga filer ("*.xlsx", räknat från inställningsfilens mapp).' }, join(cwd, 'sub'));
    const sv = await run(['validate', '--config', join('sub', 'datakoll.config.json'), '--lang', 'sv'], { cwd });
    expect([sv.code, sv.stderr]).toEqual([EXIT.usage, `datakoll: ${join('sub', 'datakoll.config.json')}: validate[0].files hittade inga filer ("*.xlsx", räknat från inställningsfilens mapp sub).\n`]);
  });
});

describe('--lang before the command', () => {
  const dir = tempDir();
  const data = writeTemp(dir, 'x.csv', VALID);

  it('is taken as after it, on validate and on specs, and still refuses another language (exit 2)', async () => {
    const before = await run(['--lang', 'sv', 'validate', data, '--spec', 'badplatser']);
    expect([before.code, before.stdout]).toEqual([EXIT.ok, (await run(['validate', data, '--spec', 'badplatser', '--lang', 'sv'])).stdout]);
    expect((await run(['specs', '--lang', 'sv', 'show', 'badplatser'])).stdout).toContain('\nstatus: delvis ');
    expect((await run(['--lang=sv', 'specs', 'list'])).stdout).toMatch(/^id\s+version\s+status\s+plats i topp 100/);
    const de = await run(['--lang', 'de', 'validate', data, '--spec', 'badplatser']);
    expect([de.code, de.stderr]).toEqual([EXIT.usage, 'datakoll: --lang must be one of sv, en (given: "de")\n']);
  });

  it('wins over the config file’s "lang", as --lang after the command does', async () => {
    const cwd = tempDir();
    writeTemp(cwd, 'x.csv', VALID);
    writeTemp(cwd, 'datakoll.config.json', JSON.stringify({ lang: 'sv', validate: [{ files: '*.csv', spec: 'badplatser' }] }));
    expect((await run(['validate'], { cwd })).stdout).toContain('✔ följer specifikationen');
    expect((await run(['--lang', 'en', 'validate'], { cwd })).stdout).toContain('✔ conforms to the spec');
    expect((await run(['validate', '--lang', 'en'], { cwd })).stdout).toContain('✔ conforms to the spec');
  });
});

describe('a specs folder that is a file', () => {
  it('is said to be a file, not a folder that does not exist (exit 2)', async () => {
    const dir = tempDir();
    const file = writeTemp(dir, 'specs.json', '{}');
    for (const lang of ['sv', 'en'] as const) {
      const r = await run(['specs', 'list', '--specs-dir', file, '--lang', lang]);
      expect([r.code, r.stderr], lang).toEqual([EXIT.usage, `datakoll: ${lang === 'sv' ? 'Mappen med specifikationer är ingen mapp utan en fil' : 'The specs folder is a file, not a folder'}: ${file}\n`]);
    }
    expect((await run(['specs', 'list', '--specs-dir', join(dir, 'saknas'), '--lang', 'sv'])).stderr).toContain('Mappen med specifikationer finns inte');
  });
});

describe('an uncertain encoding in the dialect line', () => {
  it('joins the label’s own parenthesis: "CP850 (DOS, osäkert)", not "CP850 (DOS) (osäkert)"', async () => {
    const file = writeTemp(tempDir(), 'dos.csv', Buffer.from('place_id;name;latitude;longitude\n1;\x8eng;57.1;11.9\n', 'latin1'));
    const sv = (await run(['validate', file, '--spec', 'badplatser', '--lang', 'sv'])).stdout;
    const en = (await run(['validate', file, '--spec', 'badplatser', '--lang', 'en'])).stdout;
    expect(sv).toContain('Så är filen skriven: CP850 (DOS, osäkert), semikolon mellan fälten');
    expect(en).toContain('How the file is written: CP850 (DOS, uncertain), semicolon between the fields');
  });
});

describe('fix’s change log', () => {
  it('names encodings as the reports do, and an error about the whole file as "(hela filen)"', async () => {
    const dir = tempDir();
    const file = writeTemp(dir, 'excel.csv', Buffer.from('place_id;name;latitude;longitude\n1;\xc4ngen;57,1234;11,9123\n', 'latin1'));
    const sv = await run(['fix', file, '--spec', 'badplatser', '-o', join(dir, 'ut.csv'), '--lang', 'sv']);
    expect(sv.stdout).toContain('\n  teckenkodning: Windows-1252 -> UTF-8\n');
    const empty = await run(['fix', writeTemp(dir, 'tom.csv', ''), '--spec', 'badplatser', '-o', join(dir, 'ut2.csv'), '--lang', 'sv']);
    expect(empty.stdout).toContain('\n  (hela filen): Filen är tom');
  });
});

describe('flags fix and validate share', () => {
  it('--input-format is refused in the same words by both', async () => {
    const dir = tempDir();
    const data = writeTemp(dir, 'x.csv', VALID);
    for (const lang of ['sv', 'en'] as const) {
      const v = await run(['validate', data, '--spec', 'badplatser', '--input-format', 'xml', '--lang', lang]);
      const f = await run(['fix', data, '--spec', 'badplatser', '-o', join(dir, 'ut.csv'), '--input-format', 'xml', '--lang', lang]);
      expect([f.code, f.stderr], lang).toEqual([v.code, v.stderr]);
      expect(v.stderr, lang).toContain(lang === 'sv' ? 'ska vara ett av värdena csv, json, jsonl (angivet: "xml")' : 'must be one of csv, json, jsonl (given: "xml")');
    }
  });
});

describe('an empty config or spec file', () => {
  it('is said to be empty, not to lack a value at line 1, column 1', async () => {
    const cwd = tempDir();
    writeTemp(cwd, 'datakoll.config.json', '\n');
    await saysInBoth(['validate'], { en: 'The config file datakoll.config.json cannot be used: it is empty.', sv: 'Inställningsfilen datakoll.config.json går inte att använda: den är tom.' }, cwd);
    const spec = writeTemp(cwd, 'tom-spec.json', '');
    const r = await run(['validate', writeTemp(cwd, 'x.csv', VALID), '--spec', spec, '--no-config', '--lang', 'sv']);
    expect([r.code, r.stderr]).toEqual([EXIT.usage, `datakoll: Specifikationsfilen ${spec} är inte en giltig datakoll-specifikation: den är tom\n`]);
  });
});

describe('a web address whose transfer breaks off', () => {
  it('is said to break off in Swedish, with the system’s name of the error at most, never Node’s English sentence', async () => {
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/csv', 'content-length': '1000' });
      res.write('place_id,name,latitude,longitude\n');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/bad.csv`;
      const r = await run(['validate', url, '--spec', 'badplatser', '--allow-http', '--lang', 'sv']);
      expect(r.code).toBe(EXIT.unreadable);
      expect(r.stdout).toMatch(/Adressen kunde inte läsas: överföringen avbröts( \([A-Z_]+\))?\./);
      expect(r.stdout).not.toMatch(/aborted|socket hang up|Premature close|terminated/i);
    } finally {
      server.close();
    }
  });
});

describe('a workbook without the sheet asked for', () => {
  it('names its one sheet in the singular, several in the plural', async () => {
    const dir = tempDir();
    const book = join(dir, 'mall.xlsx');
    expect((await run(['template', 'badplatser', '--format', 'xlsx', '-o', book])).code).toBe(EXIT.ok);
    const sv = await run(['validate', book, '--spec', 'badplatser', '--sheet', 'Nej', '--lang', 'sv']);
    expect([sv.code, /Dess enda blad heter \S+; välj ett med --sheet/.test(sv.stdout), sv.stdout.includes('Bladen heter')]).toEqual([EXIT.unreadable, true, false]);
    const en = await run(['validate', book, '--spec', 'badplatser', '--sheet', 'Nej', '--lang', 'en']);
    expect(en.stdout).toMatch(/Its only sheet is \S+; pick one with --sheet/);
  });
});
