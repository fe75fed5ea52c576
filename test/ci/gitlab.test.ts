/**
 * The GitLab template runs a pinned, verified datakoll: its script, read from the template, runs
 * here as a job does (bash, `set -eo pipefail`, in CI_PROJECT_DIR) against a git repository of
 * datakoll's sources made for the test, with npm offline, and writes the reports its artifacts name.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ui } from '../../src/report/index.js';
import { tempDir } from '../helpers.js';
import type { Run } from './runner.js';
import { bash, ciEnv, copyDatakoll, readGitlab, recordLines, ROOT } from './runner.js';

const template = readGitlab();
const root = tempDir();
const repo = join(root, 'datakoll.git');
/** The job's TMPDIR, where it fetches datakoll; it must leave nothing there. */
const jobTemp = join(root, 'job-tmp');
const INVALID = join(ROOT, 'fixtures/badplatser/invalid/cell-values.csv');
let commit = '';
let tagObject = '';
let job: Run;

function git(args: string[], cwd = repo): string {
  const r = spawnSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.se', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

/** A fresh project folder holding a valid and an invalid file. */
function project(name: string): string {
  const dir = join(root, name);
  mkdirSync(join(dir, 'data'), { recursive: true });
  copyFileSync(join(ROOT, 'fixtures/badplatser/valid/example.csv'), join(dir, 'data/good.csv'));
  copyFileSync(INVALID, join(dir, 'data/bad.csv'));
  return dir;
}

/** Runs the template's script as GitLab does: all lines in one bash, variables of the template overridden by the job's. */
function runJob(dir: string, variables: Record<string, string>): Run {
  const script = ['set -eo pipefail', ...template.script].join('\n');
  mkdirSync(jobTemp, { recursive: true });
  const env = ciEnv({ TMPDIR: jobTemp, GITLAB_CI: 'true', CI_PROJECT_DIR: dir, CI_JOB_NAME: 'datakoll', CI_JOB_STAGE: 'test', CI_COMMIT_SHA: 'f'.repeat(40), CI_BUILDS_DIR: root, ...template.variables, ...variables });
  return bash(script, { cwd: dir, env, scriptDir: join(root, 'scripts') });
}

/** Gives the repository's package.json this version (the HTML report names the version that ran). */
function setVersion(version: string): void {
  const file = join(repo, 'package.json');
  writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), version }, null, 2));
}

