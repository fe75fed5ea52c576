/** Runs the shell of action.yml's steps and of the GitLab template's script as GitHub and GitLab do, in temporary folders, with npm offline. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** The project's root folder. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** What a shell run gave. */
export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** One step of the composite action. */
export interface ActionStep {
  readonly name: string;
  readonly shell: string;
  readonly run: string;
  readonly env: Readonly<Record<string, string>>;
}

/** action.yml read as the runner reads it: each input's default, and the steps. */
export function readAction(): { defaults: Record<string, string>; using: string; steps: ActionStep[] } {
  const doc = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    runs: { using: string; steps: { name: string; shell: string; run: string; env?: Record<string, string> }[] };
  };
  const defaults = Object.fromEntries(Object.entries(doc.inputs).map(([k, v]) => [k, v.default ?? '']));
  return { defaults, using: doc.runs.using, steps: doc.runs.steps.map((s) => ({ ...s, env: s.env ?? {} })) };
}

/**
 * A step's env with each `${{ inputs.<name> }}` replaced by the input given, else its default, as
 * GitHub does. Any other expression throws: the test must know every value the action uses.
 */
export function stepEnv(step: ActionStep, defaults: Readonly<Record<string, string>>, inputs: Readonly<Record<string, string>>): Record<string, string> {
  const expand = (value: string): string =>
    value.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expr: string) => {
      const name = /^inputs\.([\w-]+)$/.exec(expr)?.[1];
      if (name === undefined || !(name in defaults)) throw new Error(`action.yml: an expression the test does not know: ${expr}`);
      return inputs[name] ?? defaults[name] ?? '';
    });
  return Object.fromEntries(Object.entries(step.env).map(([k, v]) => [k, expand(String(v))]));
}

/** The GitLab template: the hidden job's variables and script, and the job that extends it. */
export function readGitlab(): { variables: Record<string, string>; script: string[]; artifacts: { paths: string[]; reports: Record<string, string> }; job: { extends: string; stage: string } } {
  const doc = parse(readFileSync(join(ROOT, 'ci/gitlab-datakoll.yml'), 'utf8')) as Record<string, Record<string, unknown>>;
  const base = doc['.datakoll'] as { variables: Record<string, string>; script: string[]; artifacts: { paths: string[]; reports: Record<string, string> } };
  return { ...base, job: doc.datakoll as { extends: string; stage: string } };
}

/** The files a checkout of datakoll needs to install and build (the action's real checkout holds the whole repository). */
const SOURCE = ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'action.yml', 'src', 'specs', 'scripts'];

/** Copies datakoll's sources (no node_modules, no dist) into the folder `to`. */
export function copyDatakoll(to: string): string {
  mkdirSync(to, { recursive: true });
  for (const f of SOURCE) cpSync(join(ROOT, f), join(to, f), { recursive: true });
  return to;
}

/**
 * A CI machine's environment: this one's (its proxy and certificate settings, HOME with npm's
 * cache) without the test runner's npm_* settings (npm_config_local_prefix would point npm at
 * this project) or any CI, locale or datakoll variable of its own; English; npm offline, so an
 * install step cannot reach the network.
 */
export function ciEnv(extra: Readonly<Record<string, string>>): Record<string, string> {
  const drop = /^(?:npm_|(?:GITHUB|GITLAB|CI|RUNNER|INPUT|DATAKOLL|LC)_|(?:CI|GITLAB_CI|GITHUB_ACTIONS|LANG|LANGUAGE|NO_COLOR|FORCE_COLOR)$)/;
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !drop.test(k)) env[k] = v;
  return { ...env, LANG: 'C', CI: 'true', NO_COLOR: '1', npm_config_offline: 'true', npm_config_update_notifier: 'false', ...extra };
}

/** Runs a script with bash as a runner does: `bash --noprofile --norc -eo pipefail <file>` (GitHub's `shell: bash`). */
export function bash(script: string, opts: { cwd: string; env: Record<string, string>; scriptDir: string; timeoutMs?: number }): Run {
  mkdirSync(opts.scriptDir, { recursive: true });
  const file = join(opts.scriptDir, `step-${Date.now()}-${Math.random().toString(36).slice(2)}.sh`);
  writeFileSync(file, script);
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], {
    cwd: opts.cwd,
    env: opts.env,
    encoding: 'utf8',
    timeout: opts.timeoutMs ?? 240_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * The 1-based physical line each record of a CSV text starts at (index 0: the header), reading
 * quotes as RFC 4180 does; enough for the fixtures, written apart from datakoll's parser.
 */
export function recordLines(csv: string): number[] {
  const starts = [1];
  let line = 1;
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (c === '"') quoted = !quoted;
    else if (c === '\n') {
      line++;
      if (!quoted && i < csv.length - 1) starts.push(line);
    }
  }
  return starts;
}
