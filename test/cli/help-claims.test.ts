/** Help that says what is true (issue 19): each claim of -d's and --spec's help checked against what the commands do. */
import { describe, expect, it } from 'vitest';
import { HELP } from '../../src/report/index.js';
import { tempDir, writeTemp } from '../helpers.js';
import { run } from './run.js';

describe('help texts say what is true', () => {
  it('-d: the delimiter is sniffed when not given (a semicolon file is read as one, by validate and fix)', async () => {
    for (const lang of ['sv', 'en'] as const) expect(HELP.delimiter[lang]).not.toMatch(/comma|kommatecken/);
    const dir = tempDir();
    const file = writeTemp(dir, 'semi.csv', 'place_id;name;latitude;longitude\n1;A;57.6;11.8\n');
    const v = await run(['validate', file, '--spec', 'badplatser', '--format', 'json']);
    expect(JSON.parse(v.stdout).files[0].dialect.delimiter).toBe(';');
    const f = await run(['fix', file, '--spec', 'badplatser', '-o', `${dir}/out.csv`]);
    expect(f.code, f.stderr).toBe(0);
  });

  it("fix's and template's --spec help claim neither auto nor a config file, and neither command takes auto", async () => {
    for (const key of ['fixSpec', 'templateSpec'] as const) {
      for (const lang of ['sv', 'en'] as const) expect(HELP[key][lang], key).not.toMatch(/auto|config|inställningsfil/);
    }
    const file = writeTemp(tempDir(), 'a.csv', 'place_id,name,latitude,longitude\n1,A,57.6,11.8\n');
    expect((await run(['fix', file, '--spec', 'auto', '-o', `${file}.out`])).code).toBe(2);
    expect((await run(['template', 'auto'])).code).toBe(2);
    // validate's --spec help claims auto, and validate takes it.
    expect(HELP.spec.en).toContain('auto');
    expect((await run(['validate', file, '--spec', 'auto'])).code).toBe(0);
  });
});
