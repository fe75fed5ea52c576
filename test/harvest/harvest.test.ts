/**
 * datakoll harvest without the internet: a local server on 127.0.0.1 serves the catalogues these
 * tests write (Turtle, RDF/XML, JSON-LD) and their data files, a 404, a slow, a huge and a
 * redirecting one. Assertions are on statuses, codes and counts, not prose.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harvest, USER_AGENT } from '../../src/harvest/run.js';
import type { HarvestOptions } from '../../src/harvest/run.js';
import type { HarvestEntry, HarvestReport } from '../../src/harvest/types.js';
import { Registry } from '../../src/registry/index.js';
import { DatakollError, EXIT } from '../../src/errors.js';
import { VERSION } from '../../src/version.js';
import { tempDir, writeTemp } from '../helpers.js';
import { run } from '../cli/run.js';
import { INVALID_CSV, jsonLd, rdfXml, startServer, turtle, VALID_CSV } from './support.js';
import type { Dist, TestServer } from './support.js';

let s: TestServer;
const registry = new Registry();
const dir = tempDir();

function options(extra: Partial<HarvestOptions> = {}): HarvestOptions {
  return { registry, cwd: dir, concurrency: 4, remote: { timeoutMs: 10_000, totalTimeoutMs: 30_000, maxBytes: 1024 * 1024, maxRedirects: 5, allowHttp: true }, catalogueMaxBytes: 8 * 1024 * 1024, maxErrors: 100, allowPrivateAddresses: true, ...extra };
}

function serve(path: string, body: string | Buffer, type: string, extra: { etag?: string; lastModified?: string } = {}): string {
  s.files.set(path, { body, type, ...extra });
  return `${s.base}${path}`;
}

const byTitle = (r: HarvestReport, title: string): HarvestEntry => r.entries.find((e) => e.title === title) as HarvestEntry;

beforeAll(async () => {
  s = await startServer();
  serve('/data/valid.csv', VALID_CSV, 'text/csv');
  serve('/data/invalid.csv', INVALID_CSV, 'text/csv');
});
afterAll(async () => s.close());

const FORMS = [
  'https://dataportal.se/specifications/badplatser/1.0',
  'https://www.dataportal.se/specifications/badplatser/1.0/',
  'http://dataportal.se/specifications/badplatser/1.0',
  'https://www.dataportal.se/sv/specifications/badplatser/1.0',
  'https://dataportal.se/en/specifications/badplatser/1.0#',
  'https://dataportal.se/specifications/badplatser',
  'HTTPS://WWW.DATAPORTAL.SE/specifications/badplatser/1.0',
  'https://lankadedata.se/spec/badplatser/',
  'https://lankadedata.se/spec/badplatser/schema.json',
  'https://gitlab.com/lankadedata/spec/badplatser',
  'https://gitlab.com/lankadedata/spec/badplatser/-/blob/main/schema.json',
  'https://gitlab.com/lankadedata/spec/badplatser.git',
];

describe('a catalogue in each syntax, each official address form of conformsTo', () => {
  const dists = (): Dist[] => [
    ...FORMS.map((f, i) => ({ title: `form ${i}`, publisher: 'Exempelby kommun', url: `${s.base}/data/valid.csv?form=${i}`, conformsTo: f })),
    { title: 'on the dataset', publisher: 'Exempelby kommun', url: `${s.base}/data/valid.csv?form=dataset`, conformsTo: FORMS[0], onDataset: true },
    { title: 'invalid', publisher: 'Annanstad kommun', url: `${s.base}/data/invalid.csv`, conformsTo: FORMS[0] },
    { title: 'unknown spec', publisher: 'Annanstad kommun', url: `${s.base}/data/unknown.csv`, conformsTo: 'https://dataportal.se/specifications/finnsinte/1.0' },
    { title: 'unknown version', publisher: 'Annanstad kommun', url: `${s.base}/data/version.csv`, conformsTo: 'https://dataportal.se/specifications/snorojning/0.1' },
    { title: 'no claim', publisher: 'Annanstad kommun', url: `${s.base}/data/noclaim.csv` },
    { title: 'missing', url: `${s.base}/data/missing.csv`, conformsTo: FORMS[0] },
    { title: 'no address', conformsTo: FORMS[0] },
  ];
  for (const [name, write, ext] of [['Turtle', turtle, 'ttl'], ['RDF/XML', rdfXml, 'rdf'], ['JSON-LD', jsonLd, 'jsonld']] as const) {
    it(`${name}, served by the local server`, async () => {
      const url = serve(`/catalogue.${ext}`, write(dists()), ext === 'ttl' ? 'text/turtle' : ext === 'rdf' ? 'application/rdf+xml' : 'application/ld+json');
      const r = await harvest(url, options());
      for (let i = 0; i < FORMS.length; i++) expect([byTitle(r, `form ${i}`).status, byTitle(r, `form ${i}`).spec], FORMS[i]).toEqual(['valid', 'badplatser@1.0']);
      expect(byTitle(r, 'on the dataset')).toMatchObject({ status: 'valid', spec: 'badplatser@1.0', publisher: 'Exempelby kommun' });
      expect(byTitle(r, 'invalid').status).toBe('invalid');
      expect(byTitle(r, 'invalid').result?.groups.map((g) => g.code)).toContain('coordinates-not-degrees');
      expect(byTitle(r, 'unknown spec')).toMatchObject({ status: 'unknown-spec', unknownClaim: { why: 'unknown' } });
      expect(byTitle(r, 'unknown version')).toMatchObject({ status: 'unknown-spec', unknownClaim: { why: 'version' } });
      expect(byTitle(r, 'no claim').status).toBe('no-claim');
      expect(byTitle(r, 'missing')).toMatchObject({ status: 'unreadable', result: { problem: { code: 'remote-unreadable', params: { reason: 'status' } } } });
      expect(byTitle(r, 'no address').status).toBe('no-url');
      // Not fetched: no claim, an unknown claim.
      for (const p of ['/data/unknown.csv', '/data/version.csv', '/data/noclaim.csv']) expect(s.hits.get(p), p).toBeUndefined();
      expect(r.summary.bySpec['badplatser@1.0']).toMatchObject({ checked: FORMS.length + 3, conforming: FORMS.length + 1, unreadable: 1 });
      expect(r.summary.byPublisher['Annanstad kommun']).toMatchObject({ distributions: 4, checked: 1, conforming: 0, unclaimed: 1, unknown: 2 });
      expect(s.agents).toContain(USER_AGENT);
      expect(USER_AGENT).toContain(`datakoll/${VERSION}`);
    });
  }
});

describe('bounded downloads: one failure never stops the others', () => {
  it('a slow server times out, a huge file is cut at the size limit, a redirect loop stops', async () => {
    const cat = turtle([
      { title: 'slow', url: `${s.base}/slow.csv`, conformsTo: FORMS[0] },
      { title: 'huge', url: `${s.base}/huge.csv`, conformsTo: FORMS[0] },
      { title: 'loop', url: `${s.base}/loop.csv`, conformsTo: FORMS[0] },
      { title: 'fine', url: `${s.base}/data/valid.csv?bounded`, conformsTo: FORMS[0] },
      { title: '304', url: `${s.base}/not-modified.csv`, conformsTo: FORMS[0] },
    ]);
    const started = Date.now();
    const r = await harvest(writeTemp(dir, 'bounded.ttl', cat), options({ remote: { timeoutMs: 1000, totalTimeoutMs: 5000, maxBytes: 1024 * 1024, maxRedirects: 3, allowHttp: true } }));
    expect(Date.now() - started).toBeLessThan(10_000);
    const reason = (t: string): unknown => byTitle(r, t).result?.problem?.params.reason;
    expect([byTitle(r, 'slow').status, reason('slow')]).toEqual(['unreadable', 'no-answer']);
    expect([byTitle(r, 'huge').status, reason('huge')]).toEqual(['unreadable', 'too-large']);
    expect([byTitle(r, 'loop').status, reason('loop')]).toEqual(['unreadable', 'redirects']);
    expect(byTitle(r, 'fine').status).toBe('valid');
    expect([byTitle(r, '304').status, reason('304')]).toEqual(['unreadable', 'status']);
  });

  it('one download per address, whoever claims it', async () => {
    const url = `${s.base}/data/valid.csv?shared`;
    const cat = turtle([1, 2, 3].map((i) => ({ title: `shared ${i}`, url, conformsTo: FORMS[i] })));
    const r = await harvest(writeTemp(dir, 'shared.ttl', cat), options());
    expect(r.entries.map((e) => e.status)).toEqual(['valid', 'valid', 'valid']);
    expect(s.hits.get('/data/valid.csv?shared')).toBe(1);
  });

  it('500 distributions: never more than --concurrency requests at once, and the run completes', async () => {
    s.delayMs = 15;
    s.peak = 0;
    try {
      const cat = turtle(Array.from({ length: 500 }, (_v, i) => ({ title: `n${i}`, publisher: `P${i % 7}`, url: `${s.base}/data/valid.csv?n=${i}`, conformsTo: FORMS[0] })));
      const r = await harvest(writeTemp(dir, 'many.ttl', cat), options({ concurrency: 3 }));
      expect(r.summary.total).toMatchObject({ distributions: 500, checked: 500, conforming: 500 });
      expect(s.peak).toBeLessThanOrEqual(3);
      expect(s.peak).toBeGreaterThanOrEqual(2);
    } finally {
      s.delayMs = 0;
    }
  }, 120_000);
});

it('a dataset named by dcat:dataset without its type, a title in English only, a publisher given as text', async () => {
  const ttl = [
    '@prefix dcat: <http://www.w3.org/ns/dcat#> .',
    '@prefix dcterms: <http://purl.org/dc/terms/> .',
    '<https://test.example/c> a dcat:Catalog ; dcat:dataset <https://test.example/untyped> .',
    `<https://test.example/untyped> dcterms:title "Bathing places"@en, "Baden"@de ; dcterms:publisher "Exempelby" ; dcat:distribution [ dcat:accessURL <${s.base}/data/valid.csv?untyped> ; dcterms:conformsTo <${FORMS[0]}> ] .`,
  ].join('\n');
  const r = await harvest(writeTemp(dir, 'untyped.ttl', ttl), options());
  expect(r.entries.map((e) => [e.title, e.publisher, e.status])).toEqual([['Bathing places', 'Exempelby', 'valid']]);
});

describe('a broken catalogue is exit 3', () => {
  const cases: [string, string, string][] = [
    ['broken.ttl', '@prefix dcat: <http://www.w3.org/ns/dcat#> .\n<a> a dcat:Dataset ;; ]', 'harvest-catalogue-invalid'],
    ['broken.rdf', '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description></rdf:RDF>', 'harvest-catalogue-invalid'],
    ['broken.jsonld', '{"@context": {"dcat": "http://www.w3.org/ns/dcat#"}, "@graph": [', 'harvest-catalogue-invalid'],
    ['remote.jsonld', '{"@context": "https://test.example/context.jsonld", "@id": "https://test.example/x"}', 'harvest-remote-context'],
    ['plain.ttl', '<https://test.example/a> <https://test.example/b> "c" .\n', 'harvest-not-dcat'],
    ['empty.ttl', '', 'harvest-not-dcat'],
  ];
  for (const [name, text, code] of cases) {
    it(`${name}: ${code}`, async () => {
      const file = writeTemp(dir, name, text);
      const e = await harvest(file, options()).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(DatakollError);
      expect((e as DatakollError).code).toBe(code);
      const cli = await run(['harvest', file]);
      expect(cli.code).toBe(EXIT.unreadable);
      expect(cli.stderr).toBe(`datakoll: ${(e as DatakollError).text('en')}\n`);
    });
  }

  it('a catalogue over --catalogue-max-mb, and one that is not there', async () => {
    const file = writeTemp(dir, 'big.ttl', turtle(Array.from({ length: 2000 }, (_v, i) => ({ title: `t${i}`, url: `${s.base}/x${i}` }))));
    const e = await harvest(file, options({ catalogueMaxBytes: 1000 })).catch((x: unknown) => x);
    expect((e as DatakollError).code).toBe('harvest-catalogue-too-large');
    expect((await run(['harvest', `${s.base}/nothing.ttl`, '--allow-http'])).code).toBe(EXIT.unreadable);
    expect((await run(['harvest', 'no-such-file.ttl'], { cwd: dir })).code).toBe(EXIT.unreadable);
  });
});

describe('the command line', () => {
  it('--timeout ends a slow download quickly; every format is written to its file; usage errors are exit 2', async () => {
    const cat = writeTemp(dir, 'cli.ttl', turtle([
      { title: 'slow', url: `${s.base}/slow.csv`, conformsTo: FORMS[0] },
      { title: 'fine', url: `${s.base}/data/valid.csv?cli`, conformsTo: FORMS[0] },
    ]));
    const started = Date.now();
    const outs = ['json', 'html', 'markdown', 'junit', 'csv'].map((f) => `--format=${f}=${dir}/cli-out.${f}`);
    const r = await run(['harvest', cat, '--allow-http', '--allow-private-addresses', '--timeout', '1', '--concurrency', '2', ...outs]);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.code).toBe(EXIT.invalid);
    const json = JSON.parse(readFileSync(`${dir}/cli-out.json`, 'utf8')) as HarvestReport;
    expect(json.entries.map((e) => [e.title, e.status, e.result?.problem?.params.reason])).toEqual([['slow', 'unreadable', 'no-answer'], ['fine', 'valid', undefined]]);
    expect(readFileSync(`${dir}/cli-out.csv`, 'utf8').trim().split('\n')).toHaveLength(3);
    expect(readFileSync(`${dir}/cli-out.junit`, 'utf8')).toContain('errors="1"');
    expect((await run(['harvest', cat, '--allow-http', '--allow-private-addresses', '--timeout', '1', '--fail-on', 'never', '--format', `json=${dir}/never.json`])).code).toBe(EXIT.ok);
    for (const bad of [['--concurrency', '0'], ['--concurrency', 'many'], ['--timeout', '0'], ['--format', 'sarif'], ['--shard', '2'], ['--fail-on', 'sometimes'], ['--format', 'json=']]) {
      expect((await run(['harvest', cat, ...bad])).code, bad.join(' ')).toBe(EXIT.usage);
    }
  });

  it('a progress line on a terminal only, cleared at the end', async () => {
    const cat = writeTemp(dir, 'progress.ttl', turtle([1, 2].map((i) => ({ title: `p${i}`, url: `${s.base}/data/valid.csv?progress=${i}`, conformsTo: FORMS[0] }))));
    const tty = await run(['harvest', cat, '--allow-http', '--allow-private-addresses', '--format', `json=${dir}/progress.json`], { stderrTty: true });
    expect(tty.code).toBe(EXIT.ok);
    expect(tty.stderr.split('\r\u001b[2K').filter((p) => p !== '')).toHaveLength(2);
    expect(tty.stderr.endsWith('\r\u001b[2K')).toBe(true);
    expect((await run(['harvest', cat, '--allow-http', '--allow-private-addresses', '--format', `json=${dir}/progress.json`], { stderrTty: true, env: { LANG: 'C', CI: 'true' } })).stderr).toBe('');
  });

  it('http:// is refused without --allow-http, as for URL input', async () => {
    const cat = writeTemp(dir, 'https-only.ttl', turtle([{ title: 'plain', url: `${s.base}/data/valid.csv?plain`, conformsTo: FORMS[0] }]));
    const r = await harvest(cat, options({ remote: { ...options().remote, allowHttp: false } }));
    expect(r.entries[0]?.result?.problem?.params.reason).toBe('http');
    expect(s.hits.get('/data/valid.csv?plain')).toBeUndefined();
  });
});

describe('a catalogue is a third party’s: its addresses must be public (issue 22)', () => {
  it('without --allow-private-addresses a distribution on 127.0.0.1 is refused, not requested, and the others go on', async () => {
    const cat = writeTemp(dir, 'private.ttl', turtle([
      { title: 'loopback', url: `${s.base}/data/valid.csv?private`, conformsTo: FORMS[0] },
      { title: 'metadata', url: 'http://169.254.169.254/latest/meta-data.csv', conformsTo: FORMS[0] },
      { title: 'v6', url: 'http://[::1]:9/x.csv', conformsTo: FORMS[0] },
    ]));
    const r = await harvest(cat, options({ allowPrivateAddresses: false }));
    for (const [title, detail] of [['loopback', '127.0.0.1'], ['metadata', '169.254.169.254'], ['v6', '::1']]) {
      const e = byTitle(r, title as string);
      expect([e.status, e.result?.problem?.code, e.result?.problem?.params], title).toEqual(['unreadable', 'remote-unreadable', { reason: 'not-public', detail }]);
    }
    expect(s.hits.get('/data/valid.csv?private')).toBeUndefined();
    const cli = await run(['harvest', cat, '--allow-http', '--format', `json=${dir}/private.json`]);
    expect(cli.code).toBe(EXIT.invalid);
    expect(s.hits.get('/data/valid.csv?private')).toBeUndefined();
    const allowed = await run(['harvest', cat, '--allow-http', '--allow-private-addresses', '--format', `json=${dir}/private.json`]);
    expect((JSON.parse(readFileSync(`${dir}/private.json`, 'utf8')) as HarvestReport).entries.find((e) => e.title === 'loopback')?.status).toBe('valid');
    expect(allowed.code).toBe(EXIT.invalid);
    expect(s.hits.get('/data/valid.csv?private')).toBe(1);
  });

  it('a name that resolves to a private address is refused after the lookup; a public one is read', async () => {
    const port = new URL(s.base).port;
    const cat = writeTemp(dir, 'resolved.ttl', turtle([
      { title: 'inside', url: `http://intranet.test.example:${port}/data/valid.csv?inside`, conformsTo: FORMS[0] },
      { title: 'outside', url: `http://public.test.example:${port}/data/valid.csv?outside`, conformsTo: FORMS[0] },
    ]));
    const network = {
      lookup: async (host: string) => [{ address: host.startsWith('intranet') ? '10.1.2.3' : '127.0.0.1', family: 4 }],
      // 127.0.0.1 plays a public server here; 10.1.2.3 stays private.
      isPublic: (a: string) => a === '127.0.0.1',
    };
    const r = await harvest(cat, options({ allowPrivateAddresses: false, network }));
    expect(byTitle(r, 'inside').result?.problem?.params).toEqual({ reason: 'not-public', detail: 'intranet.test.example' });
    expect(s.hits.get('/data/valid.csv?inside')).toBeUndefined();
    expect(byTitle(r, 'outside').status).toBe('valid');
  });
});

describe('a distribution claiming two known specs (review of issue 22)', () => {
  it('is downloaded once and checked against each, one entry per spec; two forms of one spec count once', async () => {
    const one = turtle([{ title: 'both', publisher: 'Exempelby kommun', url: `${s.base}/data/valid.csv?both`, conformsTo: FORMS[0] }]);
    const text = one.replace(` dcterms:conformsTo <${FORMS[0]}> ;`, ` dcterms:conformsTo <${FORMS[0]}>, <${FORMS[1]}>, <https://dataportal.se/specifications/grillplatser> ;`);
    expect(text).not.toBe(one);
    const r = await harvest(writeTemp(dir, 'two-specs.ttl', text), options());
    expect(r.entries.map((e) => [e.spec?.replace(/@.*/, ''), e.status])).toEqual([['badplatser', 'valid'], ['grillplatser', 'invalid']]);
    expect(s.hits.get('/data/valid.csv?both')).toBe(1);
    expect([r.summary.total.distributions, r.summary.total.checked, r.summary.total.conforming]).toEqual([1, 2, 1]);
  });
});
