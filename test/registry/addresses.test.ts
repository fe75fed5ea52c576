/**
 * Every address a bundled spec has been published at resolves to it (issue: a dataset's
 * dcterms:conformsTo may carry any of them); an address that names no bundled spec is a usage
 * error naming the closest specs.
 */
import { describe, expect, it } from 'vitest';
import { DatakollError } from '../../src/errors.js';
import { addressesOf, closestSpecs, normalizeSpecUrl, PUBLISHED, Registry } from '../../src/registry/index.js';

const registry = new Registry();
const idOf = (ref: string): string => registry.resolve(ref).id;

/** The forms a dataset may write one address in. */
function variants(url: string): string[] {
  const bare = url.replace(/^https:\/\//, '').replace(/\/$/, '');
  const withWww = bare.startsWith('dataportal.se') ? [`www.${bare}`] : [];
  const lang = bare.startsWith('dataportal.se/') ? ['sv', 'en'].map((l) => bare.replace('dataportal.se/', `dataportal.se/${l}/`)) : [];
  return [bare, ...withWww, ...lang].flatMap((b) => [`https://${b}`, `http://${b}`, `https://${b}/`]);
}

describe('the addresses of the bundled specs', () => {
  it('every spec in the table is bundled', () => {
    const bundled = new Set(registry.list().map((s) => s.id));
    for (const id of Object.keys(PUBLISHED)) expect(bundled.has(id), id).toBe(true);
  });

  for (const spec of new Registry().list()) {
    const addresses = addressesOf(spec.id, spec.version);
    if (addresses.length === 0) continue;
    it(`${spec.id}: ${addresses.length} addresses, each in every form, resolve to it`, () => {
      for (const a of addresses) for (const v of variants(a)) expect(idOf(v), v).toBe(spec.id);
    });
  }

  it('the addresses the issue names', () => {
    expect(idOf('https://lankadedata.se/spec/public-toilets/')).toBe('offentliga-toaletter');
    expect(idOf('https://lankadedata.se/spec/public-toilets')).toBe('offentliga-toaletter');
    expect(idOf('https://www.dataportal.se/sv/specifications/badplatser/1.0')).toBe('badplatser');
    expect(idOf('https://dataportal.se/en/specifications/utegym/1.0')).toBe('utegym');
    expect(idOf('https://gitlab.com/lankadedata/spec/levreskontra')).toBe('leverantorsreskontra');
    expect(idOf('https://lankadedata.se/spec/leverantorsreskontra/')).toBe('leverantorsreskontra');
    expect(idOf('https://gitlab.com/sarskilt-viktiga-datamangder/bilparkering')).toBe('parkering');
    expect(idOf('https://dataportal.se/specifications/parking/0.1')).toBe('parkering');
    expect(idOf('http://lankadedata.se/spec/dog-parks/schema.json')).toBe('hundrastgardar');
  });

  it('the official URI in a spec file still counts (a user spec names its own)', () => {
    expect(normalizeSpecUrl('HTTPS://WWW.DataPortal.se/en/specifications/x/1.0/')).toBe('dataportal.se/specifications/x/1.0');
  });

  it('a version datakoll does not have is a usage error that says which it has', () => {
    const e = catchError(() => registry.resolve('https://dataportal.se/specifications/ledigatomter/1.0'));
    expect(e.kind).toBe('usage');
    expect(e.code).toBe('spec-url-version');
    expect(e.params).toMatchObject({ id: 'lediga-tomter', version: '1.0', versions: '2.0' });
    expect(e.text('sv')).toContain('version 1.0 av lediga-tomter');
  });

  it('an address of no bundled spec is a usage error naming the closest', () => {
    const e = catchError(() => registry.resolve('https://lankadedata.se/spec/public-toilet/'));
    expect(e.code).toBe('spec-url-unknown');
    expect(String(e.params.closest).split(', ')[0]).toBe('offentliga-toaletter');
    expect(closestSpecs('https://example.org/spec/badplats', ['utegym', 'badplatser', 'lekplatser'])[0]).toBe('badplatser');
    expect(e.text('en')).toContain('closest by name: offentliga-toaletter');
  });
});

function catchError(f: () => unknown): DatakollError {
  try {
    f();
  } catch (e) {
    if (e instanceof DatakollError) return e;
    throw e;
  }
  throw new Error('no error thrown');
}
