/**
 * With --lang sv, every line a user reads is Swedish: each command's help, usage and
 * configuration errors, an unreadable file, a broken JSON file, `specs` output and every report
 * format. A line fails when, once the parts that are not prose are taken out (flags, commands,
 * codes, paths, addresses, quoted values), it still holds a word from a stop list of English words
 * that Swedish text never uses.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../../src/formatters/table.js';
import { englishLines } from '../support/english.js';
import { run } from './run.js';

const SV = { LANG: 'sv_SE.UTF-8' };
const dir = mkdtempSync(join(tmpdir(), 'datakoll-sv-'));
const broken = join(dir, 'trasig.json');
writeFileSync(broken, '[{"name": "a",}]');
const badConfig = join(dir, 'datakoll.config.json');
writeFileSync(badConfig, '{"lang": "sv", "validate": [');
const data = join(dir, 'badplatser.csv');
writeFileSync(data, 'namn;lat\nA;57,1\n');
const FIXTURE = 'fixtures/badplatser/invalid/cell-values.csv';

async function sv(argv: string[]): Promise<{ code: number; out: string }> {
  const r = await run([...argv, '--lang', 'sv'], { env: SV, cwd: process.cwd() });
  return { code: r.code, out: `${r.stdout}\n${r.stderr}` };
}

describe('Swedish all the way (--lang sv)', () => {
  it('the stop list catches English and lets Swedish through', () => {
    expect(englishLines('datakoll: the file could not be read')).toHaveLength(1);
    expect(englishLines('Filen kunde inte läsas: filen finns inte.')).toHaveLength(0);
    expect(englishLines('Kör datakoll specs list --format json för att se "the list".')).toHaveLength(0);
    expect(englishLines('Filen kunde inte läsas: no such file.')).toHaveLength(1);
    expect(englishLines('Läs a/the/b.csv och the.csv')).toHaveLength(0);
  });

  const helps: string[][] = [[], ['validate'], ['fix'], ['specs'], ['specs', 'list'], ['specs', 'show'], ['specs', 'docs'], ['specs', 'import'], ['specs', 'diff'], ['specs', 'export'], ['template']];
  for (const cmd of helps) {
    it(`help of ${['datakoll', ...cmd].join(' ')}`, async () => {
      const r = await sv([...cmd, '--help']);
      expect(r.code).toBe(0);
      expect(englishLines(helpProse(r.out))).toEqual([]);
    });
  }

  const errors: { name: string; argv: string[]; code: number }[] = [
    { name: 'no spec', argv: ['validate', FIXTURE], code: 2 },
    { name: 'an unknown spec', argv: ['validate', FIXTURE, '--spec', 'finns-inte'], code: 2 },
    { name: 'a bad --max-errors', argv: ['validate', FIXTURE, '--spec', 'badplatser', '--max-errors', 'många'], code: 2 },
    { name: 'an unknown --format', argv: ['validate', FIXTURE, '--spec', 'badplatser', '--format', 'pdf'], code: 2 },
    { name: 'an unknown option', argv: ['validate', FIXTURE, '--spec', 'badplatser', '--okand'], code: 2 },
    { name: 'an unknown command', argv: ['validera'], code: 2 },
    { name: 'a bad --to', argv: ['specs', 'export', 'badplatser', '--to', 'excel'], code: 2 },
    { name: 'a missing argument', argv: ['specs', 'show'], code: 2 },
    { name: 'a broken config file', argv: ['validate', '--config', badConfig], code: 2 },
    { name: 'fix without -o', argv: ['fix', data, '--spec', 'badplatser'], code: 2 },
    { name: 'an unreadable file', argv: ['validate', join(dir, 'finns-inte.csv'), '--spec', 'badplatser'], code: 3 },
    { name: 'a broken JSON file', argv: ['validate', broken, '--spec', 'badplatser'], code: 3 },
    { name: 'a failed --spec auto', argv: ['validate', broken, '--spec', 'auto'], code: 2 },
  ];
  for (const e of errors) {
    it(e.name, async () => {
      const r = await sv(e.argv);
      expect(r.code, r.out).toBe(e.code);
      expect(englishLines(r.out)).toEqual([]);
    });
  }

  it('a --lang that is neither sv nor en is a usage error', async () => {
    const r = await run(['validate', FIXTURE, '--spec', 'badplatser', '--lang', 'de'], { env: SV });
    expect(r.code).toBe(2);
    expect(englishLines(r.stderr)).toEqual([]);
  });

  for (const args of [['specs', 'list'], ['specs', 'show', 'badplatser'], ['specs', 'show', 'livsmedelskontroller']]) {
    it(args.join(' '), async () => {
      const r = await sv(args);
      expect(r.code).toBe(0);
      expect(englishLines(r.out)).toEqual([]);
    });
  }

  for (const format of FORMAT_NAMES) {
    it(`the ${format} report`, async () => {
      const r = await sv(['validate', FIXTURE, '--spec', 'badplatser', '--format', format]);
      expect(r.code).toBe(1);
      expect(englishLines(readable(format, r.out))).toEqual([]);
    });
  }
});

/**
 * Help without what is not prose there: the term column (an argument's name, an option's flags)
 * and the literal values a flag takes (error, warning; verified, partial, reconstructed).
 */
function helpProse(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/^\s{2}\S+(?: \S+)*?(?=\s{2,}|$)/, ' ').replace(/\b(?:error|warning|info|verified|partial|reconstructed)\b/g, ' '))
    .join('\n');
}

/** The text of a report a person reads: messages of the machine formats, the text of HTML. */
function readable(format: string, out: string): string {
  // A GitHub workflow command: ::error file=…,title=…::message.
  if (format === 'github') return out.replace(/^::\w+ [^\n]*?::/gm, '');
  if (format === 'html') return out.replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, '\n');
  if (format === 'json' || format === 'sarif' || format === 'gitlab') {
    const texts: string[] = [];
    JSON.stringify(JSON.parse(out.trim().split('\n\n')[0] ?? 'null'), (k, v: unknown) => {
      if (typeof v === 'string' && /^(message|text|description|markdown|title|label)$/.test(k)) texts.push(v);
      return v;
    });
    return texts.join('\n');
  }
  return out;
}
