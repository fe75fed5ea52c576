/** The pure parts of `datakoll serve`: the browser's language, download names, the guard. */
import { describe, expect, it } from 'vitest';
import { guard } from '../../src/serve/guard.js';
import { browserLanguage } from '../../src/serve/page.js';
import { attachment, safeName } from '../../src/serve/respond.js';
import { fixedName } from '../../src/serve/run.js';

describe('the browser language', () => {
  it('is the first Swedish or English tag by weight, else the command line language', () => {
    expect(browserLanguage('sv-SE,sv;q=0.9,en;q=0.8', 'en')).toBe('sv');
    expect(browserLanguage('de-DE,en-GB;q=0.7,sv;q=0.9', 'en')).toBe('sv');
    expect(browserLanguage('en-US,en;q=0.9', 'sv')).toBe('en');
    expect(browserLanguage('sv;q=0,en;q=0.5', 'sv')).toBe('en');
    expect(browserLanguage('fi-FI', 'sv')).toBe('sv');
    expect(browserLanguage(undefined, 'en')).toBe('en');
    expect(browserLanguage('svenska', 'en')).toBe('en');
  });
});

describe('download names', () => {
  it('keep letters, digits and a few signs; nothing that could break a header or a path', () => {
    expect(safeName('../../etc/passwd')).toBe('passwd');
    expect(safeName('C:\\Users\\x\\Badplatser Ö.csv')).toBe('Badplatser Ö.csv');
    expect(safeName('a"\r\nSet-Cookie: x.csv')).toBe('a___Set-Cookie_ x.csv');
    expect(safeName('.hidden')).toBe('_hidden');
    expect(safeName('')).toBe('datakoll');
    expect(attachment('å "x".csv')).toBe(`attachment; filename="_ _x_.csv"; filename*=UTF-8''%C3%A5%20_x_.csv`);
  });

  it('the fixed file is <name>-fixed with its extension, a workbook as CSV', () => {
    expect(fixedName('badplatser.csv', 'csv')).toBe('badplatser-fixed.csv');
    expect(fixedName('data.geojson', 'json')).toBe('data-fixed.geojson');
    expect(fixedName('Badplatser 2024.xlsx', 'xlsx')).toBe('Badplatser 2024-fixed.csv');
    expect(fixedName('utan', 'json')).toBe('utan-fixed.json');
    expect(fixedName('', 'csv')).toBe('data-fixed.csv');
  });
});

describe('the guard', () => {
  const token = 'T'.repeat(32);
  const at = (url: string, headers: Record<string, string> = {}) => guard({ url, headers: { host: '127.0.0.1:8765', ...headers } }, 8765, token);
  it('passes the token and its own address, and tells the route', () => {
    expect(at(`/${token}/api/jobs/3?x=1`)).toMatchObject({ ok: true, route: 'api/jobs/3' });
    expect(at(`/${token}/`, { host: 'LOCALHOST:8765' })).toMatchObject({ ok: true, route: '' });
  });
  it('refuses the rest, each with its reason', () => {
    expect(at(`/${token}/`, { host: '127.0.0.1:8766' })).toEqual({ ok: false, why: 'refused-host' });
    expect(at(`/${token}/`, { host: '' })).toEqual({ ok: false, why: 'refused-host' });
    expect(at(`/${token}/`, { origin: 'http://127.0.0.1:8765.evil.example' })).toEqual({ ok: false, why: 'refused-origin' });
    expect(at(`/${token}/`, { origin: 'https://127.0.0.1:8765' })).toEqual({ ok: false, why: 'refused-origin' });
    expect(at(`/${token}/`, { 'sec-fetch-site': 'same-site' })).toEqual({ ok: false, why: 'refused-origin' });
    expect(at(`/${token.slice(1)}x/`)).toEqual({ ok: false, why: 'refused' });
    expect(at(`//${token}/`)).toEqual({ ok: false, why: 'refused' });
    expect(at(`/${token}`)).toEqual({ ok: false, why: 'slash', to: `/${token}/` });
  });
});
