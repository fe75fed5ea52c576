/** The remote limits on the command line: --remote-timeout, --remote-max-mb, --allow-http, and how a failure is reported. */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './run.js';

const CSV = 'place_id,name,latitude,longitude\n1,A,57.7011,11.8012\n';
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/csv' });
    if (req.url === '/trickle.csv') {
      // A byte every 100 ms, for ever: silence never lasts, so only the deadline ends it.
      res.write('place_id,name,latitude,longitude\n');
      const t = setInterval(() => res.write('1'), 100);
      res.on('close', () => clearInterval(t));
    } else if (req.url === '/big.csv') res.end(CSV + `2,${'B'.repeat(2 * 1024 * 1024)},57.7,11.8\n`);
    else res.end(CSV);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

describe('remote limits from the command line', () => {
  it('--remote-timeout ends a transfer that never stops (exit 3, the limit named in both languages)', async () => {
    const started = performance.now();
    const sv = await run(['validate', `${base}/trickle.csv`, '--spec', 'badplatser', '--allow-http', '--remote-timeout', '1', '--lang', 'sv']);
    expect(sv.code).toBe(3);
    expect(sv.stdout).toContain('Adressen kunde inte läsas: att läsa den tog längre tid än gränsen på 1 s (--remote-timeout).');
    const en = await run(['validate', `${base}/trickle.csv`, '--spec', 'badplatser', '--allow-http', '--remote-timeout', '0.5', '--format', 'json']);
    expect(en.code).toBe(3);
    const d = JSON.parse(en.stdout).files[0].diagnostics.find((x: { code: string }) => x.code === 'remote-unreadable');
    expect(d).toMatchObject({ params: { reason: 'deadline', detail: '0.5' }, message: 'The address could not be read: reading it took longer than the limit of 0.5 s (--remote-timeout).' });
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('--remote-max-mb stops a larger file', async () => {
    const r = await run(['validate', `${base}/big.csv`, '--spec', 'badplatser', '--allow-http', '--remote-max-mb', '1']);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('the file is larger than the limit of 1 MB (--remote-max-mb)');
    expect((await run(['validate', `${base}/ok.csv`, '--spec', 'badplatser', '--allow-http', '--remote-max-mb', '1'])).code).toBe(0);
  });

  it('plain http needs --allow-http', async () => {
    const r = await run(['validate', `${base}/ok.csv`, '--spec', 'badplatser']);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('it is a plain http:// address');
  });

  it('bad values are usage errors (exit 2)', async () => {
    for (const [flag, value, problem] of [
      ['--remote-timeout', '0', 'must be greater than 0'],
      ['--remote-timeout', 'soon', 'must be a number'],
      ['--remote-max-mb', '-1', 'must be greater than 0'],
      ['--remote-timeout', '100000', 'must be at most 86400'],
    ] as const) {
      const r = await run(['validate', `${base}/ok.csv`, '--spec', 'badplatser', flag, value]);
      expect(r.code, `${flag} ${value}`).toBe(2);
      expect(r.stderr).toContain(`${flag} ${problem} (given: "${value}")`);
    }
  });
});
