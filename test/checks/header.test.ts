import { describe, expect, it } from 'vitest';
import { analyzeHeader } from '../../src/checks/index.js';
import { isBlankRecord } from '../../src/input/index.js';
import { buildSpec } from '../../src/registry/index.js';
import { miniSpec } from '../helpers.js';

const spec = buildSpec(miniSpec(), 'mini.json', Buffer.from('x'), false);

describe('analyzeHeader', () => {
  it('maps columns by exact name', () => {
    const a = analyzeHeader(['id', 'name', 'Lat', 'ok', 'day'], spec);
    expect(a.columns).toEqual(['id', 'name', undefined, 'ok', 'day']);
    expect(a.findings.map((f) => [f.code, f.field])).toEqual([
      ['header-unknown-column', 'Lat'],
      ['header-missing-optional-columns', ''],
    ]);
    expect(a.absent).toEqual(new Set(['lat']));
  });

  it('a spec that allows extra attributes ignores unknown columns', () => {
    const open = buildSpec(miniSpec({ additionalProperties: true }), 'open.json', Buffer.from('y'), false);
    expect(analyzeHeader(['id', 'name', 'lat', 'ok', 'day', 'own'], open).findings).toEqual([]);
  });
});

describe('isBlankRecord', () => {
  it('is true only when no cell holds anything but white space', () => {
    expect(isBlankRecord([''])).toBe(true);
    expect(isBlankRecord(['', '', ''])).toBe(true);
    expect(isBlankRecord(['   '])).toBe(true);
    expect(isBlankRecord(['', ' x'])).toBe(false);
  });
});
