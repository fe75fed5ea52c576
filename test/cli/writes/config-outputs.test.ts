/**
 * Outputs a config file names (outputs, badge) stay inside the config file's folder: a cloned
 * repository's datakoll.config.json cannot write elsewhere on the machine. The command line can.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../src/errors.js';
import { tempDir, writeTemp } from '../../helpers.js';
import { run } from '../run.js';

/** A cloned repository (repo/) with a data file, beside a home folder (home/). */
function clone(config: Record<string, unknown>): { repo: string; home: string } {
  const root = tempDir();
  const repo = join(root, 'repo');
  const home = join(root, 'home');
  mkdirSync(repo);
  mkdirSync(home);
  writeTemp(repo, 'd.csv', 'place_id,name,latitude,longitude\n1,Ängen,57.1,11.9\n');
  writeTemp(repo, 'datakoll.config.json', JSON.stringify({ validate: [{ files: '*.csv', spec: 'badplatser' }], ...config }));
  return { repo, home };
}

describe('outputs a config file names', () => {
  it('may not leave its folder with "..", an absolute path or a symbolic link: exit 2 naming the key and the rule', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ outputs: ['text=../home/.bashrc'] }, 'outputs[0] "../home/.bashrc"'],
      [{ outputs: ['text', { format: 'json', file: 'reports/../../home/r.json' }] }, 'outputs[1] "reports/../../home/r.json"'],
      [{ badge: '../home/badge.svg' }, 'badge "../home/badge.svg"'],
    ];
    for (const [config, key] of cases) {
      const { repo, home } = clone(config);
      const r = await run(['validate'], { cwd: repo });
      expect(r.code, r.stderr).toBe(EXIT.usage);
      expect(r.stderr).toBe(`datakoll: datakoll.config.json: ${key} must stay inside the config file's folder (a relative path without "..", not through a symbolic link that leads out of it); to write elsewhere, name the output on the command line\n`);
      expect(readdirSync(home)).toEqual([]);
    }
    const { repo, home } = clone({ outputs: [`html=${join(tempDir(), 'abs.html')}`] });
    const sv = await run(['validate', '--lang', 'sv'], { cwd: repo });
    expect(sv.code).toBe(EXIT.usage);
    expect(sv.stderr).toMatch(/^datakoll: datakoll\.config\.json: outputs\[0\] ".*abs\.html" måste ligga i inställningsfilens mapp/);
    expect(readdirSync(home)).toEqual([]);
  });

  it('not through a symbolic link that leads out, to a folder or to a file', async () => {
    for (const [config, link, to] of [
      [{ outputs: ['text=out/r.txt'] }, 'out', '../home'],
      [{ badge: 'badge.svg' }, 'badge.svg', '../home/.profile'],
    ] as const) {
      const { repo, home } = clone(config);
      symlinkSync(to, join(repo, link));
      const r = await run(['validate'], { cwd: repo });
      expect(r.code, r.stderr).toBe(EXIT.usage);
      expect(r.stderr).toContain('must stay inside the config file');
      expect(readdirSync(home)).toEqual([]);
    }
  });

  it('inside the folder they are written, their folders made, from wherever datakoll runs', async () => {
    const { repo } = clone({ outputs: ['text', 'junit=reports/ci/junit.xml'], badge: './reports/badge.svg' });
    mkdirSync(join(repo, 'sub'));
    const r = await run(['validate', '--config', '../datakoll.config.json'], { cwd: join(repo, 'sub') });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(EXIT.ok);
    expect(readFileSync(join(repo, 'reports', 'ci', 'junit.xml'), 'utf8')).toContain('<testsuites');
    expect(existsSync(join(repo, 'reports', 'badge.svg'))).toBe(true);
  });

  it('a flag on the command line overrides the config and may write elsewhere', async () => {
    const { repo, home } = clone({ outputs: ['text=../home/.bashrc'], badge: '../home/badge.svg' });
    const r = await run(['validate', '--format', 'text=../home/report.txt', '--badge', '../home/b.svg'], { cwd: repo });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(EXIT.ok);
    expect(readdirSync(home).sort()).toEqual(['b.svg', 'report.txt']);
  });
});
