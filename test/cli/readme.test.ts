/**
 * Every command and flag the README and the CI integration files show exists, the README's config
 * example is valid, and every datakoll command of the README's shell examples runs, in README order,
 * in a folder holding the files they name.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../../src/input/index.js';
import { parseConfig } from '../../src/options/index.js';
import { columnLetter } from '../../src/report/index.js';
import { esc, sheetData, writeXlsx } from '../support/xlsx.js';
import { tempDir } from '../helpers.js';
import { run } from './run.js';

const root = (p: string): string => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const readme = readFileSync(root('README.md'), 'utf8');

/** Flags a command's --help lists. */
async function flagsOf(command: string[]): Promise<Set<string>> {
  const help = (await run([...command, '--help'])).stdout;
  return new Set([...help.matchAll(/(?:^|[\s,])(--?[a-zA-Z][\w-]*)/g)].map((m) => m[1] as string));
}

function commandLines(text: string): string[][] {
  return [...text.matchAll(/npx (?:--yes )?(?:"?datakoll(?:@[^\s"]+)?"?) ([^\n#]*)/g)].map((m) => (m[1] as string).trim().split(/\s+/));
}

describe('the README and the CI files', () => {
  it('show only commands and flags that exist', async () => {
    const lines = [...commandLines(readme), ...['action.yml', 'ci/gitlab-datakoll.yml'].flatMap((f) => commandLines(readFileSync(root(f), 'utf8')))];
    expect(lines.length).toBeGreaterThan(20);
    for (const words of lines) {
      const command = words[0] === 'specs' ? words.slice(0, 2) : words.slice(0, 1);
      const known = await flagsOf(command);
      for (const w of words.slice(command.length)) {
        const flag = w.replace(/=.*$/, '').replace(/^"|"$/g, '');
        if (flag.startsWith('-') && flag !== '-') expect(known, `${words.join(' ')}: ${flag}`).toContain(flag);
      }
    }
  });

  // The action and the GitLab template also run npm and git; test/ci/ runs them, with the flags they pass.
  it('the flags the pre-commit hook passes exist', async () => {
    const known = await flagsOf(['validate']);
    for (const f of ['.pre-commit-hooks.yaml']) {
      for (const m of readFileSync(root(f), 'utf8').matchAll(/(?<![\w-])(--[a-z][a-z-]+)/g)) if (m[1] !== '--yes') expect(known, `${f}: ${m[1]}`).toContain(m[1]);
    }
  });

  it('the options table lists every flag of validate', async () => {
    const table = readme.slice(readme.indexOf('Options of `validate`'), readme.indexOf('### Exit codes'));
    for (const flag of await flagsOf(['validate'])) if (flag.startsWith('--') && flag !== '--help') expect(table, flag).toContain(flag);
  });

  it('the action inputs the README names are the inputs of action.yml', () => {
    const action = readFileSync(root('action.yml'), 'utf8');
    const inputs = [...action.slice(action.indexOf('inputs:'), action.indexOf('runs:')).matchAll(/^ {2}([a-z-]+):$/gm)].map((m) => m[1]);
    const named = /Inputs: (.*?), described in action\.yml/s.exec(readme)?.[1] ?? '';
    expect([...named.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]).sort()).toEqual(inputs.sort());
  });

  it('the config example is a valid config', () => {
    const section = readme.slice(readme.indexOf('## A config file'));
    const json = /```json\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    expect(parseConfig(JSON.parse(json), 'README').validate).toHaveLength(2);
  });
});

/** The words of a shell command line: blanks separate them, "…" and '…' quote. */
function shellWords(line: string): string[] {
  const words: string[] = [];
  for (const m of line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) words.push(m[1] ?? m[2] ?? (m[3] as string));
  return words;
}

/** A datakoll command of the README: its arguments, the file piped into it (cat f |), the file its output goes to (> f). */
interface ReadmeCommand {
  readonly line: string;
  readonly args: string[];
  readonly stdin?: string;
  readonly stdout?: string;
}

/** The datakoll commands in the README's ```sh blocks, in order (npm and other tools left out). */
function readmeCommands(text: string): ReadmeCommand[] {
  const out: ReadmeCommand[] = [];
  for (const block of text.matchAll(/```sh\n([\s\S]*?)```/g)) {
    for (const raw of (block[1] as string).split('\n')) {
      const line = raw.trim();
      const at = line.indexOf('npx datakoll ');
      if (line.startsWith('#') || at === -1) continue;
      const before = line.slice(0, at);
      const piped = /cat (\S+) \| $/.exec(before)?.[1];
      if (before !== '' && piped === undefined && !/&& $/.test(before)) throw new Error(`a README command this test cannot run: ${line}`);
      let words = shellWords(line.slice(at + 'npx datakoll '.length));
      const gt = words.indexOf('>');
      const stdout = gt === -1 ? undefined : words[gt + 1];
      if (gt !== -1) words = words.slice(0, gt);
      out.push({ line, args: words, ...(piped !== undefined ? { stdin: piped } : {}), ...(stdout !== undefined ? { stdout } : {}) });
    }
  }
  return out;
}

/** The files a command names that it writes: -o, --log, --badge and --format x=file, and the > redirection. */
function writtenBy(c: ReadmeCommand): string[] {
  const files: string[] = [];
  c.args.forEach((w, i) => {
    const next = c.args[i + 1];
    if ((w === '-o' || w === '--out' || w === '--log' || w === '--badge') && next !== undefined && next !== '-') files.push(next);
    if ((w === '--format' || w === '-f') && next?.includes('=') === true) files.push(next.slice(next.indexOf('=') + 1));
  });
  if (c.args[0] === 'specs' && c.args[1] === 'docs') files.push('docs/specs/README.md');
  return c.stdout !== undefined ? [...files, c.stdout] : files;
}

/** A CSV text with another delimiter (cells quoted where they must be). */
function withDelimiter(csv: string, d: string): string {
  const cell = (v: string): string => (/["\n\r]/.test(v) || v.includes(d) ? `"${v.replace(/"/g, '""')}"` : v);
  return parseCsvText(csv).map((r) => r.map(cell).join(d)).join('\n') + '\n';
}

/** A folder holding every file the README's commands read, under the names the README gives them. */
async function readmeFolder(): Promise<string> {
  const dir = tempDir();
  const put = (name: string, content: string | Buffer): void => {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  };
  const badplatser = readFileSync(root('fixtures/badplatser/valid/example.csv'), 'utf8');
  const toaletter = readFileSync(root('fixtures/offentliga-toaletter/valid/example.csv'), 'utf8');
  put('fixtures/badplatser/valid/example.csv', badplatser);
  for (const name of ['data/badplatser.csv', 'data.csv', 'data/badplatser/gothenburg.csv']) put(name, badplatser);
  put('a.csv', toaletter);
  put('b.json', readFileSync(root('fixtures/offentliga-toaletter/valid/example.json')));
  put('data/toaletter/toaletter.csv', withDelimiter(toaletter, ';'));
  put('export.txt', withDelimiter(badplatser, ';'));
  put('my-spec.json', readFileSync(root('specs/badplatser/1.0.json')));
  // An export as spreadsheets write it (Windows-1252, semicolons, decimal commas), and JSON in a wrapper.
  put('export.csv', readFileSync(root('fixtures/badplatser/invalid/excel-export.csv')));
  put('export.json', JSON.stringify({ Items: JSON.parse(readFileSync(root('fixtures/badplatser/valid/example.json'), 'utf8')) }, null, 2));
  // An official schema.json, shaped like the CSVW table schemas the spec repositories publish (written for this test).
  const columns = [
    { name: 'place_id', datatype: 'string', required: true },
    { name: 'name', datatype: 'string', required: true },
    { name: 'latitude', datatype: { base: 'decimal' }, required: true },
    { name: 'longitude', datatype: { base: 'decimal' }, required: true },
    { name: 'updated', datatype: { base: 'date' } },
  ];
  put('schema.json', JSON.stringify({ '@context': ['http://www.w3.org/ns/csvw', { '@language': 'sv' }], tableSchema: { columns } }));
  // The bathing sites as a workbook: text cells on a sheet named Badplatser.
  const rows = parseCsvText(badplatser).map((cells, k) => [k + 1, cells.map((v, i) => (v === '' ? '' : `<c r="${columnLetter(i + 1)}${k + 1}" t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`)).join('')] as const);
  await writeXlsx(join(dir, 'data.xlsx'), { sheets: [{ name: 'Badplatser', body: sheetData(rows) }] });
  return dir;
}

describe("the README's commands", () => {
  const commands = readmeCommands(readme);

  it('are found: every datakoll line of its shell examples', () => {
    expect(commands.length).toBeGreaterThan(25);
    expect(commands.map((c) => c.args.slice(0, c.args[0] === 'specs' ? 2 : 1).join(' '))).toEqual(expect.arrayContaining(['validate', 'fix', 'template', 'specs list', 'specs show', 'specs import', 'specs diff', 'specs export', 'specs docs']));
  });

  it('each runs, in README order in one folder, and writes the files it names', async () => {
    const dir = await readmeFolder();
    const config = join(dir, 'datakoll.config.json');
    for (const c of commands) {
      // A bare validate reads the README's own config example (only then: a config also applies to runs that name files).
      if (c.args.length === 1 && c.args[0] === 'validate') writeFileSync(config, /```json\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf('## A config file')))?.[1] ?? '');
      else rmSync(config, { force: true });
      // (Options as a user gives them; the README's URI spec is a bundled spec's official URI, known without the network.)
      const r = await run(c.args, { cwd: dir, env: { LANG: 'C' }, ...(c.stdin !== undefined ? { stdin: readFileSync(join(dir, c.stdin)) } : {}) });
      if (c.stdout !== undefined) writeFileSync(join(dir, c.stdout), r.stdout);
      // 0: conforms; 1: findings (the README's inputs include an export to fix). Never a usage, read or write failure.
      expect([0, 1], `${c.line}\n${r.stderr}`).toContain(r.code);
      expect(r.stderr, c.line).not.toMatch(/internal error|at .*\.(ts|js):\d+/);
      for (const f of writtenBy(c)) expect(existsSync(join(dir, f)), `${c.line}: ${f}`).toBe(true);
    }
    // The session's results: the imported spec is used where the README says, the fixed files validate.
    expect(JSON.parse(readFileSync(join(dir, 'my-specs/badplatser.json'), 'utf8'))['x-id']).toBe('badplatser');
    const fixed = await run(['validate', 'badplatser.json', '--spec', 'badplatser', '--records', '/Items'], { cwd: dir });
    expect(fixed.code, fixed.stdout).toBe(0);
  });
});
