/**
 * A broken JSON file and a file that cannot be read, reported with --lang sv: no English word of
 * datakoll's own in what a person reads (the text, Markdown, GitHub and HTML reports, and fix's
 * refusal), whatever the reason.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, writeTemp } from '../helpers.js';
import { run } from './run.js';

const STOP = ['the', 'is', 'not', 'found', 'line', 'column', 'comma', 'trailing', 'expected', 'no such', 'file could', 'rows', 'cells', 'semicolon', 'partial', 'seen'];

/** The stop words found in a text, ignoring the given file paths (a temporary folder's name is random). */
function english(text: string, paths: readonly string[]): string[] {
  let t = text;
  for (const p of paths) t = t.split(p).join(' ');
  return STOP.filter((w) => new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}]|$)`, 'iu').test(t));
}

/** What a person reads in an HTML report: its text, without the style, the script and the tags' attributes. */
function visible(html: string): string {
  return html
    .replace(/<(style|script)>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

async function reports(path: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const format of ['text', 'markdown', 'github', 'html']) {
    const r = await run(['validate', path, '--spec', 'badplatser', '--lang', 'sv', '--format', format]);
    expect(r.code, `${path} ${format}`).toBe(3);
    // A workflow command's properties (file=, line=, col=) are GitHub's syntax, not words.
    out[format] = format === 'html' ? visible(r.stdout) : format === 'github' ? r.stdout.replace(/^::\w+ [^:]*::/gm, '') : r.stdout;
  }
  return out;
}

const dir = tempDir();

it('the stop list finds English words, and only whole words', () => {
  expect(english("Filen är inte giltig JSON: a ',' is followed by ']' (trailing comma) (line 1, column 7)", [])).toEqual(['is', 'line', 'column', 'comma', 'trailing']);
  expect(english('Filen kunde inte läsas: no such file.', [])).toEqual(['no such']);
  expect(english('Raden innehåller 1 rad; kolumnen: isär, linje', [])).toEqual([]);
});

const BROKEN: readonly [string, string][] = [
  ['trailing-comma', '[{"place_id": "1", "name": "A"},]'],
  ['trailing-comma-in-object', '[{"place_id": "1", "name": "A",}]'],
  ['expected-name', "[{'place_id': '1'}]"],
  ['expected-colon', '[{"place_id" "1"}]'],
  ['expected-comma-or-brace', '[{"place_id": "1" "name": "A"}]'],
  ['truncated-array', '[{"place_id": "1"}'],
  ['truncated-value', '[{"place_id": "1'],
  ['line-break-in-text', '[{"place_id": "1\n2"}]'],
  ['bad-escape', '[{"place_id": "1\\q"}]'],
  ['after-end', '[{"place_id": "1"}] x'],
];

describe('a broken JSON file in Swedish', () => {
  for (const [reason, text] of BROKEN) {
    it(`${reason}: no English in any report, nor in fix's refusal`, async () => {
      const path = writeTemp(dir, `${reason}.json`, text);
      const json = JSON.parse((await run(['validate', path, '--spec', 'badplatser', '--format', 'json'])).stdout);
      expect(json.files[0].diagnostics.find((d: { code: string }) => d.code === 'json-syntax')?.params.reason).toBe(reason);
      for (const [format, report] of Object.entries(await reports(path))) {
        expect(report, format).toContain('Filen är inte giltig JSON (rad 1, kolumn ');
        expect(english(report, [path]), `${reason} ${format}`).toEqual([]);
      }
      const fixed = await run(['fix', path, '--spec', 'badplatser', '--lang', 'sv', '-o', join(dir, `fixed-${reason}.json`)]);
      expect(fixed.code).toBe(3);
      expect(fixed.stderr).toContain('kan inte rättas: den är inte giltig JSON på rad 1, kolumn ');
      expect(english(fixed.stderr, [path]), `fix ${reason}`).toEqual([]);
    });
  }
});

describe('a file that cannot be read, in Swedish', () => {
  const plain = writeTemp(dir, 'plain.csv', 'a\n');
  const folder = join(dir, 'a-folder');
  mkdirSync(folder);
  const cases: readonly [string, string, string][] = [
    ['not-found', join(dir, 'missing.csv'), 'det finns ingen sådan fil'],
    ['folder', folder, 'det är en mapp, inte en fil'],
    ['not-folder', join(plain, 'x.csv'), 'en del av sökvägen före filnamnet är en fil, inte en mapp'],
    ['name-too-long', join(dir, `${'x'.repeat(300)}.csv`), 'namnet eller sökvägen är längre än systemet tillåter'],
  ];
  for (const [reason, path, words] of cases) {
    it(`${reason}: the reason in Swedish words, no English`, async () => {
      const json = JSON.parse((await run(['validate', path, '--spec', 'badplatser', '--format', 'json'])).stdout);
      expect(json.files[0].diagnostics[0]).toMatchObject({ code: 'file-unreadable', params: { reason } });
      for (const [format, report] of Object.entries(await reports(path))) {
        expect(report, format).toContain(`Filen kunde inte läsas: ${words}.`);
        expect(english(report, [path]), `${reason} ${format}`).toEqual([]);
      }
      const fixed = await run(['fix', path, '--spec', 'badplatser', '--lang', 'sv', '-o', join(dir, `fixed-${reason}.csv`)]);
      expect(fixed.code).toBe(3);
      expect(english(fixed.stderr, [path]), `fix ${reason}`).toEqual([]);
    });
  }
  it('a CSV file with semicolons: the delimiter is named in Swedish', async () => {
    const path = writeTemp(dir, 'semi.csv', 'place_id;name\n1;A\n');
    writeFileSync(path, 'place_id;name\n1;A\n');
    const r = await run(['validate', path, '--spec', 'badplatser', '--lang', 'sv']);
    expect(r.stdout).toContain('avgränsaren semikolon i stället för kommatecken: hela filen');
    expect(r.stdout).toContain('  Så är filen skriven: UTF-8, semikolon mellan fälten, radslut LF\n');
    expect(r.stdout).not.toMatch(/semicolon/);
  });
});
