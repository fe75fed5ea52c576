/**
 * The command line's own edges in Swedish and English: every command's --help, the option and
 * config errors of src/options/, commander's errors and --lang itself come from the catalogue
 * (report/words/help.ts, report/words/usage.ts), in the run's language, exit 2.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CommanderError, Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { usageErrorOf } from '../../src/cli/commander-words.js';
import { DatakollError, EXIT } from '../../src/errors.js';
import { ERRORS } from '../../src/report/index.js';
import { USAGE_ERRORS } from '../../src/report/words/usage.js';
import { tempDir, writeTemp } from '../helpers.js';
import { run } from './run.js';

const VALID = 'place_id,name,latitude,longitude\n1,Ängen,57.1,11.9\n';
const COMMANDS = [[], ['validate'], ['fix'], ['template'], ['specs'], ['specs', 'list'], ['specs', 'show'], ['specs', 'docs'], ['specs', 'import'], ['specs', 'diff'], ['specs', 'export']];
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
        en: '--format must be one of text, json, html, junit, sarif, github, gitlab, markdown, badge, optionally with =<file> (given: "pdf")',
        sv: '--format ska vara ett av rapportformaten text, json, html, junit, sarif, github, gitlab, markdown, badge, eventuellt följt av =<fil> (angivet: "pdf")',
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
    await saysInBoth(['validate'], { en: 'datakoll.config.json has unknown key "colour"', sv: 'datakoll.config.json har en okänd nyckel: "colour"' }, cwd);
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
