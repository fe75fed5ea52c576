/**
 * `datakoll serve` on the command line: its flags' mistakes are usage errors (exit 2, in Swedish
 * and English), and the built executable listens, says where, and on Ctrl-C (SIGINT) stops with
 * 130 and leaves no temporary folder behind.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/errors.js';
import { ERRORS, SERVE_WORDS, say } from '../../src/report/index.js';
import { tempDir } from '../helpers.js';
import { run } from '../cli/run.js';
import { ask, pathOf } from './http.js';

const bin = fileURLToPath(new URL('../../dist/cli/bin.js', import.meta.url));

describe('datakoll serve: the flags', () => {
  for (const [args, code] of [
    [['--port', 'abc'], 'value-whole-number'],
    [['--port', '-1'], 'value-whole-number'],
    [['--port', '70000'], 'value-at-most'],
    [['--max-upload', '0'], 'value-at-least-one'],
    [['--max-upload', 'lots'], 'value-whole-number'],
  ] as const) {
    it(`serve ${args.join(' ')}: exit 2, ${code}, in both languages`, async () => {
      for (const lang of ['sv', 'en'] as const) {
        const r = await run(['serve', ...args, '--lang', lang]);
        expect(r.code).toBe(EXIT.usage);
        const option = args[0];
        expect(r.stderr).toContain(say(ERRORS[code], lang, { option, given: JSON.stringify(args[1]), max: option === '--port' ? 65535 : 1048576 }));
        expect(r.stdout).toBe('');
      }
    });
  }

  it('a port in use is a usage error naming it', async () => {
    const taken = createServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', r));
    const port = (taken.address() as AddressInfo).port;
    const r = await run(['serve', '--port', String(port), '--lang', 'sv']);
    taken.close();
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toContain(say(ERRORS['serve-port-in-use'], 'sv', { port }));
  });
});

describe('datakoll serve: the executable', () => {
  it('prints the address, opens it with --open, answers, and on SIGINT ends with 130 and its folder removed', async () => {
    const tmp = tempDir();
    // The system's opener, as --open finds it on the PATH: here one that notes the address it was given.
    const opener = join(tmp, 'bin');
    mkdirSync(opener);
    writeFileSync(join(opener, 'xdg-open'), `#!/bin/sh\necho "$1" > "${join(tmp, 'opened')}"\n`, { mode: 0o755 });
    const env = { ...process.env, TMPDIR: tmp, LANG: 'C', PATH: `${opener}:${process.env.PATH ?? ''}` };
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--lang', 'en', '--open'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /http:\/\/127\.0\.0\.1:\d+\/[\w-]+\//.exec(out);
        if (m !== null) resolve(m[0]);
      });
      child.on('exit', () => reject(new Error(`ended: ${out}`)));
    });
    const port = Number(new URL(url).port);
    await expect.poll(() => (existsSync(join(tmp, 'opened')) ? readFileSync(join(tmp, 'opened'), 'utf8') : '')).toBe(`${url}\n`);
    expect((await ask(port, pathOf(url))).status).toBe(200);
    expect(readdirSync(tmp).filter((n) => n.startsWith('datakoll-serve-'))).toHaveLength(1);
    expect(out).toBe(say(SERVE_WORDS.listening, 'en', { url }));
    const code = await new Promise<number | null>((resolve) => {
      child.on('exit', (c) => resolve(c));
      child.kill('SIGINT');
    });
    expect(code).toBe(130);
    expect(readdirSync(tmp).filter((n) => n.startsWith('datakoll-serve-'))).toEqual([]);
  }, 30_000);
});