beforeAll(() => {
  copyDatakoll(repo);
  setVersion('0.0.1-pinned');
  git(['init', '-q']);
  git(['add', '-A']);
  git(['commit', '-q', '-m', 'datakoll for the test']);
  commit = git(['rev-parse', 'HEAD']);
  git(['tag', '-a', 'v1', '-m', 'v1']);
  tagObject = git(['rev-parse', 'v1']);
  setVersion('0.0.2-newer');
  git(['commit', '-q', '-a', '-m', 'a later commit']);
  const variables = { DATAKOLL_REPO: repo, DATAKOLL_COMMIT: commit, DATAKOLL_FAIL_ON: 'warning', DATAKOLL_LANG: 'sv' };
  job = runJob(project('project'), { ...variables, DATAKOLL_ARGS: 'data/good.csv data/bad.csv --spec badplatser' });
}, 300_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('ci/gitlab-datakoll.yml', () => {
  it('the datakoll job extends the template in the test stage; the script fetches no package by name', () => {
    expect(template.job).toMatchObject({ extends: '.datakoll', stage: 'test' });
    for (const line of template.script) expect(line).not.toMatch(/\bnpx\b|datakoll@|npm (?:install|i|add|exec)\b/);
  });

  it('fetches the pinned commit (not the newest), builds it and runs it: exit 1, and every report its artifacts name', () => {
    expect(job.code, job.stderr).toBe(1);
    expect(readdirSync(jobTemp)).toEqual([]);
    const dir = join(root, 'project');
    for (const f of [...template.artifacts.paths, ...Object.values(template.artifacts.reports)]) expect(existsSync(join(dir, f)), f).toBe(true);
    const expected = JSON.parse(readFileSync(INVALID.replace(/\.csv$/, '.expected.json'), 'utf8')) as [number, string, string][];
    // Code Quality: one issue per finding at its file, physical line and column (and a score issue per file).
    const csv = readFileSync(INVALID, 'utf8');
    const header = (csv.split('\n')[0] as string).split(',');
    const lines = recordLines(csv);
    const quality = JSON.parse(readFileSync(join(dir, template.artifacts.reports.codequality as string), 'utf8')) as { check_name: string; location: { path: string; positions?: { begin: { line: number; column: number } } } }[];
    const findings = quality.filter((q) => q.check_name !== 'datakoll/score').map((q) => [q.check_name, q.location.path, q.location.positions?.begin.line, q.location.positions?.begin.column]);
    expect(findings.sort()).toEqual(expected.map(([row, field, code]) => [`datakoll/${code}`, 'data/bad.csv', lines[row - 1], header.indexOf(field) + 1]).sort());
    // JUnit: a testsuite per file; the invalid one fails once per (column, code) group.
    const junit = readFileSync(join(dir, template.artifacts.reports.junit as string), 'utf8');
    const suites = Object.fromEntries([...junit.matchAll(/<testsuite name="([^"]+)" tests="\d+" failures="(\d+)"/g)].map((m) => [m[1], Number(m[2])]));
    expect(suites).toEqual({ 'data/good.csv': 0, 'data/bad.csv': new Set(expected.map(([, field, code]) => `${field} ${code}`)).size });
    const html = readFileSync(join(dir, 'datakoll-report.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).toContain('<meta name="generator" content="datakoll 0.0.1-pinned">');
    expect(readFileSync(join(dir, 'datakoll-badge.svg'), 'utf8')).toMatch(/^<svg [^>]*aria-label="datakoll: [^"]*\bF\b/);
    for (const [, , code] of expected) expect(job.stdout).toContain(code);
    expect(job.stdout).toContain(ui('not_conforms', 'sv'));
  });

  it('refuses anything but a full commit SHA before fetching: exit 2 and the rule, in Swedish with DATAKOLL_LANG=sv', () => {
    const dir = project('refused');
    const wrong = ['', 'main', 'v1', commit.slice(0, 12), commit.slice(0, 39), `${commit}0`, `${commit}\n`, `x${commit.slice(1)}`, `${commit.slice(0, 20)} ${commit.slice(21)}`];
    for (const value of wrong) {
      const r = runJob(dir, { DATAKOLL_REPO: repo, DATAKOLL_COMMIT: value, DATAKOLL_ARGS: 'data/good.csv --spec badplatser' });
      expect(r.code, JSON.stringify(value)).toBe(2);
      expect(r.stderr).toMatch(/^datakoll: DATAKOLL_REPO .*DATAKOLL_COMMIT/);
      expect(r.stderr).not.toContain('fatal:');
    }
    const noRepo = runJob(dir, { DATAKOLL_COMMIT: commit });
    expect(noRepo.code).toBe(2);
    const sv = runJob(dir, { DATAKOLL_REPO: repo, DATAKOLL_COMMIT: 'main', DATAKOLL_LANG: 'sv' });
    expect(sv.code).toBe(2);
    expect(sv.stderr).toMatch(/^datakoll: DATAKOLL_REPO .*DATAKOLL_COMMIT/);
    expect(sv.stderr).not.toBe(runJob(dir, { DATAKOLL_REPO: repo, DATAKOLL_COMMIT: 'main' }).stderr);
    expect(existsSync(join(dir, 'gl-code-quality-report.json'))).toBe(false);
  });

  it('a commit that cannot be installed: exit 2, the fetched copy removed', () => {
    const broken = join(root, 'broken.git');
    mkdirSync(broken, { recursive: true });
    writeFileSync(join(broken, 'package.json'), JSON.stringify({ name: 'datakoll', version: '0.0.0' }));
    git(['init', '-q'], broken);
    git(['add', '-A'], broken);
    git(['commit', '-q', '-m', 'no lock file'], broken);
    const sha = git(['rev-parse', 'HEAD'], broken);
    const r = runJob(project('broken'), { DATAKOLL_REPO: broken, DATAKOLL_COMMIT: sha, DATAKOLL_ARGS: 'data/good.csv --spec badplatser' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`datakoll: Could not install and build datakoll at commit ${sha}`);
    expect(readdirSync(jobTemp)).toEqual([]);
  });

  it('a commit the repository does not hold, or a tag object instead of a commit: exit 2, nothing run', () => {
    const dir = project('unverified');
    for (const value of ['0123456789ABCDEF0123456789ABCDEF01234567', tagObject]) {
      const r = runJob(dir, { DATAKOLL_REPO: repo, DATAKOLL_COMMIT: value, DATAKOLL_ARGS: 'data/good.csv --spec badplatser' });
      expect(r.code, value).toBe(2);
      expect(r.stderr).toContain(`datakoll: Could not fetch commit ${value.toLowerCase()}`);
      expect(readdirSync(jobTemp)).toEqual([]);
    }
    expect(existsSync(join(dir, 'gl-code-quality-report.json'))).toBe(false);
  });
});
