/** Every command and flag the README and the CI integration files show exists, and the README's config example is valid. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/options/index.js';
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
