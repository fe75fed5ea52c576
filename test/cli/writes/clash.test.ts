/**
 * No output may be an input of the run or another of its outputs: refused with exit 2 before
 * anything is read or written, naming both files, through symbolic and hard links too.
 */
import { linkSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../src/errors.js';
import { tempDir, writeSpec, writeTemp } from '../../helpers.js';
import { run } from '../run.js';
import { device } from './binary.js';

const DATA = 'place_id,name,latitude,longitude\n1,Ängen,57.1,11.9\n';

/** A folder with the data file d.csv. */
function setup(): { dir: string; data: string } {
  const dir = tempDir();
  return { dir, data: writeTemp(dir, 'd.csv', DATA) };
}

/** What a folder holds now (names and contents, a level deep); the returned check says it still holds just that. */
function keep(dir: string): () => void {
  const state = (): [string, string][] => readdirSync(dir, { withFileTypes: true }).map((e) => [e.name, e.isFile() ? readFileSync(join(dir, e.name), 'utf8') : e.isDirectory() ? readdirSync(join(dir, e.name)).join('/') : 'link']);
  const before = state();
  return () => expect(state()).toEqual(before);
}

describe('an output that is an input', () => {
  it('validate --format text=, --badge and fix --log naming the data file: exit 2, the data kept', async () => {
    const { dir, data } = setup();
    const unchanged = keep(dir);
    for (const args of [
      ['validate', 'd.csv', '--spec', 'badplatser', '--format', 'text=d.csv'],
      ['validate', 'd.csv', '--spec', 'badplatser', '--badge', 'd.csv'],
      ['validate', 'd.csv', '--spec', 'badplatser', '--format', 'json=./d.csv', '--format', 'html=report.html'],
      ['fix', data, '--spec', 'badplatser', '-o', join(dir, 'fixed.csv'), '--log', data],
      ['fix', data, '--spec', 'badplatser', '--in-place', '--log', data],
    ]) {
      const r = await run(args, { cwd: dir });
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(EXIT.usage);
      expect(r.stderr).toMatch(/^datakoll: The output \S*d\.csv is the same file as the input \S*d\.csv: datakoll never writes over a file it reads/);
      unchanged();
    }
    expect((await run(['validate', 'd.csv', '--spec', 'badplatser', '--badge', 'd.csv', '--lang', 'sv'], { cwd: dir })).stderr).toMatch(/^datakoll: Utdatafilen d\.csv är samma fil som indatafilen d\.csv/);
  });

  it('through a symbolic link, a hard link and a symbolic link to the folder', async () => {
    const { dir } = setup();
    symlinkSync('d.csv', join(dir, 'soft.csv'));
    linkSync(join(dir, 'd.csv'), join(dir, 'hard.csv'));
    symlinkSync('.', join(dir, 'here'));
    const unchanged = keep(dir);
    for (const out of ['soft.csv', 'hard.csv', 'here/d.csv']) {
      const r = await run(['validate', 'd.csv', '--spec', 'badplatser', '--format', `text=${out}`], { cwd: dir });
      expect(r.code, out).toBe(EXIT.usage);
      expect(r.stderr, out).toContain(`The output ${out} is the same file as the input d.csv`);
    }
    unchanged();
  });

  it('a file the config globs find, the config file itself, and the spec file', async () => {
    const { dir } = setup();
    writeTemp(dir, 'other.csv', DATA);
    const spec = writeSpec(dir);
    writeTemp(dir, 'datakoll.config.json', JSON.stringify({ validate: [{ files: '*.csv', spec: 'badplatser' }] }));
    const unchanged = keep(dir);
    const cases: [string[], RegExp][] = [
      [['d.csv', '--format', 'text=other.csv'], /The output other\.csv is the same file as the input other\.csv/],
      [['--format', 'json=datakoll.config.json'], /The output datakoll\.config\.json is the same file as the input datakoll\.config\.json/],
      [['d.csv', '--spec', spec, '--badge', spec], /The output mini\.json is the same file as the input mini\.json/],
    ];
    for (const [args, message] of cases) {
      const r = await run(['validate', ...args], { cwd: dir });
      expect(r.code, r.stderr).toBe(EXIT.usage);
      expect(r.stderr).toMatch(message);
    }
    unchanged();
  });

  it('the job summary file of GitHub Actions', async () => {
    const { dir } = setup();
    const unchanged = keep(dir);
    const r = await run(['validate', 'd.csv', '--spec', 'badplatser', '--format', 'github'], { cwd: dir, env: { LANG: 'C', GITHUB_STEP_SUMMARY: join(dir, 'd.csv') } });
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toContain('is the same file as the input d.csv');
    unchanged();
  });
});

describe('two outputs that are the same file', () => {
  it('exit 2 naming both, and neither is written', async () => {
    const { dir } = setup();
    mkdirSync(join(dir, 'r'));
    const unchanged = keep(dir);
    for (const args of [
      ['--format', 'json=r/out', '--format', 'html=./r/../r/out'],
      ['--format', 'text', '--format', 'junit=r/x.xml', '--badge', 'r/x.xml'],
    ]) {
      const r = await run(['validate', 'd.csv', '--spec', 'badplatser', ...args], { cwd: dir });
      expect(r.code, r.stderr).toBe(EXIT.usage);
      expect(r.stderr).toMatch(/^datakoll: The outputs r\/\S+ and r\/\S+ are the same file: give each output a file of its own\n$/);
      expect(r.stdout).toBe('');
    }
    unchanged();
  });

  it('the Markdown report written to the job summary itself is that summary, not a second output', async () => {
    const { dir } = setup();
    const r = await run(['validate', 'd.csv', '--spec', 'badplatser', '--format', 'github', '--format', 'markdown=summary.md'], { cwd: dir, env: { LANG: 'C', GITHUB_STEP_SUMMARY: join(dir, 'summary.md') } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(EXIT.ok);
    expect(readFileSync(join(dir, 'summary.md'), 'utf8').match(/## datakoll report/g)).toHaveLength(1);
  });

  it('fix -o - with --log - would mix the data and the log', async () => {
    const { data } = setup();
    const r = await run(['fix', data, '--spec', 'badplatser', '-o', '-', '--log', '-']);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stdout).toBe('');
  });

  it('terminals and /dev/null are not files to overwrite: two reports may go there', async () => {
    const { dir } = setup();
    const sink = device(tempDir(), 'null');
    const r = await run(['validate', 'd.csv', '--spec', 'badplatser', '--format', `json=${sink}`, '--badge', sink], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(EXIT.ok);
    expect(statSync(sink).isCharacterDevice()).toBe(true);
  });
});
