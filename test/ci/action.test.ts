/**
 * The GitHub Action runs the datakoll of its own checkout: its steps' shell, read from action.yml,
 * run here as the runner runs them (install with npm offline, then validate), with the annotations,
 * reports and job summary they write.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ui } from '../../src/report/index.js';
import { tempDir } from '../helpers.js';
import type { Run } from './runner.js';
import { bash, ciEnv, copyDatakoll, readAction, recordLines, ROOT, stepEnv } from './runner.js';

const action = readAction();
const root = tempDir();
const actionPath = join(root, 'action');
const workspace = join(root, 'workspace');
const runnerTemp = join(root, 'runner-temp');
const VALID = join(ROOT, 'fixtures/badplatser/valid/example.csv');
const INVALID = join(ROOT, 'fixtures/badplatser/invalid/cell-values.csv');
/** Names a shell would run if it evaluated them, and names that need escaping in an annotation. */
const ODD_NAMES = ['$(touch pwned).csv', '`touch pwned`.csv', 'a;touch pwned;.csv', 'with space.csv', 'x,y:z.csv'];
let install: Run;

function step(name: string) {
  const s = action.steps.find((x) => x.name === name);
  if (!s) throw new Error(`action.yml has no step ${name}`);
  return s;
}

/** Runs one step with the inputs given, as GitHub does: in the workspace, with the runner's variables. */
function runStep(name: string, inputs: Record<string, string> = {}, env: Record<string, string> = {}): Run & { summary: string } {
  const summary = join(runnerTemp, `summary-${Math.random().toString(36).slice(2)}.md`);
  writeFileSync(summary, '');
  const s = step(name);
  const inputEnv = Object.fromEntries(Object.entries({ ...action.defaults, ...inputs }).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
  const r = bash(s.run, {
    cwd: workspace,
    scriptDir: runnerTemp,
    env: ciEnv({
      GITHUB_ACTIONS: 'true',
      GITHUB_ACTION_PATH: actionPath,
      GITHUB_WORKSPACE: workspace,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: join(runnerTemp, 'output'),
      GITHUB_ENV: join(runnerTemp, 'env'),
      RUNNER_TEMP: runnerTemp,
      RUNNER_OS: 'Linux',
      ...inputEnv,
      ...stepEnv(s, action.defaults, inputs),
      ...env,
    }),
  });
  return { ...r, summary: readFileSync(summary, 'utf8') };
}

/** The annotations of a run: severity, file, line, column, code and field. */
function annotations(stdout: string): { severity: string; file: string; line: number; col: number; code: string; field: string }[] {
  return [...stdout.matchAll(/^::(error|warning|notice) file=([^,]*),line=(\d+),col=(\d+),title=datakoll ([a-z-]+) \(([^)]*)\)::/gm)].map((m) => ({
    severity: m[1] as string,
    file: m[2] as string,
    line: Number(m[3]),
    col: Number(m[4]),
    code: m[5] as string,
    field: m[6] as string,
  }));
}

/** The invalid fixture's findings from its .expected.json, at the physical line and column each is on. */
function expectedFindings(): { row: number; line: number; col: number; code: string; field: string }[] {
  const csv = readFileSync(INVALID, 'utf8');
  const header = (csv.split('\n')[0] as string).split(',');
  const lines = recordLines(csv);
  const expected = JSON.parse(readFileSync(INVALID.replace(/\.csv$/, '.expected.json'), 'utf8')) as [number, string, string][];
  return expected.map(([row, field, code]) => ({ row, line: lines[row - 1] as number, col: header.indexOf(field) + 1, code, field }));
}

beforeAll(() => {
  copyDatakoll(actionPath);
  mkdirSync(runnerTemp, { recursive: true });
  mkdirSync(join(workspace, 'data'), { recursive: true });
  mkdirSync(join(workspace, 'odd'), { recursive: true });
  copyFileSync(VALID, join(workspace, 'data/good.csv'));
  copyFileSync(INVALID, join(workspace, 'data/bad.csv'));
  for (const n of ODD_NAMES) copyFileSync(INVALID, join(workspace, 'odd', n));
  install = runStep('datakoll install');
}, 300_000);

// Removing the action's own install (thousands of files) takes more than the default 10 s on a busy machine.
afterAll(() => rmSync(root, { recursive: true, force: true }), 120_000);

describe('action.yml', () => {
  it('is a composite action whose scripts hold no expression and fetch no package by name', () => {
    expect(action.using).toBe('composite');
    expect(action.steps.map((s) => s.name)).toEqual(['datakoll install', 'datakoll validate']);
    for (const s of action.steps) {
      expect(s.shell).toBe('bash');
      expect(s.run, s.name).not.toContain('${{');
      expect(s.run, s.name).not.toMatch(/\bnpx\b|datakoll@|npm (?:install|i|add|exec)\b/);
    }
  });

  it('installs and builds the datakoll of its own checkout from the lock file', () => {
    expect(install.stderr + install.stdout).not.toMatch(/::error/);
    expect(install.code).toBe(0);
    expect(existsSync(join(actionPath, 'dist/cli/bin.js'))).toBe(true);
    expect(existsSync(join(actionPath, 'node_modules/ajv/package.json'))).toBe(true);
  });

  it('a valid file: exit 0, no annotations, the job summary, the SARIF and HTML reports', () => {
    const r = runStep('datakoll validate', { args: 'data/good.csv --spec badplatser', sarif: 'out/datakoll.sarif', html: 'out/report.html' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(annotations(r.stdout)).toEqual([]);
    expect(r.stdout).toContain(`datakoll: data/good.csv: ${ui('conforms', 'en')}`);
    expect(r.summary).toContain('data/good.csv');
    const sarif = JSON.parse(readFileSync(join(workspace, 'out/datakoll.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results).toEqual([]);
    expect(readFileSync(join(workspace, 'out/report.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
  });

  it('an invalid file: exit 1, one annotation per column and code at its line and column, every finding in SARIF', () => {
    const r = runStep('datakoll validate', { args: 'data/bad.csv --spec badplatser', 'fail-on': 'error', sarif: 'bad.sarif' });
    expect(r.code).toBe(1);
    const expected = expectedFindings();
    const firsts = new Map<string, (typeof expected)[number]>();
    for (const f of [...expected].sort((a, b) => a.row - b.row)) if (!firsts.has(`${f.field} ${f.code}`)) firsts.set(`${f.field} ${f.code}`, f);
    const want = [...firsts.values()].map((f) => ({ severity: 'error', file: 'data/bad.csv', line: f.line, col: f.col, code: f.code, field: f.field }));
    const byPlace = (a: { line: number; col: number }, b: { line: number; col: number }): number => a.line - b.line || a.col - b.col;
    expect(annotations(r.stdout).sort(byPlace)).toEqual(want.sort(byPlace));
    const results = JSON.parse(readFileSync(join(workspace, 'bad.sarif'), 'utf8')).runs[0].results as { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[];
    const places = results.map((x) => [x.ruleId, x.locations[0]?.physicalLocation.artifactLocation.uri, x.locations[0]?.physicalLocation.region.startLine, x.locations[0]?.physicalLocation.region.startColumn]);
    expect(places.sort()).toEqual(expected.map((f) => [f.code, 'data/bad.csv', f.line, f.col]).sort());
    for (const f of expected) expect(r.summary).toContain(f.code);
  });

  it('fail-on never: exit 0 with the annotations; lang sv: the words in Swedish', () => {
    const r = runStep('datakoll validate', { args: 'data/bad.csv --spec badplatser', 'fail-on': 'never', lang: 'sv' });
    expect(r.code).toBe(0);
    expect(annotations(r.stdout).length).toBe(new Set(expectedFindings().map((f) => `${f.field} ${f.code}`)).size);
    expect(r.stdout).toContain(`datakoll: data/bad.csv: ${ui('not_conforms', 'sv')}`);
  });

  it('file names from the data reach datakoll as they are, never evaluated, escaped in the annotations', () => {
    const r = runStep('datakoll validate', { args: 'odd/* --spec badplatser' });
    expect(r.code).toBe(1);
    expect(readdirSync(workspace).filter((n) => n.includes('pwned'))).toEqual([]);
    const files = new Set(annotations(r.stdout).map((a) => a.file));
    const escaped = ODD_NAMES.map((n) => `odd/${n.replace(/:/g, '%3A').replace(/,/g, '%2C')}`);
    expect([...files].sort()).toEqual(escaped.sort());
  });

  it('arguments are split on spaces; a wrong one is exit 2 with datakoll\'s message', () => {
    const r = runStep('datakoll validate', { args: 'data/good.csv  --spec   nosuchspec' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^datakoll: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('action.yml when it cannot install', () => {
  it('a Node.js older than 20: exit 2 and an annotation, in Swedish with lang sv', () => {
    const fakeBin = join(root, 'old-node');
    mkdirSync(fakeBin, { recursive: true });
    writeFileSync(join(fakeBin, 'node'), '#!/bin/sh\nif [ "$1" = --version ]; then echo v18.20.0; else exit 1; fi\n', { mode: 0o755 });
    const path = `${fakeBin}:${process.env.PATH ?? ''}`;
    const en = runStep('datakoll install', {}, { PATH: path });
    const sv = runStep('datakoll install', { lang: 'sv' }, { PATH: path });
    for (const r of [en, sv]) {
      expect(r.code).toBe(2);
      expect(r.stdout).toMatch(/^::error title=datakoll::.*v18\.20\.0/m);
    }
    expect(sv.stdout).not.toBe(en.stdout);
  });

  it('a checkout it cannot install: exit 2 and an annotation', () => {
    const empty = join(root, 'empty-action');
    mkdirSync(empty, { recursive: true });
    const s = step('datakoll install');
    const r = bash(s.run, { cwd: workspace, scriptDir: runnerTemp, env: ciEnv({ GITHUB_ACTION_PATH: empty, ...stepEnv(s, action.defaults, {}) }) });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^::error title=datakoll::/m);
  });
});
